// Repair: page furniture. Runs before lines are joined, because running headers, page numbers,
// mastheads and credits are printed as lines of their own — sometimes in the middle of a
// sentence that continues on the next line. Removed lines become corrections; those that carry
// metadata (a printed date, a photo credit, an e-mail) are kept on file.data.pageMeta.
import nodejieba from 'nodejieba';
import type { VFile } from 'vfile';
import { compact, endsSentence, ENUMERATED, isCommonLabel } from '../chars.ts';
import { isPhotoCredit, photoCreditAfterSentence } from '../recognise/credit.ts';
import { splitsAWord } from '../recognise/straddle.ts';
import { readDateLine, type DateLine } from '../recognise/date-line.ts';
import { isMastheadName } from '../recognise/outlet.ts';
import { copyrightHolder, webFurnitureKind } from '../recognise/web-furniture.ts';
import {
  applyEdits,
  fileData,
  lineAt,
  recordRemoval,
  type Block,
  type ClippingFileData,
  type ClippingTree,
  type Edit,
} from '../tree.ts';

const EMAIL_LINE = /^(E-?mail|邮箱|电子邮箱)\s*[:：]\s*[\w.+-]+@[\w-]+(\.[\w-]+)+$/iu;
const PAGE_NUMBER =
  /^(\d{1,3}|第\s*\d+\s*版(\s*[:：]?\s*\p{Script=Han}{2,6})?|\d{4}\s*[·.]\s*\d{1,2}|\d{4}\s*年\s*第\s*\d{1,2}\s*期(\s*[（(]?\s*总第\s*\d+\s*期\s*[）)]?)?)$/u;
/** a line letter-spaced the way section labels are printed: `高 层 动 态` */
const LETTER_SPACED = /^\p{Script=Han}( \p{Script=Han}){2,}$/u;
/** a two-letter label letter-spaced (`要 闻`) */
const SPACED_PAIR = /^\p{Script=Han} \p{Script=Han}$/u;
/** `1...2021 年麦积区民政工作综述\t4`, `19.构筑“强磁场” .....\t130` */
const TOC_LINE = /^\d+\s*[.、…]+\s*(.+?)\s*(?:\t\s*\d+|[.…]{3,}\s*\d*)\s*$/u;
/** a printed date is metadata, even when several articles share it */
const DATE = /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?$/u;

export function removeFurniture() {
  return (tree: ClippingTree, file: VFile) => {
    const runningHeaders = findRunningHeaders(tree);
    const { tocTitles } = fileData(file);
    const contents = tableOfContents(tree.children);
    const nextLine = followingLines(tree.children);
    const topBlocks = blocksAtTop(tree.children);
    for (const block of tree.children) {
      if (block.type !== 'paragraph') continue;
      const toc = contents.get(block);
      if (toc) {
        // kept as titles: the splitter uses them to tell article headings from section heads
        tocTitles.push(...toc);
        recordRemoval(block, 'table-of-contents', file);
        block.value = '';
        continue;
      }
      const lines = block.value.split('\n');
      const edits = furnitureEdits(block, lines, (i) => {
        // a date standing alone at the top of the clipping, before any text, dates the page as
        // a masthead does (under a list of the site's papers, too)
        const atTop = topBlocks.has(block) && !linesBefore(lines, i);
        const kind = furnitureKind(lines[i]!, runningHeaders, atTop, nextLine.get(block)![i]!);
        return kind === 'page-number' && continuesNumber(lines[i - 1]) ? null : kind;
      });
      for (const e of edits) liftMetadata(e.text, e.furniture, e.line, file);
      applyEdits(block, edits, 'furniture', file);
    }
    tree.children = tree.children.filter((b) => b.value.trim() !== '');
  };
}

/**
 * A number alone on a line right under a line that ends on a digit is the rest of that number
 * wrapped at the column edge (`…社区四级网格23` | `8`), not a page number: a page number is
 * printed apart from the text, never as the second half of a figure.
 */
const continuesNumber = (previous: string | undefined) => previous !== undefined && /\d$/u.test(previous.trimEnd());

/** Top-of-page lines: no sentence printed before them, within the first few lines. */
const TOP_LINES = 6;
const isText = (line: string) => /[。！？]/u.test(line);
const linesBefore = (lines: string[], i: number) => lines.slice(0, i).some(isText) || i >= TOP_LINES;

/** the blocks at the top of the page: up to the first that prints a sentence, within the first lines */
function blocksAtTop(blocks: Block[]): Set<Block> {
  const top = new Set<Block>();
  let seen = 0;
  for (const b of blocks) {
    if (b.type !== 'paragraph' || seen >= TOP_LINES) break;
    const lines = b.value.split('\n').filter((l) => l.trim());
    top.add(b);
    if (lines.some(isText)) break;
    seen += lines.length;
  }
  return top;
}

/**
 * For each line of each paragraph block, the next non-blank line of the file (across blocks);
 * '' for a blank line and the last. One pass: each non-blank line fills in the one before it.
 */
