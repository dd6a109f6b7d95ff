// Stage: one clipping → articles. A page is laid out, not written in reading order, so this
// stage first says what each block is (heading, headline, byline, date line, lead, body…)
// and then groups blocks into articles: at article-level Markdown headings, at headline runs
// followed by body text, at news leads (`本报讯`, `新华社…电`), at items under a locality label,
// and after an author's credit. A headline printed after its body (common under photos) is
// given back to the untitled article before it; one printed inside the piece before waits for
// the next piece that starts without one. On a newspaper page an unsigned head after a news
// sidebar is a section of the signed feature before it; an editor's note opens the piece
// printed under it.
import type { VFile } from 'vfile';
import {
  compact,
  displayLength,
  endsSentence,
  ENUMERATED,
  isAuthor,
  isColumnLabel,
  isLocalityLabel,
  isOrganisation,
  isSpeakerHeadline,
} from './chars.ts';
import { isDateLine } from './describe/date.ts';
import { separatorBetween } from './repair/join-wrapped-lines.ts';
import { isNewsLead } from './news-lead.ts';
import { blockLine, fileData, joinBlocks, recordRemoval, type Block, type ClippingTree } from './tree.ts';

export type BlockRole = 'heading' | 'headline' | 'subhead' | 'byline' | 'dateline' | 'lead' | 'body';

export interface ArticleDraft {
  /** headline lines in print order: kicker, title, subtitle */
  headline: string[];
  bylines: string[];
  datelines: string[];
  body: Block[];
  firstLine: number;
  /** a locality heading the article was printed under (002's 永吉县) */
  section: string | null;
  /** a short news item whose one-sentence lead serves as its headline */
  leadIsTitle: boolean;
}

