// The clipping tree: a unist tree whose children are the text blocks of one clipping file.
// remark-parse produces it (see parse.ts); every repair stage is a unified transformer over it.
// Blocks keep their text as one string plus a map from text offsets to source lines, so a
// change anywhere can be recorded as a correction that names the line it came from.
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Correction, CorrectionKind } from '../schema.ts';
import { keptStringTouched, type KeptBack } from './keep.ts';
import type { PageLayout } from './recognise/layout.ts';

export interface Block extends Node {
  type: 'paragraph' | 'heading';
  /** heading level: 1–6 for `#` headings, 7 for a paragraph that is only `**bold**` */
  depth?: number;
  value: string;
  data: BlockData;
}

export interface BlockData {
  /** [offset in value, 1-based source line], sorted by offset */
  lineMap: Array<[number, number]>;
  /** blank lines in the source before the block */
  gapBefore?: number;
  /** the block was printed doubled, as photo captions are in some layouts */
  doubled?: boolean;
  /** the editor marked this line as the headline of an article (front matter `start:`) */
  markedStart?: boolean;
}

export interface ClippingTree extends Node {
  type: 'root';
  children: Block[];
}

/**
 * What stages learn about the file as a whole, kept on `file.data` (vfile's DataMap, so every
 * stage reads it typed). Each field names the stage that writes it and those that read it.
 */
export interface ClippingFileData {
  /** every change to the text. Written by every stage (through applyEdits and friends); read by index.ts */
  corrections: Correction[];
  /**
   * metadata lifted out of page furniture, with the line it was printed on. Written by
   * removeFurniture and removeCaptions; read by describe (page context, credits). Dates are ISO,
   * read by recognise/date-line.ts: `date` a masthead or page date, `published` a site's
   * publication line, `issue` a magazine issue's year.
   */
  pageMeta: Array<{
    key: 'date' | 'published' | 'issue' | 'source' | 'credit' | 'email' | 'caption';
    value: string;
    line: number;
  }>;
  /** entry titles of a table of contents printed in the file. Written by removeFurniture; read by split */
  tocTitles: string[];
  /** Written by index.ts from the front matter; read by describe */
  frontMatter?: import('../schema.ts').FrontMatter;
  /** 1-based line of the first body line (after front matter). Written by index.ts; read by parse */
  bodyStartLine: number;
  /** strings no repair may change (content/keep.txt and front matter `keep:`). Written by index.ts; read by applyEdits */
  keep: string[];
  /** corrections not made because they would have changed a kept string. Written by applyEdits; read by index.ts */
  keptBack: KeptBack[];
  /** the page's layout, measured once (recognise/layout.ts). Written by measurePageLayout; read by joinWrappedLines */
  layout?: PageLayout;
  /** decisions taken on weak evidence, for `jianbao check`. Written by any stage; read by index.ts */
  unsure: UnsureDecision[];
}

/** A decision a stage took on weak evidence: the safer reading was kept, and an editor should look. */
export interface UnsureDecision {
  line: number;
  /** what was decided, in words an editor reads (`kept "…" apart as a headline`) */
  decision: string;
}

declare module 'vfile' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DataMap extends ClippingFileData {}
}

export function fileData(file: VFile): ClippingFileData {
  const data = file.data as Partial<ClippingFileData>;
  data.corrections ??= [];
  data.pageMeta ??= [];
  data.tocTitles ??= [];
  data.bodyStartLine ??= 1;
  data.keep ??= [];
  data.keptBack ??= [];
  data.unsure ??= [];
  return data as ClippingFileData;
}

export function blockLine(block: Block): number {
  return block.data.lineMap[0]?.[1] ?? block.position?.start.line ?? 0;
}

/** The source line on which the character at `offset` was printed. */
export function lineAt(block: Block, offset: number): number {
  return lineIn(block.data.lineMap, offset);
}

function lineIn(map: Array<[number, number]>, offset: number): number {
  let line = map[0]?.[1] ?? 0;
  for (const [at, l] of map) {
    if (at > offset) break;
    line = l;
  }
  return line;
}

export interface Edit {
  start: number;
  end: number;
  after: string;
  /** overrides the stage's kind for this one edit */
  kind?: CorrectionKind;
}

