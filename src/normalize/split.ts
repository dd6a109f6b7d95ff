// Stage: one clipping → articles. A page is laid out, not written in reading order, so this
// stage first says what each block is (heading, headline, byline, date line, lead, body…)
// and then groups blocks into articles: at article-level Markdown headings, at
// headline runs followed by body text, and at news leads (`本报讯`, `新华社…电`). A headline printed after its body
// (common under photos) is given back to the untitled article before it.
import type { VFile } from 'vfile';
import { compact, displayLength, ENUMERATED } from './chars.ts';
import { isNewsLead } from './news-lead.ts';
import { blockLine, fileData, recordRemoval, type Block, type ClippingTree } from './tree.ts';

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

const DATE_LINE = /^(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)(\s*(星期|周)[一二三四五六日天])?$/u;
const BYLINE = /^(□|■)|^[(（]?(本报|通讯员|记者|作者|撰稿|文\s*[/／:：]).{0,30}$|^(.{0,12}记者\s*\S{2,4}(\s+\S{2,4}){0,3})$|^（作者.{2,40}）$/u;
const HEADLINE_MAX = 32;
/** a lone short line inside an article is a section head, not a new headline */
const SUBHEAD_MAX = 10;

export function classify(block: Block): BlockRole {
  const text = block.value.trim();
  if (block.type === 'heading') return 'heading';
  if (DATE_LINE.test(text)) return 'dateline';
  if (isNewsLead(text)) return 'lead';
  if (BYLINE.test(text) && displayLength(text) <= 40 && !/[。！？]$/u.test(text)) return 'byline';
  if ((ENUMERATED.test(text) || text.startsWith('——')) && displayLength(text) <= HEADLINE_MAX && !/[。；]$/u.test(text)) return 'subhead';
  if (isHeadlineLike(text)) return 'headline';
  return 'body';
}

export function splitArticles(tree: ClippingTree, file: VFile): ArticleDraft[] {
  const blocks = tree.children;
  const roles = blocks.map(classify);
  const articleHeadings = findArticleHeadings(blocks, roles, fileData(file).tocTitles);
  const drafts: ArticleDraft[] = [];
  let current: ArticleDraft | null = null;
  // under a locality heading, each paragraph opening with a one-sentence lead is an item
  let section: string | null = null;
  const start = (headline: string[], at: Block, leadIsTitle = false): ArticleDraft => {
    current = { headline, bylines: [], datelines: [], body: [], firstLine: blockLine(at), section, leadIsTitle };
    drafts.push(current);
    return current;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = roles[i]!;
    const text = block.value.trim();
    const art = current as ArticleDraft | null;
    if (role === 'heading') {
      if (articleHeadings.has(i) || articleHeadings.size === 0 && !art) start([text], block);
      else if (art) art.body.push(block);
      else recordRemoval(block, 'not-an-article', file);
      continue;
    }
    if (role === 'headline' && art && art.body.length === 0 && art.bylines.length === 0 && isPersonName(text)) {
      art.bylines.push(text); // an author's name printed under the headline
      continue;
    }
    if (role === 'headline' && articleHeadings.size > 0) {
      // Markdown headings mark the articles; a short line is a kicker or section head inside one
      if (art) art.body.push(block);
      else recordRemoval(block, 'not-an-article', file);
      continue;
    }
    if (role === 'headline') {
      // gather the run of headline lines (kicker, title, subtitle) and any bylines after it
      let j = i;
      const labelsItems = (k: number) => roles[k] === 'headline' && isSectionLabel(blocks[k]!.value) && roles[k + 1] === 'body' && isItemLead(blocks[k + 1]!.value);
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
      if (insideArticle && lone && next !== 'lead' && art.headline.length > 0) {
        art.body.push(block); // a section head inside the article
        continue;
      }
      if (art && art.headline.length === 0 && art.body.length > 0 && run.length >= 3 && next === 'body') {
        // the untitled article's headline (kicker and title) and the next article's, together
        art.headline = run.splice(0, 2);
      } else if (art && art.headline.length === 0 && art.body.length > 0 && (next === 'lead' || next === undefined || !followedByText)) {
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
      // an author's name printed as the last line of the run is a byline, not a subtitle
      const names: string[] = [];
      while (run.length > 1 && isPersonName(run[run.length - 1]!)) names.unshift(run.pop()!);
      start(run, block).bylines.push(...names);
      i = j;
      continue;
    }
    if (role === 'lead') {
      // a news lead opens a new article unless a headline has just been printed for it
      if (!art || art.body.length > 0) start([], block);
      current!.body.push(block);
      continue;
    }
    if (!current && articleHeadings.size > 0) {
      // before the first article of a compilation: its cover, notes and disclaimers
      recordRemoval(block, 'not-an-article', file);
      continue;
    }
    if (section !== null && role === 'body') {
      if (isItemLead(text)) {
        start([], block, true).body.push(block);
        continue;
      }
      section = null; // prose that is no item: the locality's list has ended
      start([], block).body.push(block);
      continue;
    }
    const target = current ?? start([], block);
    // a `□` byline can stand after an article's opening paragraphs; others only at the top
    if (role === 'byline' && (target.body.length <= 1 || /^[□■]/u.test(text))) target.bylines.push(text);
    else if (role === 'dateline' && target.body.length <= 1) target.datelines.push(text);
    else target.body.push(block);
  }
  return drafts;
}

/** short, and not a sentence: no full stop, at most one comma, not ending on a comma or `……` */
function isHeadlineLike(text: string): boolean {
  return displayLength(text) <= HEADLINE_MAX && !/[。；：;:]/u.test(text) && !/[，、,…]$/u.test(text) && (text.match(/[，,]/gu) ?? []).length <= 1;
}

/** `组建全县新业态派驻党支部。1月5日，…`: a short first sentence, then more */
function isItemLead(text: string): boolean {
  const first = /^[^。！？]{6,40}[。！？]/u.exec(text);
  return first !== null && text.length > first[0].length + 10 && !/[，,]/u.test(first[0].slice(0, -1).slice(0, 6));
}

/** two to four Chinese characters that are not a place or a label: a name (王晶) */
function isPersonName(text: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(compact(text)) && !/[省市县区镇乡村旗州]$/u.test(text) && (!text.includes(' ') || /^\p{Script=Han} \p{Script=Han}$/u.test(text));
}

/** A short place-like label (永吉县, 舒兰市) that heads the items under it. */
function isSectionLabel(text: string): boolean {
  return /^\p{Script=Han}{2,6}(省|市|县|区|旗|州|盟)$/u.test(compact(text));
}

/**
 * Which Markdown headings start articles: those listed in a table of contents, those followed
 * by a date line, or, failing both, the shallowest level used.
 */
function findArticleHeadings(blocks: Block[], roles: BlockRole[], toc: string[]): Set<number> {
  const headings = blocks.map((b, i) => (roles[i] === 'heading' ? i : -1)).filter((i) => i >= 0);
  if (headings.length === 0) return new Set();
  const tocTitles = new Set(toc.map(compact));
  const chosen = new Set<number>();
  for (const i of headings) {
    const key = compact(blocks[i]!.value);
    if (tocTitles.has(key) || roles[i + 1] === 'dateline') chosen.add(i);
  }
  if (chosen.size > 0) return chosen;
  const top = Math.min(...headings.map((i) => blocks[i]!.depth ?? 1));
  return new Set(headings.filter((i) => (blocks[i]!.depth ?? 1) === top));
}
