// Repair: page furniture. Runs before lines are joined, because running headers, page numbers,
// mastheads and credits are printed as lines of their own — sometimes in the middle of a
// sentence that continues on the next line. Removed lines become corrections; those that carry
// metadata (a printed date, a photo credit, an e-mail) are kept on file.data.pageMeta.
import type { VFile } from 'vfile';
import { compact, endsSentence, ENUMERATED } from '../chars.ts';
import { isDateLine } from '../describe/date.ts';
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

/** `2022年6月29日 星期三`, `浙江日报 2023年10月9日 星期一 第3版`: a date with a weekday or a paper's name */
const MASTHEAD =
  /^(?:(?<paper>\p{Script=Han}{2,10}?(?:日报|晚报|晨报|商报|时报|报))\s*)?(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?<weekday>(?:星期|周)[一二三四五六日天])?\s*(?:第\s*\w{1,3}\s*版)?$/u;
/** the source line under a story reprinted online: `《 吉林日报 》（ 2024年04月13日   第 02 版）` */
const PRINT_SOURCE =
  /^《\s*(?<paper>[^《》\s]{2,12})\s*》\s*[（(]\s*(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第\s*\d{1,3}\s*版)?\s*[）)]$/u;
const EMAIL_LINE = /^(E-?mail|邮箱|电子邮箱)\s*[:：]\s*[\w.+-]+@[\w-]+(\.[\w-]+)+$/iu;
const PAGE_NUMBER =
  /^(\d{1,3}|第\s*\d+\s*版(\s*[:：]?\s*\p{Script=Han}{2,6})?|\d{4}\s*[·.]\s*\d{1,2}|\d{4}\s*年\s*第\s*\d{1,2}\s*期(\s*[（(]?\s*总第\s*\d+\s*期\s*[）)]?)?)$/u;
/**
 * The information line a news site prints over an article: `日期:2025-12-25 20:36 来源:两会报道组`,
 * `责编:王云贵 审核:陈鑫`. Only field names a site uses, never `记者：` (an interviewer's question).
 */
const WEB_META = /^[（(]?(?:发布)?(?:日期|时间)|^[（(]?(?:来源|责任编辑|责编|编辑|审核|编审|校对|签发)\s*[:：]/u;
const WEB_META_DATE = /(?:日期|时间)\s*[:：]\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2})/u;
const WEB_META_SOURCE = /来源\s*[:：]\s*([^\s:：]{2,20})/u;
/** an account's line over a post: `原创 临朐融媒 2023-05-06 18:30 发表于山东` */
const POST_META =
  /^(?:原创\s+)?(?<source>[^\s\d:：]{2,20})\s+(?<date>\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?:\s+发表于\p{Script=Han}{2,4})?$/u;
const CREDIT_LINE =
  /^((本版)?(图片|照片|稿件)均?由.{2,40}(提供|采写|摄)|本稿件图片为本报资料片|.{0,20}记者\s*\S{2,4}(\s+\S{2,4})*\s*摄)$/u;
/** a line letter-spaced the way section labels are printed: `高 层 动 态` */
const LETTER_SPACED = /^\p{Script=Han}( \p{Script=Han}){2,}$/u;
/** `1...2021 年麦积区民政工作综述\t4`, `19.构筑“强磁场” .....\t130` */
const TOC_LINE = /^\d+\s*[.、…]+\s*(.+?)\s*(?:\t\s*\d+|[.…]{3,}\s*\d*)\s*$/u;
/** a printed date is metadata, even when several articles share it */
const DATE = /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?$/u;

export function removeFurniture() {
  return (tree: ClippingTree, file: VFile) => {
    const runningHeaders = findRunningHeaders(tree);
    const { pageMeta, tocTitles } = fileData(file);
    const contents = tableOfContents(tree.children);
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
      const starts: number[] = [];
      lines.reduce((offset, line) => (starts.push(offset), offset + line.length + 1), 0);
      const edits: Edit[] = [];
      for (let i = 0; i < lines.length; i++) {
        // a date standing alone at the top of the clipping dates the page, as a masthead does
        const topDate = block === tree.children[0] && i === 0 && isDateLine(lines[i]!.trim());
        const single = topDate ? 'masthead' : furnitureKind(lines[i]!, runningHeaders);
        // a credit can wrap onto a second line of a narrow column
        const span = !single && i + 1 < lines.length && CREDIT_LINE.test(compact(lines[i]! + lines[i + 1]!)) ? 2 : 1;
        const kind = span === 2 ? 'credit' : single;
        if (!kind) continue;
        const text = lines.slice(i, i + span).join('');
        const at = lineAt(block, starts[i]!);
        const key = KEPT_AS_META[kind];
        if (kind === 'masthead') pageMeta.push(...mastheadMeta(text, at));
        else if (kind === 'web-metadata') pageMeta.push(...webMeta(text, at));
        else if (key) pageMeta.push({ key, value: kind === 'caption' ? undouble(text) : text.trim(), line: at });
        // take the lines with one neighbouring line break, so the block's lines stay joined by \n
        const start = starts[i]!;
        const end = Math.min(block.value.length, starts[i + span - 1]! + lines[i + span - 1]!.length + 1);
        edits.push({
          start: end === block.value.length && start > 0 ? start - 1 : start,
          end,
          after: '',
          kind: `furniture:${kind}`,
        });
        i += span - 1;
      }
      applyEdits(block, edits, 'furniture', file);
    }
    tree.children = tree.children.filter((b) => b.value.trim() !== '');
  };
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

