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
  isLocalityLabel,
  isOrganisation,
} from './chars.ts';
import { isDateLine } from './describe/date.ts';
import { separatorBetween } from './repair/join-wrapped-lines.ts';
import { isCreditLine, isNewsLead, opensLikeReport, afterLead, REPORT_OPENING } from './news-lead.ts';
import {
  hasDashSubtitle,
  hasHeadlineShape,
  HEADLINE_MAX,
  isColumnLabel,
  isPageField,
  isSpeakerHeadline,
  restOfNounPhrase,
  SECTION_HEAD_MAX,
  TITLE_FIELD,
} from './recognise/headline.ts';
import { splitsAWord } from './recognise/straddle.ts';
import { isSiteArticle, siteFurnitureBetween } from './recognise/web-furniture.ts';
import {
  blockLine,
  fileData,
  joinBlocks,
  recordRemoval,
  type Block,
  type ClippingTree,
  type UnsureDecision,
} from './tree.ts';

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
  /** copied from its site's page, which prints the title first (recognise/headline.ts titleLine) */
  fromSite?: boolean;
}

const AUTHOR_CLOSING = /[（(]作者[^（）()]{2,40}[）)]$/u;
const EDITORS_NOTE = /^(编者按|编者的话)[：:]/u;
/** one item of a column of briefs (`简讯` over `◆9月25日，…`), each set off by a bullet */
const BRIEF_ITEM = /^[◆●■▲★]/u;
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
  if (isCreditLine(text)) return 'byline';
  if ((ENUMERATED.test(text) || text.startsWith('——')) && displayLength(text) <= HEADLINE_MAX && !/[。；]$/u.test(text))
    return 'subhead';
  // the headline evidence weighed when lines were joined overrides the shape (join-wrapped-lines)
  if (block.data.headsReport ?? hasHeadlineShape(text)) return 'headline';
  return 'body';
}

/** The splitter's state while it walks the blocks: what it has built and what is waiting. */
interface Splitter {
  blocks: Block[];
  roles: BlockRole[];
  file: VFile;
  /** Markdown headings that open articles (when the file marks its articles so) */
  articleHeadings: Set<number>;
  /** the file is laid out by its Markdown headings (HEADINGS_LAYOUT) */
  byHeadings: boolean;
  drafts: ArticleDraft[];
  current: ArticleDraft | null;
  /** under a locality heading, each paragraph opening with a one-sentence lead is an item */
  section: string | null;
  /** the text under the locality heading opens as items do (002), not as one report */
  items: boolean;
  /** a headline printed inside the article before it, waiting for the piece it belongs to */
  pending: { headline: string[]; bylines: string[]; line: number } | null;
  /** the page signs its news (a `本报讯` lead somewhere) */
  hasLeads: boolean;
  /** the page prints its headlines after their text: it opens on text and ends on a headline */
  headlinesAfter: boolean;
  /** pieces ended by their author's credit, closed to any section printed later */
  closed: Set<ArticleDraft>;
  /** an editor's note waiting for the piece it introduces */
  notes: Block[];
  /** the notes given to each piece, put before its text at the end */
  prefaces: Map<ArticleDraft, Block[]>;
  /** decisions taken on weak evidence (file.data.unsure) */
  unsure: UnsureDecision[];
  /** the file is one article copied from its site's page (recognise/web-furniture.ts) */
  siteArticle: boolean;
}

/** A handler takes the block at `i` (and maybe more) and returns the last index it used. */
type Handler = (s: Splitter, i: number) => number;

const HANDLERS: Record<BlockRole, Handler> = {
  heading: onHeading,
  headline: onHeadline,
  lead: onLead,
  body: onText,
  byline: onText,
  dateline: onText,
  subhead: onText,
};