const BYLINE =
  /^(□|■)|^[(（]?(本报|通讯员|记者|作者|撰稿|文\s*[/／:：]).{0,30}$|^(.{0,12}记者\s*\S{2,4}(\s+\S{2,4}){0,3})$|^（作者.{2,40}）$/u;
const HEADLINE_MAX = 32;
const AUTHOR_CLOSING = /[（(]作者[^（）()]{2,40}[）)]$/u;
const EDITORS_NOTE = /^(编者按|编者的话)[：:]/u;
/** how a news report opens: on the day it happened */
const REPORT_OPENING = /^((\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|连日来|昨天|今天|昨日|今日)/u;
/** a lone short line inside an article is a section head, not a new headline */
const SUBHEAD_MAX = 10;
/**
 * A file with this many article-level Markdown headings is laid out by them (004's 28 reports):
 * only they start articles. One `#` line in a plain layout is an editor marking a missed
 * headline: a start of its own, leaving the other starts alone. Marked starts (front matter
 * `start:`) never count.
 */
const HEADINGS_LAYOUT = 2;

export function classify(block: Block): BlockRole {
  const text = block.value.trim();
  if (block.type === 'heading') return 'heading';
  if (isDateLine(text)) return 'dateline';
  if (isNewsLead(text)) return 'lead';
  if (BYLINE.test(text) && displayLength(text) <= 40 && !/[。！？]$/u.test(text)) return 'byline';
  if ((ENUMERATED.test(text) || text.startsWith('——')) && displayLength(text) <= HEADLINE_MAX && !/[。；]$/u.test(text))
    return 'subhead';
  if (isHeadlineLike(text)) return 'headline';
  return 'body';
}

// TODO(issue 12): becomes a dispatcher over block roles with small named handlers
// eslint-disable-next-line max-lines-per-function
export function splitArticles(tree: ClippingTree, file: VFile): ArticleDraft[] {
  const blocks = tree.children;
  const roles = blocks.map(classify);
  const articleHeadings = findArticleHeadings(blocks, roles, fileData(file).tocTitles);
  const byHeadings = [...articleHeadings].filter((i) => !blocks[i]!.data.markedStart).length >= HEADINGS_LAYOUT;
  const drafts: ArticleDraft[] = [];
  let current: ArticleDraft | null = null;
  // under a locality heading, each paragraph opening with a one-sentence lead is an item
  let section: string | null = null;
  // a headline printed inside the article before it, waiting for the piece it belongs to
  let pending: { headline: string[]; bylines: string[] } | null = null;
  const hasLeads = roles.includes('lead');
  /** whether a byline or a news lead comes before the next headline */
  const signedAhead = (from: number) => {
    for (let k = from; k < blocks.length && roles[k] !== 'headline' && roles[k] !== 'heading'; k++)
      if (roles[k] === 'byline' || roles[k] === 'lead') return true;
    return false;
  };
  // pieces ended by their author's credit, closed to any section printed later
  const closed = new Set<ArticleDraft>();
  /** the latest feature: a piece with a headline and a byline that no news lead opened */
  const openFeature = () => {
    const last = drafts.findLast((d) => d.headline.length > 0 && d.bylines.length > 0);
    return last && !closed.has(last) && !openedByLead(last) ? last : null;
  };
  // an editor's note waiting for the piece it introduces, and the notes given to each piece
  const notes: Block[] = [];
  const prefaces = new Map<ArticleDraft, Block[]>();
  const start = (headline: string[], at: Block, leadIsTitle = false): ArticleDraft => {
    current = { headline, bylines: [], datelines: [], body: [], firstLine: blockLine(at), section, leadIsTitle };
    if (notes.length > 0) prefaces.set(current, notes.splice(0));
    if (headline.length === 0 && !leadIsTitle && pending) {
      Object.assign(current, pending);
      pending = null;
    }
    drafts.push(current);
    return current;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = roles[i]!;
    const text = block.value.trim();
    const art = current as ArticleDraft | null;
    if (role === 'heading') {
      if (articleHeadings.has(i) || (articleHeadings.size === 0 && !art)) start([text], block);
      else if (art) pushSectionHead(art, block);
      else recordRemoval(block, 'not-an-article', file);
      continue;
    }
    if (role === 'headline' && art && art.body.length === 0 && art.bylines.length === 0 && isAuthor(text)) {
      art.bylines.push(text); // an author's name printed under the headline
      continue;
    }
    if (role === 'headline' && byHeadings) {
      // Markdown headings mark the articles; a short line is a kicker or section head inside one
      if (art) pushSectionHead(art, block);
      else recordRemoval(block, 'not-an-article', file);
      continue;
    }
    if (role === 'headline') {
      // gather the run of headline lines (kicker, title, subtitle) and any bylines after it
      let j = i;
      const labelsItems = (k: number) =>
        roles[k] === 'headline' &&
        isLocalityLabel(blocks[k]!.value) &&
        roles[k + 1] === 'body' &&
        isItemLead(blocks[k + 1]!.value, true);
      while (j + 1 < blocks.length && roles[j + 1] === 'headline' && !labelsItems(j + 1)) j++;
      const run = blocks.slice(i, j + 1).map((b) => b.value.trim());
      const next = roles[j + 1];
      const followedByText = next === 'body' || next === 'lead' || next === 'byline' || next === 'subhead';
      const insideArticle = art !== null && art.body.length > 0;
      const lone = run.length === 1 && compact(run[0]!).length <= SUBHEAD_MAX;
      if (lone && labelsItems(i)) {
        section = run[0]!;
        recordRemoval(block, 'metadata', file);
        current = null;
        continue;
      }
      section = null;
      if (art && next === 'body' && interrupts(art, blocks[j + 1]!.value)) {
        // a headline printed inside a paragraph or a numbered list: it belongs to this piece if
        // it has none yet, else to the next piece to start without one
        const names = trailingNames(run);
        if (art.headline.length === 0) {
          art.headline = run;
          art.bylines.push(...names);
        } else pending = { headline: run, bylines: names };
        const interrupted = art.body[art.body.length - 1]!;
        if (!endsSentence(interrupted.value)) {
          joinBlocks(
            interrupted,
            blocks[j + 1]!,
            separatorBetween(interrupted.value, blocks[j + 1]!.value),
            'reflow',
            file,
          );
          j++;
          if (endAtCredit(art, interrupted)) {
            closed.add(art);
            current = null;
          }
        }
        i = j;
        continue;
      }
      if (!followedByText && art !== null && art.body.length > 0 && run.length === 1 && isOrganisation(run[0]!)) {
        // the body that signs off a notice (`汪清县人民政府办公室`, then its date) is its author
        art.bylines.push(run[0]!);
        continue;
      }
      // a section head inside the article: a short line, or one in two parts (`转观念、稳基础———
      // 打造民心凝聚工程`, `助推产业，勇当…`) with no author under it as a new piece would have
      const parted = run.length === 1 && /，|——/u.test(run[0]!) && next === 'body' && !isSpeakerHeadline(run[0]!);
      // (a short report opened by a news lead has no section heads: a head after it is the next's)
      const report = art !== null && openedByLead(art);
      if (
        insideArticle &&
        (lone || parted) &&
        !report &&
        next !== 'lead' &&
        next !== 'byline' &&
        art.headline.length > 0
      ) {
        pushSectionHead(art, block);
        continue;
      }
      // on a newspaper page, where news is signed (a `本报讯` lead, a `□` byline), a head with
      // no signature under it is a section of the signed feature it follows, resumed after a
      // sidebar (003: `选准“头雁”带“薄弱村”腾飞` inside `党建引领促发展 雁阵效应谱新篇`)
      // (a text that opens on its day, `5月18日，…`, is a report of its own, however short)
      const feature =
        hasLeads &&
        run.length === 1 &&
        next === 'body' &&
        !signedAhead(j + 1) &&
        !REPORT_OPENING.test(blocks[j + 1]!.value)
          ? openFeature()
          : null;
      if (feature) {
        pushSectionHead(feature, block);
        current = feature;
        continue;
      }
      if (art && art.headline.length === 0 && art.body.length > 0 && run.length >= 3 && next === 'body') {
        // the untitled article's headline and the next article's, together: the next one's
        // opens at its column label (`卷首语`), else the first two lines are the untitled one's
        const label = run.findIndex((line, k) => k > 0 && isColumnLabel(line));
        art.headline = run.splice(0, label > 0 ? label : 2);
        i += art.headline.length; // the next article's headline starts after the untitled one's
      } else if (
        art &&
        art.headline.length === 0 &&
        art.body.length > 0 &&
        (next === 'lead' || next === undefined || !followedByText)
      ) {
        // headline printed after its body: it belongs to the untitled article before it
        art.headline = run;
        i = j;
        current = null;
        continue;
      }
      if (!followedByText && j + 1 < blocks.length && !(art === null)) {
        // a caption or label standing between articles: keep it with the article before
        for (let k = i; k <= j; k++) art.body.push(blocks[k]!);
        i = j;
        continue;
      }
      const names = trailingNames(run);
      start(run, blocks[i]!).bylines.push(...names);
      i = j;
      continue;
    }
    if (role === 'lead') {
      // a news lead opens a new article unless a headline has just been printed for it
      if (!art || art.body.length > 0) start([], block);
      current!.body.push(block);
      continue;
    }
    if (!current && byHeadings) {
      // before the first article of a compilation: its cover, notes and disclaimers
      recordRemoval(block, 'not-an-article', file);
      continue;
    }
    if (section !== null && role === 'body') {
      // the first paragraph under the label always opens an item; later ones open one when
      // they lead with a short sentence, and otherwise go on with the item before
      if (isItemLead(text, art === null) && !(art && continuesPoints(art, text)))
        start([], block, true).body.push(block);
      else (art ?? start([], block)).body.push(block);
      continue;
    }
    if (!current && role === 'body' && EDITORS_NOTE.test(text)) {
      // an editor's note between pieces introduces what follows: it opens the next piece's text
      notes.push(block);
      continue;
    }
    const target = current ?? start([], block);
    if (role === 'body' || role === 'byline') {
      const closing = AUTHOR_CLOSING.exec(text);
      if (closing && (closing.index > 0 || target.body.length > 0)) {
        if (closing.index > 0) target.body.push(block);
        endAtCredit(target, block);
        closed.add(target);
        current = null;
        continue;
      }
    }
    // a `□` byline can stand after an article's opening paragraphs, and a bracketed credit
    // (`（记者 张磊 通讯员 李娜）`) at its end; others only at the top
    if (role === 'byline' && (target.body.length <= 1 || /^[□■]|^[（(].*[）)]$/u.test(text))) target.bylines.push(text);
    // a date line opens an article, or signs off the last one (as official documents end)
    else if (role === 'dateline' && (target.body.length <= 1 || i === blocks.length - 1)) target.datelines.push(text);
    // a dash line right under the headline is its subtitle (`——记延寿县加信镇基层党建工作`),
    // elsewhere an attribution (`———1月18日，在…上强调`); other subheads are numbered heads
    else if (role === 'subhead' && text.startsWith('——') && target.body.length === 0 && target.headline.length > 0)
      target.headline.push(text);
    else if (role === 'subhead' && !text.startsWith('——')) pushSectionHead(target, block);
    else target.body.push(block);
  }
  if (notes.length > 0) (drafts.at(-1) ?? start([], notes[0]!)).body.push(...notes.splice(0));
  for (const [draft, preface] of prefaces) draft.body.unshift(...preface);
  return drafts;
}

/** a report that opens on a news lead (`本报讯（…）`, `新华社…电`) */
const openedByLead = (art: ArticleDraft) => art.body[0] !== undefined && classify(art.body[0]) === 'lead';

/** A head printed inside a piece: a section of its text, shown as a heading. */
function pushSectionHead(art: ArticleDraft, block: Block): void {
  block.data.sectionHead = true;
  art.body.push(block);
}

// a block the splitter kept inside an article as one of its section heads
declare module './tree.ts' {
  interface BlockData {
    sectionHead?: boolean;
  }
}

/**
 * `（作者为舒兰市委常委、组织部部长）` at the end of a piece names its author and ends it: the credit
 * leaves the block for the bylines. True when the block ended so.
 */
function endAtCredit(art: ArticleDraft, block: Block): boolean {
  const text = block.value.trim();
  const closing = AUTHOR_CLOSING.exec(text);
  if (!closing) return false;
  block.value = text.slice(0, closing.index);
  art.bylines.push(closing[0]);
  return true;
}

/** An author printed as the last line of a headline run is a byline, not a subtitle. */
function trailingNames(run: string[]): string[] {
  const names: string[] = [];
  while (run.length > 1 && isAuthor(run[run.length - 1]!)) names.unshift(run.pop()!);
  return names;
}

/**
 * True when a headline run stands where the article goes on: the paragraph before it stops
 * mid-sentence, or the text after it goes on with a numbered point (`二是…`).
 */
function interrupts(art: ArticleDraft, after: string): boolean {
  const last = art.body[art.body.length - 1];
  // an attribution (`———1月18日，在…上强调`) is complete without a full stop
  if (!last || classify(last) !== 'body' || last.value.startsWith('——')) return false;
  return (
    (!endsSentence(last.value) && /[\p{Script=Han}，、]$/u.test(last.value)) || /^[二三四五六七八九十]是/u.test(after)
  );
}

/** short, and not a sentence: no full stop, at most one comma, not ending on a comma or `……` */
function isHeadlineLike(text: string): boolean {
  if (isSpeakerHeadline(text)) return true;
  return (
    displayLength(text) <= HEADLINE_MAX &&
    !/[。；：;:]/u.test(text) &&
    !/[，、,…]$/u.test(text) &&
    (text.match(/[，,]/gu) ?? []).length <= 1
  );
}

/**
 * `组建全县新业态派驻党支部。1月5日，…`: a short first sentence, then more. Right under a
 * locality label the lead may stand as a paragraph of its own (`区委组织部开展春节走访慰问活动。`).
 */
function isItemLead(text: string, underLabel = false): boolean {
  const first = /^[^。！？]{6,48}[。！？]/u.exec(text);
  // a lead is a headline in effect: one clause, no comma
  if (first === null || /[，,]/u.test(first[0])) return false;
  return text.length > first[0].length || (underLabel && text === first[0]);
}

/**
 * An item that lists its points as short sentences inside its text (`…提早谋划集体经济发展。狠抓
 * “三资”清理。…强化人才引进。…`) goes on with the next when a paragraph opens on one more
 * (`扎实谋划项目。目前，…`): a point, not a new item's lead.
 */
function continuesPoints(art: ArticleDraft, text: string): boolean {
  if (!/^[^，。！？、；,]{4,10}。/u.test(text)) return false;
  const body = art.body.map((b) => b.value).join('');
  return (body.match(/。[^，。！？、；,]{4,10}。/gu) ?? []).length >= 2;
}

/**
 * Which Markdown headings start articles: those listed in a table of contents, those followed
 * by a date line, or, failing both, the shallowest level used.
 */
function findArticleHeadings(blocks: Block[], roles: BlockRole[], toc: string[]): Set<number> {
  const all = blocks.map((b, i) => (roles[i] === 'heading' ? i : -1)).filter((i) => i >= 0);
  const marked = all.filter((i) => blocks[i]!.data.markedStart);
  const headings = all.filter((i) => !blocks[i]!.data.markedStart);
  if (headings.length === 0) return new Set(marked);
  const tocTitles = new Set(toc.map(compact));
  const chosen = new Set<number>(marked);
  for (const i of headings) {
    const key = compact(blocks[i]!.value);
    if (tocTitles.has(key) || roles[i + 1] === 'dateline') chosen.add(i);
  }
  if (chosen.size > marked.length) return chosen;
  const top = Math.min(...headings.map((i) => blocks[i]!.depth ?? 1));
  return new Set([...marked, ...headings.filter((i) => (blocks[i]!.depth ?? 1) === top)]);
}
