// Stage 3: text → clipping tree. remark-parse finds the blocks (blank-line paragraphs and `#`
// headings); this transformer turns its mdast into plain text blocks. Headings and `**bold**`
// lines lose their markup; every other block keeps its source text exactly, so Markdown that
// OCR text happens to resemble (a line starting `1.`, an indented line) loses nothing.
// Most clippings have no Markdown at all, or only plain `#` headings: for them a line reader
// gives remark-parse's blocks at a fraction of its cost (it was 15% of normalising), see plainBlocks.
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { displayLength, endsWithFullStop, WIDEST_COLUMN } from './chars.ts';
import { isNewsLead } from './news-lead.ts';
import { headlineStackBreaks, NARROW_COLUMN, readsAsHead, SHORT_OF_COLUMN } from './recognise/headline.ts';
import { fileData, type Block, type ClippingTree } from './tree.ts';

const markdown = unified().use(remarkParse).freeze();

/** The parser: remark-parse's mdast, read line by line when the text holds no Markdown syntax. */
export const clippingParser: Plugin<[], string, Root> = function () {
  this.parser = (document) => plainBlocks(document) ?? (markdown.parse(document) as Root);
};

/**
 * What opens a Markdown block other than a paragraph or an indented code block, at a line's
 * start (after at most three spaces): a `#` heading, a setext underline or a rule, a list item
 * (its marker followed by a space or the line's end: `1.全市` and `-5℃` are text, `1. 加强`
 * is not), a quote, a fence (three backticks or tildes: `~5年` is text), HTML, a link
 * definition; and `*`, `_` (a line in bold is a heading here). Full-width forms (`＃`, `１．`,
 * `——`) are not syntax.
 */