/**
 * Applies non-overlapping edits to a block's text, records each as a correction and keeps the
 * line map right. This is the only way stages change text, so nothing changes unrecorded.
 * `context` characters either side are kept in the correction so that a bare line break
 * or space change still reads sensibly. An edit that would change a string the editor keeps as
 * printed (keep.ts) is not made; it is noted for `check` instead.
 */
export function applyEdits(block: Block, edits: Edit[], kind: CorrectionKind, file: VFile, context = 0): void {
  if (edits.length === 0) return;
  const { corrections, keep, keptBack } = fileData(file);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const recorded: Correction[] = [];
  let text = block.value;
  // a copy, shifted in place below: the block's own map may be shared with a copy of the block
  const map = block.data.lineMap.map(([at, l]) => [at, l] as [number, number]);
  // apply from the end so earlier offsets stay valid
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i]!;
    const before = text.slice(e.start, e.end);
    if (before === e.after) continue;
    const lo = Math.max(0, e.start - context);
    const hi = Math.min(text.length, e.end + context);
    const kept = keep.length ? keptStringTouched(text, e.start, e.end, keep) : null;
    if (kept) {
      keptBack.push({ kept, kind: e.kind ?? kind, before, after: e.after, line: lineIn(map, e.start) });
      continue;
    }
    recorded.push({
      kind: e.kind ?? kind,
      before: text.slice(lo, hi),
      after: text.slice(lo, e.start) + e.after + text.slice(e.end, hi),
      line: lineIn(map, e.start),
    });
    text = text.slice(0, e.start) + e.after + text.slice(e.end);
    shiftLineMap(map, e);
  }
  corrections.push(...recorded.reverse());
  block.value = text;
  block.data.lineMap = dedupeMap(map);
}

/**
 * The line map after one edit: starts after the edit move by its change in length, starts inside
 * it go to its start. The map is sorted, so only its tail is read (the entries after the edit).
 */
function shiftLineMap(map: Array<[number, number]>, e: Edit): void {
  const delta = e.after.length - (e.end - e.start);
  for (let k = map.length - 1; k >= 0; k--) {
    const entry = map[k]!;
    if (entry[0] >= e.end) entry[0] += delta;
    else if (entry[0] > e.start) entry[0] = e.start;
    else break;
  }
}

/** Records that a whole block left the body (furniture, duplicate, table of contents…). */
export function recordRemoval(block: Block, kind: CorrectionKind, file: VFile, line = blockLine(block)): void {
  fileData(file).corrections.push({ kind, before: block.value, after: '', line });
}

/**
 * Splits a block at the line break at `offset`: the block keeps the text before it and the
 * returned block holds the text after. No text changes, so nothing is recorded.
 */
export function splitBlockAt(block: Block, offset: number): Block {
  const rest: Block = {
    ...block,
    value: block.value.slice(offset + 1),
    data: {
      ...block.data,
      lineMap: block.data.lineMap
        .filter(([at]) => at > offset)
        .map(([at, l]) => [at - offset - 1, l] as [number, number]),
    },
  };
  if (rest.data.lineMap[0]?.[0] !== 0) rest.data.lineMap.unshift([0, lineIn(block.data.lineMap, offset + 1)]);
  // the two were printed with no blank line between them
  rest.data.gapBefore = 0;
  if (block.position) rest.position = { ...block.position, start: { line: rest.data.lineMap[0]![1], column: 1 } };
  block.value = block.value.slice(0, offset);
  block.data = { ...block.data, lineMap: block.data.lineMap.filter(([at]) => at <= offset) };
  return rest;
}

/** Joins `next` onto `block` with `separator`, recording the join as a correction. */
export function joinBlocks(block: Block, next: Block, separator: string, kind: CorrectionKind, file: VFile): void {
  const tail = block.value.slice(-2);
  const head = next.value.slice(0, 2);
  fileData(file).corrections.push({
    kind,
    before: `${tail}\n\n${head}`,
    after: `${tail}${separator}${head}`,
    line: blockLine(next),
  });
  const shift = block.value.length + separator.length;
  block.data.lineMap = dedupeMap([
    ...block.data.lineMap,
    ...next.data.lineMap.map(([at, l]) => [at + shift, l] as [number, number]),
  ]);
  block.value = block.value + separator + next.value;
}

function dedupeMap(map: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of map) {
    const last = out[out.length - 1];
    if (last && last[0] === m[0]) out[out.length - 1] = [m[0], Math.min(last[1], m[1])];
    else out.push(m);
  }
  return out;
}