function followingLines(blocks: Block[]): Map<Block, string[]> {
  const next = new Map<Block, string[]>();
  let waiting: { lines: string[]; at: number } | null = null;
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const lines = b.value.split('\n');
    const own = lines.map(() => '');
    next.set(b, own);
    lines.forEach((l, i) => {
      if (l.trim() === '') return;
      if (waiting) waiting.lines[waiting.at] = l;
      waiting = { lines: own, at: i };
    });
  }
  return next;
}

type FurnitureEdit = Edit & { text: string; furniture: FurnitureKind; line: number };

/** The furniture lines of a block as edits that take them out, each with its kind and line. */
function furnitureEdits(block: Block, lines: string[], kindOf: (i: number) => FurnitureKind | null): FurnitureEdit[] {
  const starts: number[] = [];
  lines.reduce((offset, line) => (starts.push(offset), offset + line.length + 1), 0);
  const edits: FurnitureEdit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const single = kindOf(i);
    // a credit can wrap onto a second line of a narrow column
    const span = !single && i + 1 < lines.length && isPhotoCredit(compact(lines[i]! + lines[i + 1]!)) ? 2 : 1;
    const kind = span === 2 ? 'credit' : single;
    if (!kind) {
      const credit = creditAfterSentence(block, lines[i]!, starts[i]!);
      if (credit) edits.push(credit);
      continue;
    }
    // take the lines with one neighbouring line break, so the block's lines stay joined by \n
    const start = starts[i]!;
    const end = Math.min(block.value.length, starts[i + span - 1]! + lines[i + span - 1]!.length + 1);
    edits.push({
      start: end === block.value.length && start > 0 ? start - 1 : start,
      end,
      after: '',
      kind: `furniture:${kind}`,
      text: lines.slice(i, i + span).join(''),
      furniture: kind,
      line: lineAt(block, start),
    });
    i += span - 1;
  }
  return edits;
}

/**
 * A photo credit printed after the last sentence of a caption on its line (`…诉讼负担。新华社记者
 * 彭昭之 摄`): the credit goes, the sentence stays.
 */
function creditAfterSentence(block: Block, line: string, lineStart: number): FurnitureEdit | null {
  const at = photoCreditAfterSentence(line);
  if (at < 0) return null;
  const start = lineStart + at;
  const text = line.slice(at).trimEnd();
  const kind = 'credit';
  return {
    start,
    end: start + text.length,
    after: '',
    kind: `furniture:${kind}`,
    text,
    furniture: kind,
    line: lineAt(block, start),
  };
}

/** What a furniture line says of the page (its date, paper, credits) goes to file.data.pageMeta. */
function liftMetadata(text: string, kind: FurnitureKind, line: number, file: VFile): void {
  const { pageMeta } = fileData(file);
  // the site's own lines (navigation, counters, the day the page was viewed) date nothing
  const dated = kind === 'web-page' ? null : readDateLine(text);
  if (dated) pageMeta.push(...dateMeta(dated, line));
  else if (kind === 'web-metadata') {
    // a footer's copyright names the site; a source line printed above it is read first
    const source = WEB_SOURCE.exec(text.trim())?.[1] ?? copyrightHolder(text);
    if (source) pageMeta.push({ key: 'source', value: source, line });
  }
  const key = KEPT_AS_META[kind];
  if (key) pageMeta.push({ key, value: kind === 'caption' ? undouble(text) : text.trim(), line });
}

/** `来源：县融媒体中心` names where the article came from */
const WEB_SOURCE = /来源\s*[:：]\s*([^\s:：|｜丨]{2,20})/u;

/** a masthead or page date dates the page; a site's publication line the article; an issue line the year */
function dateMeta(d: DateLine, line: number): ClippingFileData['pageMeta'] {
  const key = d.kind === 'publication' ? 'published' : d.kind === 'issue' ? 'issue' : 'date';
  return [{ key, value: d.date, line }, ...(d.source ? [{ key: 'source' as const, value: d.source, line }] : [])];
}

/**
 * The blocks of a table of contents, with their entry titles: runs of blocks whose lines are
 * mostly entries (`19.构筑“强磁场” .....\t130`), two entries or more in all.
 */
function tableOfContents(blocks: Block[]): Map<Block, string[]> {
  const entries = blocks.map((b) => {
    if (b.type !== 'paragraph') return null;
    const lines = b.value.split('\n');
    const titles = lines.map((l) => TOC_LINE.exec(l.trim())?.[1]).filter((t): t is string => Boolean(t));
    return titles.length > 0 && titles.length >= lines.length * 0.6 ? titles : null;
  });
  const found = new Map<Block, string[]>();
  for (let i = 0; i < blocks.length; i++) {
    let end = i;
    while (entries[end]) end++;
    if (entries.slice(i, end).flat().length >= 2) for (let k = i; k < end; k++) found.set(blocks[k]!, entries[k]!);
    i = Math.max(i, end);
  }
  return found;
}

type FurnitureKind =
  'masthead' | 'web-metadata' | 'web-page' | 'email' | 'page-number' | 'credit' | 'running-header' | 'caption';
/** furniture that says something about the page, and the metadata it is kept as */
const KEPT_AS_META: Partial<Record<FurnitureKind, 'email' | 'credit' | 'caption'>> = {
  email: 'email',
  credit: 'credit',
  caption: 'caption',
};

