// Repair: hard line wraps. Text extracted from newspaper columns breaks every line at the
// column edge, and some extractors also put a blank line between lines or cut a paragraph at
// a page break. Lines inside a block are one paragraph (a section head printed on its first
// line is set apart first); blocks are joined when the first stops mid-sentence at the column
// edge (or, in unwrapped text, mid-sentence after a long run of prose) and the next continues it.
import type { VFile } from 'vfile';
import {
  displayLength,
  endsSentence,
  ENUMERATED,
  isAsciiWord,
  isHan,
  isAuthor,
  isLocalityLabel,
  opensOnNounPhrase,
  WIDEST_COLUMN,
} from '../chars.ts';
import { isDateLine } from '../describe/date.ts';
import { isNewsLead } from '../news-lead.ts';
import {
  COLUMN_EDGE,
  FINISHES_SENTENCE,
  FIRST_LINE_MAX,
  hasHeadlineShape,
  headlineEvidence,
  isSpeakerHeadline,
  LONE_HEAD_MAX,
  PINYIN_GLOSS,
  readsAsHead,
  SAME_COLUMN_SLACK,
  SHORT_OF_COLUMN,
  type HeadlineContext,
  type Verdict,
} from '../recognise/headline.ts';
import { pageLayout, type PageLayout } from '../recognise/layout.ts';
import { splitsAWord } from '../recognise/straddle.ts';
import {
  applyEdits,
  blockLine,
  fileData,
  joinBlocks,
  splitBlockAt,
  type Block,
  type ClippingTree,
  type Edit,
} from '../tree.ts';

export function joinWrappedLines() {
  return (tree: ClippingTree, file: VFile) => {
    const layout = pageLayout(tree, file); // measured before the lines are joined
    const width = layout.column;
    if (width > 0)
      tree.children = tree.children.flatMap((block, i) => splitOffSectionHead(block, tree.children[i + 1], width));
    for (const block of tree.children) joinLinesInBlock(block, file);
    // repeat until nothing joins: a block can become long prose only after its own tail joined
    for (let before = Infinity; tree.children.length < before;) {
      before = tree.children.length;
      tree.children = joinAcrossBlanks(tree.children, layout, file);
    }
  };
}

function joinAcrossBlanks(blocks: Block[], layout: PageLayout, file: VFile): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    const prev = out[out.length - 1];
    const before = out[out.length - 2];
    const verdict = prev ? headlineVerdict(prev, block, before, layout).verdict : 'not asked';
    const closes = prev?.type === 'paragraph' && block.type === 'paragraph' && CLOSING_ONLY.test(block.value);
    // a headline over the next report, printed after a report cut off mid-sentence
    const ahead = prev ? headlineVerdict(block, blocks[i + 1], prev, layout) : NOT_ASKED;
    const keptApart = ahead.verdict === 'unsure' && leavesParagraphOpen(prev!, block, blocks[i + 1]!, layout);
    if (keptApart)
      fileData(file).unsure.push({
        line: blockLine(block),
        decision: `read "${block.value}" as a headline; the paragraph before it stops mid-sentence`,
      });
    const heads = ahead.verdict === 'headline' || keptApart;
    // the splitter reads the verdict: a headline longer than its shape allows heads a report here
    if (heads || verdict === 'headline') (heads ? block : prev!).data.headsReport = true;
    markPlainText(block, blocks[i + 1], ahead.score);
    const goesOn =
      prev !== undefined && verdict !== 'headline' && !heads && continuesAcrossBlank(prev, block, layout, before);
    if (prev && (closes || goesOn)) {
      if (verdict === 'unsure' && !closes)
        fileData(file).unsure.push({
          line: blockLine(prev),
          decision: `joined "${prev.value}" to the paragraph after it; it may be a headline`,
        });
      else if (ahead.verdict === 'unsure' && !closes)
        fileData(file).unsure.push({
          line: blockLine(block),
          decision: `joined "${block.value}" to the paragraph before it; it may head a report`,
        });
      const maxLineWidth = Math.max(widthOf(prev), widthOf(block));
      const lastLineWidth = block.data.lastLineWidth ?? displayLength(block.value);
      const lastLineText = block.data.lastLineText ?? block.value;
      joinBlocks(prev, block, separatorBetween(prev.value, block.value), 'reflow', file);
      Object.assign(prev.data, { maxLineWidth, lastLineWidth, lastLineText });
    } else out.push(block);
  });
  return out;
}