/** Groups the repaired blocks into article drafts by the role of each block. It changes no text. */
export function splitArticles(tree: ClippingTree, file: VFile): ArticleDraft[] {
  const blocks = tree.children;
  const roles = blocks.map(classify);
  const s: Splitter = {
    blocks,
    roles,
    file,
    articleHeadings: findArticleHeadings(blocks, roles, fileData(file).tocTitles),
    byHeadings: false,
    drafts: [],
    current: null,
    section: null,
    items: false,
    pending: null,
    hasLeads: roles.includes('lead'),
    headlinesAfter: printsHeadlinesAfter(roles),
    closed: new Set(),
    notes: [],
    prefaces: new Map(),
    unsure: fileData(file).unsure,
    siteArticle: isSiteArticle(fileData(file), firstTitleLine(blocks, roles), firstTextLine(blocks, roles)),
  };
  s.byHeadings = [...s.articleHeadings].filter((i) => !blocks[i]!.data.markedStart).length >= HEADINGS_LAYOUT;
  for (let i = 0; i < blocks.length; i++) i = HANDLERS[roles[i]!](s, i);
  if (s.notes.length > 0) (s.drafts.at(-1) ?? start(s, [], s.notes[0]!)).body.push(...s.notes.splice(0));
  for (const [draft, preface] of s.prefaces) draft.body.unshift(...preface);
  // a headline printed inside a piece whose own piece never came: recorded, never dropped silently
  if (s.pending)
    for (const line of [...s.pending.headline, ...s.pending.bylines])
      fileData(file).corrections.push({ kind: 'not-an-article', before: line, after: '', line: s.pending.line });
  return s.drafts;
}

function start(s: Splitter, headline: string[], at: Block, leadIsTitle = false): ArticleDraft {
  const draft: ArticleDraft = {
    headline,
    bylines: [],
    datelines: [],
    body: [],
    firstLine: blockLine(at),
    section: s.section,
    leadIsTitle,
    fromSite: s.siteArticle,
  };
  s.current = draft;
  if (s.notes.length > 0) s.prefaces.set(draft, s.notes.splice(0));
  if (headline.length === 0 && !leadIsTitle && s.pending) {
    draft.headline = s.pending.headline;
    draft.bylines = s.pending.bylines;
    s.pending = null;
  }
  s.drafts.push(draft);
  return draft;
}

/** A Markdown heading: an article's title, or a section head inside one. */
function onHeading(s: Splitter, i: number): number {
  const block = s.blocks[i]!;
  if (s.articleHeadings.has(i) || (s.articleHeadings.size === 0 && !s.current)) start(s, [block.value.trim()], block);
  else if (s.current) pushSectionHead(s.current, block);
  else recordRemoval(block, 'not-an-article', s.file);
  return i;
}

/**
 * A news lead opens a new article unless a headline has just been printed for it, maybe with a
 * photo's caption, a standfirst or a web page's fields between the two (preambleOnly).
 */
function onLead(s: Splitter, i: number): number {
  const block = s.blocks[i]!;
  if (!s.current || (s.current.body.length > 0 && !preambleOnly(s.current, block.value))) start(s, [], block);
  s.current!.body.push(block);
  return i;
}

/** blocks a headline can carry over its lead: a caption and a standfirst at most */
const PREAMBLE_MAX = 2;
/** a caption under a headline is one short sentence (`罗家岭等领导考察示范村。`) */
const CAPTION_UNDER_HEAD_MAX = 24;
/** a standfirst repeats the lead's opening: this many characters of it */
const REPEATED_OPENING = 10;

/**
 * The article so far is a headline over a photo's caption (`花生油已装车，准备送往珠海。通讯员张三摄`,
 * `罗家岭等领导考察示范村。`) or over a standfirst that the lead repeats (`2023年是…` over
 * `重庆日报讯（记者 王五）2023年是…`): the lead goes on with it rather than opening a report
 * without a headline.
 */