const MARKDOWN_BLOCK_START =
  /^(?:#{1,6}(?:[ \t]|$)|[-+](?:[ \t]|$)|[-=][-= \t]*$|\d{1,9}[.)](?:[ \t]|$)|[*_><[]|`{3}|~{3})/;
/** CommonMark's indentation of an indented code block, in columns (a tab goes to the next stop of 4) */
const CODE_INDENT = 4;
/**
 * An ATX heading whose text holds no inline syntax, plain or bold all through (`# 目录`,
 * `## **一、巩固拓展兜底保障成果，全力助推乡村振兴发展**`, as in a collection of reports):
 * remark-parse reads it as a heading of that text alone. Any other heading (a closing `#`
 * sequence, an escape, an entity, emphasis in part of it) is left to remark-parse.
 */
const PLAIN_HEADING = /^(#{1,6})[ \t]+(\*\*)?([^\s#*_`\\&<>[\]!~](?:[^#*_`\\&<>[\]!~]*[^\s#*_`\\&<>[\]!~])?)\2[ \t]*$/u;

/** `**` opening a paragraph's text (not a list item's `* `, not a rule's `***`) */
const BOLD_OPENER = /^\*\*[^*\s]/u;
/** a paragraph in bold all through, with no other inline syntax and no line break in a bold run */
const ALL_BOLD = /^\*\*([^\s*_`\\&<>[\]!~](?:[^*_`\\&<>[\]!~]*[^\s*_`\\&<>[\]!~])?)\*\*$/u;

/**
 * remark-parse's top-level blocks for text where no line opens Markdown syntax but a plain
 * heading (`PLAIN_HEADING`) or a bold run (`readBold`), else null: then every other block is
 * a paragraph or an indented code block (a line indented 4 or more
 * columns after a blank line, or after code). Blocks end at blank lines (spaces and tabs only)
 * and where code is followed by a line indented less. A paragraph's or code block's text is
 * its lines as printed, which is all clippingBlocks reads of it; blocks are given as
 * paragraphs, with their position and no children.
 */
export function plainBlocks(document: string): Root | null {
  const children: Array<Paragraph | Heading> = [];
  let open: Paragraph | null = null;
  let code = false;
  let offset = 0;
  const codeBlocks = new Set<Paragraph>();
  const lines = document.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { columns, chars } = indentation(line);
    if (chars === line.length) open = null;
    else if (
      columns < CODE_INDENT &&
      MARKDOWN_BLOCK_START.test(line.slice(chars)) &&
      !BOLD_OPENER.test(line.slice(chars))
    ) {
      const heading = plainHeading(line, chars, i + 1, offset);
      if (!heading) return null;
      children.push(heading);
      open = null;
    } else {
      const codeLine: boolean = columns >= CODE_INDENT && (open === null || code);
      if (open === null || (code && !codeLine)) {
        open = {
          type: 'paragraph',
          children: [],
          position: { start: { line: i + 1, column: 1, offset }, end: { line: i + 1, column: 1, offset } },
        };
        children.push(open);
        code = codeLine;
        if (code) codeBlocks.add(open);
      }
      open.position!.end = { line: i + 1, column: line.length + 1, offset: offset + line.length };
    }
    offset += line.length + 1;
  }
  for (const block of children)
    if (block.type === 'paragraph' && !codeBlocks.has(block) && !readBold(block, document)) return null;
  return { type: 'root', children };
}

/**
 * A paragraph that opens with `**` is, to remark-parse, one `strong` (a bold line, read as a
 * heading) when its text ends with `**` and holds no other inline syntax; one that does not end
 * so is plain text. `paragraph` becomes that `strong`, with remark-parse's position (from its
 * first character, past the indent); false when remark-parse must decide.
 */
function readBold(paragraph: Paragraph, document: string): boolean {
  const { start, end } = paragraph.position!;
  const from = start.offset! + indentation(document.slice(start.offset!, end.offset!)).chars;
  if (!BOLD_OPENER.test(document.slice(from, from + 3))) return true;
  const to = end.offset! - /[ \t]*$/.exec(document.slice(from, end.offset!))![0].length;
  const text = document.slice(from, to);
  if (!text.endsWith('**')) return true;
  const bold = ALL_BOLD.exec(text);
  if (!bold || /[ \t]\n/.test(text)) return false;
  paragraph.children = [{ type: 'strong', children: [{ type: 'text', value: bold[1]! }] }];
  paragraph.position = { start: { ...start, column: from - start.offset! + 1, offset: from }, end };
  return true;
}

/** A `PLAIN_HEADING` line as remark-parse gives it: from its `#` to the line's end (else null). */
function plainHeading(line: string, indent: number, lineNumber: number, offset: number): Heading | null {
  const m = PLAIN_HEADING.exec(line.slice(indent));
  if (!m) return null;
  const text: Text = { type: 'text', value: m[3]! };
  return {
    type: 'heading',
    depth: m[1]!.length as Heading['depth'],
    children: [m[2] ? { type: 'strong', children: [text] } : text],
    position: {
      start: { line: lineNumber, column: indent + 1, offset: offset + indent },
      end: { line: lineNumber, column: line.length + 1, offset: offset + line.length },
    },
  };
}

/** leading spaces and tabs: how many characters, and how many columns they indent */
function indentation(line: string): { columns: number; chars: number } {
  let columns = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    const c = line.charCodeAt(chars);
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars };
}

/** The parse step as a typed unified plugin: mdast in, clipping tree out. */
export const clippingBlocks: Plugin<[], Root, ClippingTree> = function () {
  return (tree, file) => {
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
      if (node.type === 'thematicBreak' || isRuleOnceJoined(source.slice(start.offset!, end.offset!))) {
        // a rule (`***`, `---`) is layout, but its characters leave the text: record them
        fileData(file).corrections.push({
          kind: 'markup',
          before: source.slice(start.offset!, end.offset!),
          after: '',
          line: start.line + lineOffset,
        });
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
};

/**
 * A paragraph of rule characters only, broken over lines (`**` | `**`): its lines, joined as
 * every wrapped paragraph's are, make a rule (`****`), so it is read as one now, or a second
 * reading of the repaired text would find a rule the first did not.
 */
const isRuleOnceJoined = (raw: string) =>
  // only a block opening on a rule character can be one: the rest are not read twice
  /^\s*[*_-]/u.test(raw) && /^([*_-])\1{2,}$/u.test(raw.replace(/\s+/gu, ''));

function headingLike(node: RootContent): { depth: number } | null {
  // a `#` with nothing after it is a stray character in OCR text, not an empty heading
  if (node.type === 'heading') return toString(node).trim() ? { depth: node.depth } : null;
  if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong')
    return { depth: 7 };
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
    // each line measured once: every test below reads the widths
    const widths = lines.map(displayLength);
    // text not wrapped at a column (typed, or copied from a web page) puts one paragraph, or a
    // headline, on each line
    const widest = Math.max(0, ...widths);
    const inner = lines.slice(0, -1);
    const stopped = inner.filter((l, i) => endsWithFullStop(l) || widths[i]! < widest * SHORT_OF_COLUMN).length;
    // a line wider than any column, or lines that mostly stop where a sentence or a headline
    // does, rather than at an edge
    const unwrapped = widest > WIDEST_COLUMN || (inner.length >= 2 && stopped * 2 > inner.length);
    const stackBreaks = unwrapped ? null : headlineStackBreaks(lines);
    let from = 0;
    lines.forEach((l, i) => {
      const next = lines[i + 1];
      if (
        next !== undefined &&
        !unwrapped &&
        !endsParagraph(l, widths[i]!, widths[i + 1]!, widest) &&
        !stackBreaks?.has(i)
      )
        return;
      blocks.push(
        block(
          'paragraph',
          lines.slice(from, i + 1).join('\n'),
          map.slice(from, i + 1).map(([offset, line]) => [offset - map[from]![0], line]),
        ),
      );
      from = i + 1;
    });
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

/**
 * In a column, a line stopping well short of the edge ends a paragraph when it ends a sentence
 * (`一年春作首，万事干为先。`), and is a headline set over its text when it reads as one
 * (`我县召开春季农业生产工作会议` over a full line); a short line in a narrow block may be
 * an indented first line or half of a two-line headline, and stays. The widths (the line's,
 * the next line's) are measured once by the caller.
 */
function endsParagraph(line: string, width: number, nextWidth: number, widest: number): boolean {
  if (width >= widest * SHORT_OF_COLUMN) return false;
  if (endsWithFullStop(line)) return true;
  return readsAsHead(line) && widest >= NARROW_COLUMN && nextWidth >= widest * SHORT_OF_COLUMN;
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