/**
 * An unsure one-line block (`甘肃“苦甲之地”因水新生脱贫在望`) after a paragraph that stops
 * mid-sentence (a report cut off in its source: `…到有点水的山脚下`) is the next report's
 * headline when it cannot be that paragraph's last line: where blank lines part paragraphs, the
 * wrapped block after it opens a paragraph of its own (its first line finishes no sentence begun
 * before), so the line would close the paragraph, and it ends no sentence. (A paragraph cut
 * off in its source whose short last line a running header set apart reads as a headline too:
 * the rarer case, as a headline under a running header is common.)
 */
function leavesParagraphOpen(prev: Block, line: Block, next: Block, layout: PageLayout): boolean {
  // a section head set apart runs on into the text under it (002: `细处着手，找准发力点` over `说干就干，…`)
  if (prev.data.setApart) return false;
  // in unwrapped text every block is a paragraph: the next one opens anew as a wrapped block does
  // (and a second pass, reading joined text, must keep apart what the first kept apart)
  if (layout.blankLinesBetween !== 'paragraphs' || (layout.column > 0 && next.data.firstLineText === undefined))
    return false;
  // a word across the seam goes on (002: `…我认为只` | `要心里始终揣着群众，…`)
  const opensAnew =
    !FINISHES_SENTENCE.test(next.value) && !REST_OF_CLAUSE.test(next.value) && !splitsAWord(line.value, next.value);
  return opensAnew && !endsSentence(line.value) && !isLoneName(line.value);
}

/** text that opens on the rest of a clause begun before (`治，全面动员…`, `开。`); a sentence may open on a short phrase (`大地春来，`) */
const REST_OF_CLAUSE = /^\p{Script=Han}{1,2}[，、。；,;]/u;

/**
 * A line that is only closing marks (`。`, `”`, `）。`, spaced or not: `。 。`) was wrapped off the end of the line before
 * (`…确保各项任务按期完成` | `。` in a column just too narrow for the stop): no paragraph or
 * headline opens on one, so it always goes back to the text before, whatever that text is.
 */
const CLOSING_ONLY = /^[。，、；：！？”’）》】」』…,.;:!?)'"](?:\s*[。，、；：！？”’）》】」』…,.;:!?)'"])*$/u;

/**
 * A section head printed on the first line of its paragraph's block (`高处着眼，找准切入点` over
 * `回想起 7 月初和队员刚到村里的日`): a short line that reads as a head, over text that runs on
 * mid-sentence into the next block, which no two-line headline does (a byline follows that).
 */
function splitOffSectionHead(block: Block, next: Block | undefined, width: number): Block[] {
  if (block.type !== 'paragraph' || !next || next.type !== 'paragraph' || isLoneName(next.value)) return [block];
  const lines = block.value.split('\n');
  if (lines.length < 2) return [block];
  const [head] = lines;
  const body = lines.slice(1);
  if (!readsAsHead(head!) || displayLength(head!) >= Math.max(...body.map(displayLength)) * SHORT_OF_COLUMN)
    return [block];
  const last = body[body.length - 1]!;
  // the block's last line reaches the column edge mid-sentence, or a word or clause goes on
  const runsOn =
    !endsSentence(last) &&
    (displayLength(last) >= width * COLUMN_EDGE ||
      /^\p{Script=Han}\s*[，、,]/u.test(next.value) ||
      splitsAWord(last, next.value));
  if (!runsOn) return [block];
  const rest = splitBlockAt(block, head!.length);
  block.data.setApart = true;
  return [block, rest];
}

/** Lines inside one block: join them, with a space only between two Latin words or a word and a number. */
function joinLinesInBlock(block: Block, file: VFile): void {
  if (!block.value.includes('\n')) return;
  const lines = block.value.split('\n');
  // remember the width each line had, before joining, for the cross-block decision
  const widths = lines.map(displayLength);
  block.data.lastLineWidth = widths[widths.length - 1]!;
  block.data.lastLineText = lines[lines.length - 1]!;
  block.data.firstLineWidth = widths[0]!;
  block.data.firstLineText = lines[0]!;
  block.data.maxLineWidth = Math.max(...widths);
  const edits: Edit[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i]!.length;
    edits.push({ start: offset, end: offset + 1, after: separatorBetween(lines[i]!, lines[i + 1]!) });
    offset += 1;
  }
  applyEdits(block, edits, 'reflow', file, 2);
}

export function separatorBetween(left: string, right: string): string {
  // a number the column cut (`带动周边2` | `00余户`) is one number again
  if (/\d$/.test(left) && /^\d/.test(right)) return '';
  return isAsciiWord(left.at(-1)) && isAsciiWord(right[0]) && !/-$/.test(left) ? ' ' : '';
}