function preambleOnly(art: ArticleDraft, lead: string): boolean {
  const printed = art.body.filter((b) => !isPageField(b.value));
  if (printed.length > PREAMBLE_MAX) return false;
  const leadText = compact(afterLead(lead));
  // with no headline yet (a page that prints it after the text), only a caption goes on
  const titled = art.headline.length > 0;
  return printed.every((b) => {
    const text = b.value.trim();
    const caption =
      /\p{Script=Han}{2,4}\s*摄$/u.test(text) || // signed by its photographer (`…通讯员李四摄`)
      (displayLength(text) <= CAPTION_UNDER_HEAD_MAX && /^[^。！？，,；;]+[。]$/u.test(text));
    const opening = compact(text).slice(0, REPEATED_OPENING);
    return caption || (titled && opening.length === REPEATED_OPENING && leadText.startsWith(opening));
  });
}

/** whether a byline or a news lead comes before the next headline */
function signedAhead(s: Splitter, from: number): boolean {
  for (let k = from; k < s.blocks.length && s.roles[k] !== 'headline' && s.roles[k] !== 'heading'; k++)
    if (s.roles[k] === 'byline' || s.roles[k] === 'lead') return true;
  return false;
}

/** the latest feature: a piece with a headline and a byline that no news lead opened */
function openFeature(s: Splitter): ArticleDraft | null {
  const last = s.drafts.findLast((d) => d.headline.length > 0 && d.bylines.length > 0);
  return last && !s.closed.has(last) && !openedByLead(last) ? last : null;
}

/** A run of headline lines (kicker, title, subtitle) from `i` to `j`, and what follows it. */
interface Run {
  i: number;
  j: number;
  lines: string[];
  next: BlockRole | undefined;
  /** text follows the run (not another headline, a heading or the end) */
  followedByText: boolean;
  /** one short line: a section head inside a piece, or a locality label */
  lone: boolean;
}

function headlineRun(s: Splitter, i: number): Run {
  let j = i;
  // a web page's field printed among the headline lines (`【字体大小：`) does not end the run
  const fieldInRun = (k: number) => isPageField(s.blocks[k]!.value) && s.roles[k + 1] === 'headline';
  while (j + 1 < s.blocks.length && (s.roles[j + 1] === 'headline' || fieldInRun(j + 1)) && !labelsItems(s, j + 1)) j++;
  const lines = s.blocks.slice(i, j + 1).map((b) => b.value.trim());
  const next = s.roles[j + 1];
  const followedByText = next === 'body' || next === 'lead' || next === 'byline' || next === 'subhead';
  const lone = lines.length === 1 && compact(lines[0]!).length <= SECTION_HEAD_MAX;
  return { i, j, lines, next, followedByText, lone };
}

/**
 * A locality label (`永吉县`) over the text printed under it: items each opening with a
 * one-sentence lead (002), or one report whose text opens on its day or its setting
 * (`2021年6月10日，…`, `冬日的…`). A headline names more than a place.
 */
function labelsItems(s: Splitter, k: number): boolean {
  return s.roles[k] === 'headline' && isLocalityLabel(s.blocks[k]!.value) && s.roles[k + 1] === 'body';
}

/**
 * What a headline run is, tried in order: each rule handles the run and returns the last index
 * it used, or null when the run is not its case. The last rule always applies: a new article.
 */
const HEADLINE_RULES: Array<(s: Splitter, r: Run) => number | null> = [
  asTitleField,
  asLocalityLabel,
  asHeadlineInsideText,
  asSignOff,
  asSectionOfSiteArticle,
  asSectionHead,
  asResumedFeature,
  asHeadlineAfterBody,
  asCaptionBetweenPieces,
  asNewArticle,
];

