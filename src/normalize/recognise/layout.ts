// Recogniser: the page's layout, measured once per file (in the parse step) and handed to
// every stage on file.data.layout. How a page was set decides how its lines read: in a page
// wrapped at a column a line that stops at the edge goes on, and a line wider than the column
// was never wrapped (a headline set across columns); in text copied from a web page a line is
// where the writer ended it.
import { displayLength, endsSentence, WIDEST_COLUMN } from '../chars.ts';
import type { VFile } from 'vfile';
import { fileData, type Block, type ClippingTree } from '../tree.ts';

export interface PageLayout {
  /** the width (in characters) the text is wrapped at, or 0 when it is not wrapped */
  column: number;
  /** what a blank line separates: paragraphs (most text), or single lines (some extractors) */
  blankLinesBetween: 'paragraphs' | 'lines';
  /** paragraphs open on an indented line (an ideographic space), so lines without a blank between them are wrapped text */
  indented: boolean;
}

/** wrapped blocks needed before their lines' median is trusted as the column */
const MIN_WRAPPED_LINES = 5;
/**
 * One-line blocks needed to call a page "a blank line after every line" (an extractor that
 * double-spaces a wrapped column), and the share of them within SAME_WIDTH of their median.
 */
const MIN_SPACED_LINES = 8;
const SPACED_SHARE = 0.6;
const SAME_WIDTH = 0.15;
/**
 * Share of the column-wide one-line blocks that must stop mid-sentence for a page to read as a
 * double-spaced column: the column cuts its lines anywhere, so few of them end on a sentence's
 * mark; paragraphs of about one length (a repaired page: `…惠及市场主体1.3万户。` over
 * `…指导农户做好秋收准备。`) all end a sentence, and a second pass must not read them as lines.
 */
const CUT_SHARE = 0.5;

/**
 * The repair stage that measures the layout: after furniture is gone (a table of contents or a
 * running header would skew the column), before any line is joined.
 */
export function measurePageLayout() {
  return (tree: ClippingTree, file: VFile) => {
    pageLayout(tree, file);
  };
}

/** The page's layout: as measured once for this file, or measured now from its blocks. */
export function pageLayout(tree: ClippingTree, file: VFile): PageLayout {
  const data = fileData(file);
  if (!data.layout) {
    const indented = String(file)
      .split('\n')
      .filter((l) => /^[\s\u3000]+\S/u.test(l)).length;
    data.layout = measureLayout(tree.children, indented);
  }
  return data.layout;
}

/** Measures the layout from the text blocks (before any line is joined). */
function measureLayout(blocks: Block[], indentedLines: number): PageLayout {
  const inner: number[] = [];
  const single: string[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const lines = b.value.split('\n');
    if (lines.length > 1) inner.push(...lines.slice(0, -1).map(displayLength));
    else single.push(b.value);
  }
  let column = 0;
  let blankLinesBetween: PageLayout['blankLinesBetween'] = 'paragraphs';
  if (inner.length >= MIN_WRAPPED_LINES) column = median(inner);
  else if (single.length >= MIN_SPACED_LINES) {
    const m = median(single.map(displayLength));
    const columnWide = single.filter((l) => Math.abs(displayLength(l) - m) <= m * SAME_WIDTH);
    const cut = columnWide.filter((l) => !endsSentence(l)).length;
    if (columnWide.length >= single.length * SPACED_SHARE && cut >= columnWide.length * CUT_SHARE) {
      column = m;
      blankLinesBetween = 'lines';
    }
  }
  return { column: column <= WIDEST_COLUMN ? column : 0, blankLinesBetween, indented: indentedLines >= 2 };
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}