/** a line that is only a name, a body or a place: a byline or a label, never a sentence's tail */
const isLoneName = (text: string) => !text.includes('\n') && (isAuthor(text) || isLocalityLabel(text));

/**
 * A paragraph's first line, set apart as if it were a headline (some layouts print a bold lead
 * or an indented first line on its own): one short line with no mark, continued by a line
 * that cannot stand alone. It continues when the two read as one lead sentence
 * (`开展2022年领导干部报告个人有关|事项工作专题培训。`), when it ends on a word that needs
 * more (`…是党的|基层组织建设`) or the next starts on one (`…全部工作|的基础`) or on the rest of
 * a noun phrase (`…的决定性|因素，`), or when it
 * comes straight after a numbered sub-head, which text follows, not a headline. Only in
 * column-wrapped text: elsewhere a line is where the writer ended it.
 */
function isFirstLine(prev: Block, next: Block, before: Block | undefined): boolean {
  if (prev.value.includes('\n') || prev.data.lastLineWidth || isLoneName(next.value)) return false;
  // spaces between headline phrases say headline; a space inside quotes is the text's own
  const spaces = prev.value.replace(/“[^”]*”/gu, '').replace(/\s*[A-Za-z\d.%]+\s*/gu, '');
  if (
    !new RegExp(`^[^，。、；：！？,;:!?]{6,${FIRST_LINE_MAX}}$`, 'u').test(prev.value) ||
    prev.value.includes('——') ||
    /\s/u.test(spaces) ||
    (prev.value.match(/\p{Script=Han}/gu) ?? []).length < 4
  )
    return false;
  if (/^[^，。、；：！？,;:!?]{2,30}[。！？]/u.test(next.value)) return true;
  if (!/[，。、,]/u.test(next.value) || /[。！？；]$/u.test(prev.value)) return false;
  if (/[的和与及是对把将从向]$/u.test(prev.value) || /^[的和与及等]/u.test(next.value) || opensOnNounPhrase(next.value))
    return true;
  return (
    before !== undefined &&
    ENUMERATED.test(before.value) &&
    !/[。！？；]$/u.test(before.value) &&
    displayLength(before.value) <= WIDEST_COLUMN
  );
}

function widthOf(block: Block): number {
  return block.data.maxLineWidth ?? displayLength(block.value);
}

/** a long run of prose (PROSE_MIN characters with a clause mark): a paragraph, never a headline */
const PROSE_MIN = 40;
const prose = (t: string) => displayLength(t) >= PROSE_MIN && /[，。、,]/u.test(t);

/**
 * `before` is the block before `prev`, already decided. Pronunciation glosses are read past: a
 * line ending on one (`…產（chǎn）業（yè）` | `更旺、…`) stops where its last character does.
 */
function continuesAcrossBlank(prev: Block, next: Block, layout: PageLayout, before: Block | undefined): boolean {
  return continuesText(withoutGlosses(prev), withoutGlosses(next), layout, before);
}

const withoutGlosses = (b: Block): Block =>
  b.value.search(PINYIN_GLOSS) >= 0
    ? { ...b, value: b.value.replace(PINYIN_GLOSS, ''), data: { ...b.data, printedWidth: displayLength(b.value) } }
    : b;