function onHeadline(s: Splitter, i: number): number {
  const block = s.blocks[i]!;
  const art = s.current;
  const text = block.value.trim();
  if (art && art.body.length === 0 && art.bylines.length === 0 && isAuthor(text)) {
    art.bylines.push(text); // an author's name printed under the headline
    return i;
  }
  if (s.byHeadings) {
    // Markdown headings mark the articles; a short line is a kicker or section head inside one
    if (art) pushSectionHead(art, block);
    else recordRemoval(block, 'not-an-article', s.file);
    return i;
  }
  const run = headlineRun(s, i);
  if (!(run.lone && labelsItems(s, i))) s.section = null;
  for (const rule of HEADLINE_RULES) {
    const used = rule(s, run);
    if (used !== null) return used;
  }
  return run.j;
}

/** a web copy's `标题：X` field after the text it names (the page prints it last) titles that text */
function asTitleField(s: Splitter, r: Run): number | null {
  const art = s.current;
  if (r.lines.length !== 1 || !TITLE_FIELD.test(r.lines[0]!) || !art || art.headline.length > 0) return null;
  if (!art.body.some((b) => !isPageField(b.value))) return null;
  art.headline = r.lines;
  return r.i;
}

function asLocalityLabel(s: Splitter, r: Run): number | null {
  if (!(r.lone && labelsItems(s, r.i))) return null;
  s.section = r.lines[0]!;
  s.items = isItemLead(s.blocks[r.i + 1]!.value, true);
  recordRemoval(s.blocks[r.i]!, 'metadata', s.file);
  s.current = null;
  return r.i;
}

/**
 * A headline printed inside a paragraph or a numbered list: it belongs to this piece if it has
 * none yet, else to the next piece to start without one; the interrupted paragraph goes on.
 */
function asHeadlineInsideText(s: Splitter, r: Run): number | null {
  const art = s.current;
  if (!art || r.next !== 'body') return null;
  const after = s.blocks[r.j + 1]!;
  const evidence = interrupts(art, after.value);
  // on weak evidence, a headline signed by its author over text that does not open a report is
  // one printed in the flow of the text (002's magazine pages), and an editor should look
  const signed = r.lines.length > 1 && isAuthor(r.lines.at(-1)!);
  if (evidence === 'no' || (evidence === 'weak' && (!signed || opensLikeReport(after.value)))) return null;
  if (evidence === 'weak')
    s.unsure.push({ line: blockLine(after), decision: `joined the text around "${r.lines[0]}" as one paragraph` });
  const names = trailingNames(r.lines);
  if (art.headline.length === 0) {
    art.headline = r.lines;
    art.bylines.push(...names);
  } else s.pending = { headline: r.lines, bylines: names, line: blockLine(s.blocks[r.i]!) };
  const interrupted = art.body[art.body.length - 1]!;
  if (endsSentence(interrupted.value)) return r.j;
  joinBlocks(interrupted, after, separatorBetween(interrupted.value, after.value), 'reflow', s.file);
  if (endAtCredit(art, interrupted)) {
    s.closed.add(art);
    s.current = null;
  }
  return r.j + 1;
}

/** the body that signs off a notice (`汪清县人民政府办公室`, then its date) is its author */
function asSignOff(s: Splitter, r: Run): number | null {
  const art = s.current;
  if (r.followedByText || !art || art.body.length === 0 || r.lines.length !== 1 || !isOrganisation(r.lines[0]!))
    return null;
  art.bylines.push(r.lines[0]!);
  return r.i;
}

/**
 * A site's page holds one article: a head over text inside it is one of its sections, a photo's
 * caption (`活动现场歌舞表演`) or the page repeating the title, never a report of its own; a
 * report of its own would open on a news lead or a credit, which are not text.
 */
function asSectionOfSiteArticle(s: Splitter, r: Run): number | null {
  const art = s.current;
  if (!s.siteArticle || !art || art.body.length === 0 || r.next !== 'body') return null;
  // another page copied into the file: its own site furniture stood around this head
  if (siteFurnitureBetween(fileData(s.file), blockLine(art.body.at(-1)!), blockLine(s.blocks[r.j + 1]!))) return null;
  // the page's title field (`标题：X`, printed last) names the head: it is the article's title
  if (art.headline.length === 0 && r.lines.length === 1 && titledByField(s, r.lines[0]!)) {
    art.headline = r.lines;
    return r.i;
  }
  for (let k = r.i; k <= r.j; k++) pushSectionHead(art, s.blocks[k]!);
  return r.j;
}

