// Stage 3: text → clipping tree. remark-parse finds the blocks (blank-line paragraphs and `#`
// headings); this transformer turns its mdast into plain text blocks. Headings and `**bold**`
// lines lose their markup; every other block keeps its source text exactly, so Markdown that
// OCR text happens to resemble (a line starting `1.`, an indented line) loses nothing.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { displayLength, WIDEST_COLUMN } from './chars.ts';
import { isNewsLead } from './news-lead.ts';
import { fileData, type Block, type ClippingTree } from './tree.ts';

export function clippingBlocks() {
  return (tree: Root, file: VFile): ClippingTree => {
    const source = String(file);
    const lineOffset = fileData(file).bodyStartLine - 1;
    const blocks: Block[] = [];
    for (const node of tree.children) {
      const start = node.position!.start;
      const end = node.position!.end;
      const markupOnly = headingLike(node);
      if (markupOnly) {
        const value = toString(node).replace(/\s+/g, ' ').trim();
        const raw = source.slice(start.offset!, end.offset!);
        // the markup (`## `, `**`) is not text, but its removal is recorded like any change
        if (raw.replace(/\s+/g, '') !== value.replace(/\s+/g, '')) {
          fileData(file).corrections.push({ kind: 'markup', before: raw, after: value, line: start.line + lineOffset });
        }
        if (value) blocks.push(block('heading', value, [[0, start.line + lineOffset]], markupOnly.depth));
        continue;
      }
      if (node.type === 'thematicBreak') {
        // a rule (`***`, `---`) is layout, but its characters leave the text: record them
        fileData(file).corrections.push({ kind: 'markup', before: source.slice(start.offset!, end.offset!), after: '', line: start.line + lineOffset });
        continue;
      }
      blocks.push(...textBlocks(source.slice(start.offset!, end.offset!), start.line + lineOffset));
    }
    // blank lines before each block: a wide gap is where a photo stood (see removeCaptions)
    blocks.forEach((b, i) => {
      b.data.gapBefore = i === 0 ? 0 : b.position!.start.line - blocks[i - 1]!.position!.end.line - 1;
    });
    return { type: 'root', children: blocks };
  };
}

function headingLike(node: RootContent): { depth: number } | null {
  // a `#` with nothing after it is a stray character in OCR text, not an empty heading
  if (node.type === 'heading') return toString(node).trim() ? { depth: node.depth } : null;
  if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong') return { depth: 7 };
  return null;
}

/**
 * Splits raw source into blocks at blank lines, trimming each line. A line that opens a
 * paragraph in print also opens a block even without a blank line before it: an indented
 * first line, a news lead (`本报讯`, `新华社…电`), a `□` byline.
 */

export function textBlocks(raw: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let map: Array<[number, number]> = [];
  let length = 0;
  const flush = () => {
    // a line wider than any newspaper column was not wrapped: such text (typed, or copied from
    // a web page) puts one paragraph, or a headline, on each line
    if (lines.some((l) => displayLength(l) > WIDEST_COLUMN)) lines.forEach((l, i) => blocks.push(block('paragraph', l, [[0, map[i]![1]]])));
    else if (lines.length) blocks.push(block('paragraph', lines.join('\n'), map));
    lines = [];
    map = [];
    length = 0;
  };
  raw.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line) return flush();
    if (/^[\s\u3000]+\S|^\s*□/u.test(rawLine) || isNewsLead(line)) flush();
    map.push([length + (lines.length ? 1 : 0), firstLine + i]);
    length += line.length + (lines.length ? 1 : 0);
    lines.push(line);
  });
  flush();
  return blocks;
}

function block(type: Block['type'], value: string, lineMap: Array<[number, number]>, depth?: number): Block {
  const line = lineMap[0]![1];
  return {
    type,
    ...(depth === undefined ? {} : { depth }),
    value,
    data: { lineMap },
    position: { start: { line, column: 1 }, end: { line: lineMap[lineMap.length - 1]![1], column: 1 } },
  };
}