/** a caption printed twice over, as some layouts render photo captions: `XX。。` */
const DOUBLED = /^(\p{Script=Han}.{3,}?)\1([。！？]?)\2$/u;
const undouble = (text: string) => text.trim().replace(DOUBLED, '$1$2');
/**
 * What DOUBLED needs, read without its backtracking (every line is asked): two copies and two
 * marks or none make an even length, and the second copy opens as the first does.
 */
const mayBeDoubled = (text: string): boolean => {
  const half = text.length / 2;
  return text.length >= 8 && Number.isInteger(half) && (text[half] === text[0] || text[half - 1] === text[0]);
};

/** Web-page lines that carry the article's metadata, and those that are only the site's. */
const WEB_KIND = {
  publication: 'web-metadata',
  source: 'web-metadata',
  editor: 'web-metadata',
  navigation: 'web-page',
  counter: 'web-page',
  viewed: 'web-page',
  copyright: 'web-metadata',
  edition: 'web-page',
  markup: 'web-page',
} as const;

function furnitureKind(line: string, runningHeaders: Set<string>, atTop: boolean, next: string): FurnitureKind | null {
  const text = line.trim();
  const web = webFurnitureKind(text, next);
  if (web) return WEB_KIND[web];
  const dated = readDateLine(text)?.kind;
  if (dated === 'masthead' || dated === 'print-source' || (dated === 'page-date' && atTop)) return 'masthead';
  // the paper's name on a line of its own over the masthead's date, at the top of the page
  if (atTop && readDateLine(next.trim())?.kind === 'masthead' && isMastheadName(text)) return 'masthead';
  if (EMAIL_LINE.test(text)) return 'email';
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (isPhotoCredit(text)) return 'credit';
  if (runningHeaders.size > 0 && runningHeaders.has(compact(text))) return 'running-header';
  if (mayBeDoubled(text) && DOUBLED.test(text)) return 'caption';
  return null;
}

/**
 * Running headers are short label lines that the page repeats: printed three times or more, or
 * twice when letter-spaced like a section label or when one of them cuts a sentence (a page
 * break: `…必须擺在更加重要的位置，` | `地方新闻` | `腳踏實地…`), which no headline or label
 * does. Enumerated sub-heads (一、…) repeat across articles legitimately and are never taken.
 */
function findRunningHeaders(tree: ClippingTree): Set<string> {
  const counts = new Map<string, { n: number; spaced: boolean; cuts: boolean }>();
  const lines = tree.children.flatMap((b) => (b.type === 'paragraph' ? b.value.split('\n') : []));
  lines.forEach((line, i) => {
    const key = compact(line);
    if (!maybeRunningHeader(key)) return;
    const entry = counts.get(key) ?? { n: 0, spaced: false, cuts: false };
    entry.n++;
    // two letters spaced (`要 闻`) may be a byline's name (`王 莉`): only a label's words count
    entry.spaced ||= LETTER_SPACED.test(line.trim()) || (SPACED_PAIR.test(line.trim()) && isHeaderLabel(key));
    // the cheap layout test first: isHeaderLabel asks jieba
    entry.cuts ||= cutsSentence(lines[i - 1], line, lines[i + 1]) && isHeaderLabel(key);
    counts.set(key, entry);
  });
  // a label letter-spaced inside a sentence (`…丰富的文` | `基 层 动 态` | `化大餐。`) is furniture even once
  const isHeader = (e: { n: number; spaced: boolean; cuts: boolean }) =>
    e.n >= 3 || (e.n >= 2 && (e.spaced || e.cuts)) || (e.spaced && e.cuts);
  return new Set([...counts].filter(([, e]) => isHeader(e)).map(([k]) => k));
}

const maybeRunningHeader = (key: string): boolean =>
  key.length >= 2 &&
  key.length <= 12 &&
  !endsSentence(key) &&
  !ENUMERATED.test(key) &&
  !/[，,。]/u.test(key) &&
  !DATE.test(key);

/**
 * A header printed twice is a short label of ordinary words ending on a noun (`地方新闻`,
 * `综合新闻`); a wrapped line's tail repeated in the text (002: `讨班开班式上强调`) ends on its verb.
 */
const CUTTING_LABEL_MAX = 6;
const isHeaderLabel = (key: string): boolean =>
  key.length <= CUTTING_LABEL_MAX && isCommonLabel(key) && /^n/u.test(nodejieba.tag(key).at(-1)?.tag ?? '');

/**
 * The line stands inside a sentence: the one before stops mid-clause, text goes on after, and
 * the line is no rest of the last word before it (`…实施“覆盖提升` | `工程`).
 */
function cutsSentence(before: string | undefined, line: string, after: string | undefined): boolean {
  if (before === undefined || after === undefined || after.trim() === '') return false;
  // a figure cut at the break is mid-sentence too (`…对全省8` | `要 闻` | `个市（地）…`)
  return /[\p{Script=Han}\d，、]$/u.test(before.trim()) && !splitsAWord(before.trim(), line.trim());
}