/** the line of the first headline or heading, or Infinity */
function firstTitleLine(blocks: Block[], roles: BlockRole[]): number {
  const k = roles.findIndex((r) => r === 'headline' || r === 'heading');
  return k < 0 ? Infinity : blockLine(blocks[k]!);
}

/** the line of the first block of text (a paragraph or a lead), past the headlines over it */
function firstTextLine(blocks: Block[], roles: BlockRole[]): number {
  const k = roles.findIndex((r) => r === 'body' || r === 'lead');
  return k < 0 ? Infinity : blockLine(blocks[k]!);
}

const titledByField = (s: Splitter, line: string): boolean =>
  s.blocks.some((b) => TITLE_FIELD.test(b.value) && compact(b.value.replace(TITLE_FIELD, '')) === compact(line));

/**
 * A section head inside the article: a short line, or one in two parts (`转观念、稳基础———
 * 打造民心凝聚工程`, `助推产业，勇当…`) with no author under it as a new piece would have. A short
 * report opened by a news lead has no section heads, and a head over text that opens like a
 * report (`近日，…`, `5月18日，…`) heads a report of its own.
 */
function asSectionHead(s: Splitter, r: Run): number | null {
  const art = s.current;
  if (!art || art.body.length === 0 || art.headline.length === 0 || openedByLead(art)) return null;
  if (r.next === 'lead' || r.next === 'byline') return null;
  const parted =
    r.lines.length === 1 &&
    /，|——/u.test(r.lines[0]!) &&
    displayLength(r.lines[0]!) <= PARTED_HEAD_MAX &&
    r.next === 'body' &&
    !isSpeakerHeadline(r.lines[0]!) &&
    !hasDashSubtitle(r.lines[0]!);
  if (!(r.lone || parted)) return null;
  // a feature has sections: it is signed, subtitled, already sectioned, or long; a short report
  // has none, and a short head after it heads the next report
  const shown = art.bylines.length > 0 || art.headline.length > 1 || art.body.some((b) => b.data.sectionHead);
  if (!shown && art.body.length < FEATURE_MIN) return null;
  if (r.next === 'body' && opensLikeReport(s.blocks[r.j + 1]!.value) && endsSentence(art.body.at(-1)!.value))
    return null;
  // an editor's note opens the piece under it (`编者按：…`), and a head over bulleted briefs
  // (`◆9月25日，…`) is a column of briefs: neither is a section of the piece before
  const under = s.blocks[r.j + 1]?.value.trim() ?? '';
  if (r.next === 'body' && (EDITORS_NOTE.test(under) || BRIEF_ITEM.test(under))) return null;
  // a section head follows a finished sentence; after an unsigned report cut off mid-sentence
  // (`…没几天就把地`) the head opens the next report
  if (!shown && !endsSentence(art.body.at(-1)!.value)) return null;
  // long but unsigned: a section is the safer reading (no feature is cut in two), but a report
  // of its own may start here, and an editor should look
  if (!shown)
    s.unsure.push({
      line: blockLine(s.blocks[r.i]!),
      decision: `read "${r.lines[0]}" as a section head of "${art.headline.join(' ')}"; it may head a report of its own`,
    });
  pushSectionHead(art, s.blocks[r.i]!);
  return r.i;
}

/**
 * A section head in two parts runs to 25 characters (002: `转观念、稳基础———打造民心凝聚工程，人人抱团比心齐`);
 * a line as long as `让乡村与城市结成“发展伙伴” ——天津市蓟州区驻村第一书记的一份振兴答卷` (36) is a
 * headline and its subtitle.
 */
const PARTED_HEAD_MAX = 30;

/** paragraphs before a head that make a piece long enough to have sections */
const FEATURE_MIN = 4;