function continuesText(prev: Block, next: Block, layout: PageLayout, before: Block | undefined): boolean {
  const width = layout.column;
  if (prev.type !== 'paragraph' || next.type !== 'paragraph' || prev.data.setApart) return false;
  if (/^[□■●◆]|^[（(]作者/u.test(next.value) || isNewsLead(next.value)) return false;
  if (width > 0 && isFirstLine(prev, next, before)) return true;
  // no paragraph ends on a comma or an opening bracket or quote: the sentence goes on (a column
  // extracted with a blank line after each line: `…深入村庄（社区），` | `制定村庄…`, `…新的高度。（` | `邱向明）`)
  if (/[，、,（(“《]$/u.test(prev.value) && !isDateLine(next.value) && !ENUMERATED.test(next.value)) return true;
  // a quotation left open that the next block closes (001: `…以“开年就开` | `跑”的状态，…`)
  if (closesOpenQuote(prev.value, next.value)) return true;
  if (endsSentence(prev.value) || (!isHan(prev.value.at(-1)) && !/[A-Za-z\d%，、,]$/u.test(prev.value))) return false;
  // an author's name set letter-spaced under a headline (`孙 岩`) is a line of its own
  if (/^\p{Script=Han} \p{Script=Han}$/u.test(next.value)) return false;
  // a line that starts with one character and a mark (`开。`, `日，`) finishes the line before
  // (but `一、背景起因` is a numbered sub-head)
  if (
    /^\p{Script=Han}\s*[。，、；：！？,;:!?]/u.test(next.value) &&
    /[\p{Script=Han}\d]$/u.test(prev.value) &&
    !ENUMERATED.test(next.value)
  )
    return true;
  const lastLine = prev.data.lastLineWidth ?? displayLength(prev.value);
  const nextFirst = next.data.firstLineWidth ?? displayLength(next.value);
  // a speaker's words as a headline (`陈希：着力推动…`, one unpunctuated statement) stand
  // alone above text that fills the column; only a short tail finishes it (`…历史经|验`)
  if (width > 0 && isSpeakerHeadline(prev.value) && !/[，,]/u.test(prev.value) && nextFirst >= width * 0.5)
    return false;
  // a continuation's first line fills the column it continues unless it ends a paragraph
  // there: a block whose short first line is followed by more lines is a headline
  const firstLine = next.data.firstLineText;
  if (
    width > 0 &&
    firstLine !== undefined &&
    displayLength(firstLine) < widthOf(prev) * SHORT_OF_COLUMN &&
    !endsSentence(firstLine)
  )
    return false;
  // a word broken across the line break (`召|开`, `抓党|建`) is the surest sign of a wrap
  if (splitsAWord(prev.value, next.value)) return true;
  // a lone name or place (`孙景钟`, `王 莉`, `吉林市`) is a byline or a label, unless it ends a
  // numbered sub-head (`一、抓根本利长远，推动乡村振兴发展|取得新飞跃`)
  if (isLoneName(next.value) && !ENUMERATED.test(prev.value)) return false;
  // a short line with no punctuation standing alone is a headline, not a wrapped line
  const headlineLike = !prev.data.lastLineWidth && !/[，。、；：,;:]/u.test(prev.value) && lastLine <= LONE_HEAD_MAX;
  if (headlineLike) return false;
  // where blank lines part paragraphs, a block of one line has no column of its own: it is
  // measured against the page's (where they part lines, one page can mix widths: seed 002)
  const ownColumn = prev.data.maxLineWidth !== undefined || layout.blankLinesBetween === 'lines' || width === 0;
  // a line is as wide as printed, glosses and all (`美姑縣拉馬阿覺（jué）鄉（xiāng）…` fills its column)
  const printed = prev.data.lastLineWidth ?? prev.data.printedWidth ?? lastLine;
  const column = Math.max(ownColumn ? Math.max(widthOf(prev), printed) : width, nextFirst);
  // a paragraph opening on a label (`权威解读：…`, `编者按：…`) follows a line that stopped short
  if (/^\p{Script=Han}{2,6}：/u.test(next.value) && lastLine < column * COLUMN_EDGE) return false;
  // a long run of prose cut mid-sentence, continued by more prose (any layout)
  if (prose(prev.value) && (prose(next.value) || /^\p{Script=Han}{1,4}[，、。,]/u.test(next.value))) return true;
  // a line ending on 的 needs its noun (`…全市各级党组织和广大党员干部的` | `《倡议书》，…`)
  if (/\p{Script=Han}的$/u.test(prev.value) && !hasHeadlineShape(next.value) && !isLoneName(next.value)) return true;
  // …or by a sentence's end that is no headline (004: `…实实在在感受到了` | `政府为企业服务的决心和担当。”…`)
  if (
    prose(prev.value) &&
    !hasHeadlineShape(prev.value) &&
    /[。！？；]/u.test(next.value) &&
    !hasHeadlineShape(next.value)
  )
    return true;
  if (width === 0) return false;
  // wrapped layout: the previous block's last line reached the column edge, which is judged
  // locally because one page can mix column widths
  // a line with a mark inside (a comma, or a sentence's end: 002's `一是组织植入是前提。 城市社区治理`
  // | `与农村不同，…`) that stops mid-sentence is wrapped text even when a little short (digits,
  // marks and spaces set narrower); a line without one may be a headline
  const lastLineText = prev.data.lastLineText ?? prev.value;
  const edge = column * (/[，、；：,;:。！？]/u.test(lastLineText) ? WRAPPED_WITH_COMMA : COLUMN_EDGE);
  // …and no wrapped line is wider than its column (a headline set across columns is)
  return printed >= edge && printed >= width * 0.5 && lastLine >= 8 && printed <= column * (1 + SAME_COLUMN_SLACK);
}

/** `prev` ends inside a quotation (an opening `“` with no closing one after it) that `next` closes before opening another */
function closesOpenQuote(prev: string, next: string): boolean {
  const open = prev.lastIndexOf('“');
  if (open < 0 || prev.indexOf('”', open) >= 0) return false;
  const close = next.indexOf('”');
  return close > 0 && close <= QUOTE_REST_MAX && !next.slice(0, close).includes('“');
}

/** the rest of a quotation left open at a line's end is a few words (`跑”`, `百县千镇万村”`) */
const QUOTE_REST_MAX = 20;

/**
 * A line with a mark inside that stops mid-sentence is wrapped text even when well short of
 * the edge (digits and marks are set narrower: 002's `…2021年，全市` lines); one without may be a headline.
 */
const WRAPPED_WITH_COMMA = 0.6;

/**
 * A one-line block that the evidence says is a headline over what follows stays apart, however
 * close to the column edge it reaches (three reports in a wrapped page became one when their
 * headlines, 17 characters in an 18-character column, were read as wrapped lines). Where the
 * evidence is weak and the line would be joined, it is kept apart (nothing is merged that may
 * be two reports) and the decision is recorded as unsure.
 */
function headlineVerdict(
  prev: Block,
  next: Block | undefined,
  before: Block | undefined,
  layout: PageLayout,
): { verdict: Verdict | 'not asked'; score: number } {
  // only a one-line block between two paragraphs is in question
  if (!next || prev.type !== 'paragraph' || next.type !== 'paragraph') return NOT_ASKED;
  if (prev.value.includes('\n') || prev.data.lastLineWidth !== undefined) return NOT_ASKED;
  const ctx = { before: before?.value, after: next.value, afterWrapped: next.data.firstLineText !== undefined, layout };
  // each block is weighed as the line ahead, then again as the line before the next block, and
  // every pass weighs it again until nothing joins: the same question while nothing around changed
  const last = weighed.get(prev);
  if (last && last.line === prev.value && sameContext(last.ctx, ctx)) return last.evidence;
  const evidence = headlineEvidence(prev.value, ctx);
  weighed.set(prev, { line: prev.value, ctx, evidence });
  return evidence;
}

/** the last headline evidence weighed for a block, and what it was weighed against */
const weighed = new WeakMap<
  Block,
  { line: string; ctx: HeadlineContext; evidence: ReturnType<typeof headlineEvidence> }
>();

/** every field of the context (the compiler insists), so a new one cannot be left out of the comparison */
const CONTEXT_FIELDS = Object.keys({
  before: true,
  after: true,
  afterWrapped: true,
  layout: true,
} satisfies Record<keyof HeadlineContext, true>) as Array<keyof HeadlineContext>;

const sameContext = (a: HeadlineContext, b: HeadlineContext): boolean => CONTEXT_FIELDS.every((f) => a[f] === b[f]);

const NOT_ASKED = { verdict: 'not asked', score: 0 } as const;

/**
 * Evidence this strong says a line over text is text, whatever its shape: it cannot head
 * (`站在“十五五”的新起点上，如何让乡村更美、产业` over `更旺、百姓更富…`), or a word straddles
 * the join, or it opens on its day like a report's first sentence.
 */
const PLAIN_TEXT = -3;

/** tells the splitter that a line the evidence reads as text is no headline (not over a headline: it may be a kicker) */
function markPlainText(block: Block, next: Block | undefined, score: number): void {
  // a speaker's words (`习近平：…，…`) head a report in clauses the evidence does not weigh
  if (score > PLAIN_TEXT || !next || block.data.headsReport !== undefined || isSpeakerHeadline(block.value)) return;
  if (!hasHeadlineShape(next.value)) block.data.headsReport = false;
}

// what the block's lines looked like before they were joined, for the decisions across blocks
declare module '../tree.ts' {
  interface BlockData {
    firstLineWidth?: number;
    firstLineText?: string;
    lastLineWidth?: number;
    lastLineText?: string;
    maxLineWidth?: number;
    /** a one-line block's width as printed, before its pronunciation glosses were read past */
    printedWidth?: number;
    /** a section head split off the paragraph it was printed over */
    setApart?: boolean;
    /**
     * a one-line block the headline evidence says heads the report after it (true), or says is
     * a line of text (false) whatever its shape; unset where the evidence was not weighed
     */
    headsReport?: boolean;
  }
}