type FurnitureKind = 'masthead' | 'web-metadata' | 'email' | 'page-number' | 'credit' | 'running-header' | 'caption';
/** furniture that says something about the page, and the metadata it is kept as */
const KEPT_AS_META: Partial<Record<FurnitureKind, 'email' | 'credit' | 'caption'>> = {
  email: 'email',
  credit: 'credit',
  caption: 'caption',
};

function isMasthead(text: string): boolean {
  const m = MASTHEAD.exec(text);
  return Boolean(m && (m.groups!.paper || m.groups!.weekday)) || PRINT_SOURCE.test(text);
}

function isWebMetadata(text: string): boolean {
  if (POST_META.test(text)) return true;
  return (
    WEB_META.test(text) &&
    /[:：]/u.test(text) &&
    !/[。，！？]/u.test(text) &&
    text.length <= 120 &&
    (!/^[（(]?(?:发布)?(?:日期|时间)/u.test(text) || WEB_META_DATE.test(text))
  );
}

/** A site's information line dates the page and names where the article came from. */
function webMeta(text: string, line: number): ClippingFileData['pageMeta'] {
  const post = POST_META.exec(text)?.groups;
  const date = post?.date ?? WEB_META_DATE.exec(text)?.[1];
  const source = post?.source ?? WEB_META_SOURCE.exec(text)?.[1];
  return [
    ...(date ? [{ key: 'date' as const, value: date, line }] : []),
    ...(source ? [{ key: 'source' as const, value: source, line }] : []),
  ];
}

/** A masthead dates the page and may name the paper. */
function mastheadMeta(text: string, line: number): ClippingFileData['pageMeta'] {
  const m = (MASTHEAD.exec(text.trim()) ?? PRINT_SOURCE.exec(text.trim()))?.groups ?? { date: text.trim() };
  return [
    { key: 'date', value: m.date!, line },
    ...(m.paper ? [{ key: 'source' as const, value: m.paper, line }] : []),
  ];
}

/** a caption printed twice over, as some layouts render photo captions: `XX。。` */
const DOUBLED = /^(\p{Script=Han}.{3,}?)\1([。！？]?)\2$/u;
const undouble = (text: string) => text.trim().replace(DOUBLED, '$1$2');

function furnitureKind(line: string, runningHeaders: Set<string>): FurnitureKind | null {
  const text = line.trim();
  if (isMasthead(text)) return 'masthead';
  if (isWebMetadata(text)) return 'web-metadata';
  if (EMAIL_LINE.test(text)) return 'email';
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (CREDIT_LINE.test(text)) return 'credit';
  if (runningHeaders.has(compact(text))) return 'running-header';
  if (DOUBLED.test(text)) return 'caption';
  return null;
}

/**
 * Running headers are short label lines that the page repeats: printed three times or more, or
 * twice when letter-spaced like a section label. Enumerated sub-heads (一、…) repeat across
 * articles legitimately and are never taken.
 */
function findRunningHeaders(tree: ClippingTree): Set<string> {
  const counts = new Map<string, { n: number; spaced: boolean }>();
  for (const block of tree.children) {
    if (block.type !== 'paragraph') continue;
    for (const line of block.value.split('\n')) {
      const key = compact(line);
      if (
        key.length < 2 ||
        key.length > 12 ||
        endsSentence(key) ||
        ENUMERATED.test(key) ||
        /[，,。]/u.test(key) ||
        DATE.test(key)
      )
        continue;
      const entry = counts.get(key) ?? { n: 0, spaced: false };
      entry.n++;
      entry.spaced ||= LETTER_SPACED.test(line.trim());
      counts.set(key, entry);
    }
  }
  return new Set([...counts].filter(([, e]) => e.n >= 3 || (e.n >= 2 && e.spaced)).map(([k]) => k));
}