/**
 * On a newspaper page, where news is signed (a `本报讯` lead, a `□` byline), a head with no
 * signature under it is a section of the signed feature it follows, resumed after a sidebar
 * (003: `选准“头雁”带“薄弱村”腾飞` inside `党建引领促发展 雁阵效应谱新篇`); a text that opens on its
 * day (`5月18日，…`) is a report of its own, however short.
 */
function asResumedFeature(s: Splitter, r: Run): number | null {
  if (!s.hasLeads || r.lines.length !== 1 || r.next !== 'body' || signedAhead(s, r.j + 1)) return null;
  if (REPORT_OPENING.test(s.blocks[r.j + 1]!.value)) return null;
  const feature = openFeature(s);
  if (!feature) return null;
  pushSectionHead(feature, s.blocks[r.i]!);
  s.current = feature;
  return r.i;
}

/**
 * A headline printed after its body (common under photos) belongs to the untitled article
 * before it. Three or more lines over body text hold that headline and the next article's: the
 * next one's opens at its column label (`卷首语`), else the first two lines are the untitled one's.
 */
function asHeadlineAfterBody(s: Splitter, r: Run): number | null {
  const art = s.current;
  if (!art || art.headline.length > 0 || art.body.every((b) => isPageField(b.value))) return null;
  if (r.lines.length >= 3 && r.next === 'body') {
    const label = r.lines.findIndex((line, k) => k > 0 && isColumnLabel(line));
    art.headline = r.lines.splice(0, label > 0 ? label : 2);
    // the rest is the next article's headline
    return asNewArticle(s, { ...r, i: r.i + art.headline.length });
  }
  if (!(r.next === 'lead' || r.next === undefined || !r.followedByText || s.headlinesAfter)) return null;
  art.headline = r.lines;
  s.current = null;
  return r.j;
}

/**
 * A page that opens on text and ends on a headline prints its headlines under their text (as
 * under photos, 000): every headline after untitled text is that text's. A page whose first
 * text is a headline reads the usual way.
 */
function printsHeadlinesAfter(roles: BlockRole[]): boolean {
  const first = roles.findIndex((r) => r !== 'dateline');
  return (roles[first] === 'body' || roles[first] === 'lead') && roles.at(-1) === 'headline';
}

/** a caption or label standing between articles: kept with the article before */
function asCaptionBetweenPieces(s: Splitter, r: Run): number | null {
  if (r.followedByText || r.j + 1 >= s.blocks.length || !s.current) return null;
  for (let k = r.i; k <= r.j; k++) s.current.body.push(s.blocks[k]!);
  return r.j;
}

function asNewArticle(s: Splitter, r: Run): number {
  const names = trailingNames(r.lines);
  start(s, r.lines, s.blocks[r.i]!).bylines.push(...names);
  return r.j;
}

/** Body text, bylines, date lines and numbered heads: into the current article, or a new one. */
function onText(s: Splitter, i: number): number {
  const block = s.blocks[i]!;
  const role = s.roles[i]!;
  const text = block.value.trim();
  if (!s.current && s.byHeadings) {
    // before the first article of a compilation: its cover, notes and disclaimers
    recordRemoval(block, 'not-an-article', s.file);
    return i;
  }
  if (s.section !== null && role === 'body') return onItemText(s, i);
  if (!s.current && role === 'body' && (EDITORS_NOTE.test(text) || isPageField(text))) {
    // an editor's note between pieces introduces what follows: it opens the next piece's text;
    // a web page's field before any piece goes with the piece after it, not a piece of its own
    s.notes.push(block);
    return i;
  }
  const target = s.current ?? start(s, [], block);
  if ((role === 'body' || role === 'byline') && endsWithCredit(s, target, block)) return i;
  placeText(target, block, role, i === s.blocks.length - 1);
  return i;
}

/**
 * Under a locality label, the first paragraph always opens an item; later ones open one when
 * they lead with a short sentence, and otherwise go on with the item before. Under a label
 * over one report (its text does not open as an item), every paragraph is that report's.
 */
function onItemText(s: Splitter, i: number): number {
  const block = s.blocks[i]!;
  const art = s.current;
  const text = block.value.trim();
  if (!s.items && art) art.body.push(block);
  else if (isItemLead(text, art === null) && !(art && continuesPoints(art, text)))
    start(s, [], block, true).body.push(block);
  else (art ?? start(s, [], block)).body.push(block);
  return i;
}

/** `…（作者为舒兰市委常委、组织部部长）` ends the piece it closes. True when it did. */
function endsWithCredit(s: Splitter, target: ArticleDraft, block: Block): boolean {
  const closing = AUTHOR_CLOSING.exec(block.value.trim());
  if (!closing || !(closing.index > 0 || target.body.length > 0)) return false;
  if (closing.index > 0) target.body.push(block);
  endAtCredit(target, block);
  s.closed.add(target);
  s.current = null;
  return true;
}

/**
 * Where a line of text goes in its article. A `□` byline can stand after an article's opening
 * paragraphs, and a bracketed credit (`（记者 张磊 通讯员 李娜）`) at its end; others only at the
 * top. A date line opens an article, or signs off the last one (as official documents end). A
 * dash line right under the headline is its subtitle (`——记延寿县加信镇基层党建工作`), elsewhere an
 * attribution (`———1月18日，在…上强调`); other subheads are numbered heads.
 */
function placeText(target: ArticleDraft, block: Block, role: BlockRole, last: boolean): void {
  const text = block.value.trim();
  if (role === 'byline' && (target.body.length <= 1 || /^[□■]|^[（(].*[）)]$/u.test(text))) target.bylines.push(text);
  else if (role === 'dateline' && (target.body.length <= 1 || last)) target.datelines.push(text);
  else if (role === 'subhead' && text.startsWith('——') && target.body.length === 0 && target.headline.length > 0)
    target.headline.push(text);
  else if (role === 'subhead' && !text.startsWith('——')) pushSectionHead(target, block);
  else target.body.push(block);
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
 * Whether a headline run stands where the article goes on: the text after it goes on with a
 * numbered point (`二是…`), or the paragraph before stops mid-sentence and the text after goes
 * on with that sentence. 'weak' when the paragraph stops mid-sentence but nothing shows the
 * text after continues it (a report cut off at its end, `…每年单`, then the next one).
 */
function interrupts(art: ArticleDraft, after: string): 'yes' | 'weak' | 'no' {
  const last = art.body[art.body.length - 1];
  // an attribution (`———1月18日，在…上强调`) is complete without a full stop
  if (!last || classify(last) !== 'body' || last.value.startsWith('——')) return 'no';
  if (/^[二三四五六七八九十]是/u.test(after)) return 'yes';
  if (endsSentence(last.value) || !/[\p{Script=Han}，、]$/u.test(last.value)) return 'no';
  // a word across the seam (`外|卖配送员`), a clause mark after a word or two, a comma or a
  // particle before it, the rest of a noun phrase; a report's opening (`近日，…`, a date) after
  // a report cut off mid-sentence (`…被困`) is no rest of a clause
  // a report cut off on a comma, then one that opens on its day or a news lead, is two reports
  const goesOn =
    (/[，、]$/u.test(last.value) && !opensLikeReport(after)) ||
    splitsAWord(last.value, after) ||
    (/^(\p{Script=Han}{1,2}[，、。；]|[的了着过和与及等])/u.test(after) && !opensLikeReport(after)) ||
    restOfNounPhrase(after, INTERRUPTED_PHRASE_MAX);
  return goesOn ? 'yes' : 'weak';
}

/** the rest of a noun phrase a headline interrupted (`新业态新` | `就业群体党建工作联席会议制度，`) */
const INTERRUPTED_PHRASE_MAX = 16;

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
