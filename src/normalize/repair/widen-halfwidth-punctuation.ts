// Repair: ASCII punctuation typed into Chinese text (`同江市,村村`, `本报讯(孙爽 记者刘大泳)`).
// A mark is widened only when Chinese text touches it; e-mail addresses, URLs, decimals,
// thousands separators and Latin text keep their ASCII marks.
import type { VFile } from 'vfile';
import { isCjk } from '../chars.ts';
import { applyEdits, type Block, type ClippingTree, type Edit } from '../tree.ts';

const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
/** spans whose ASCII marks are right as they are */
const PROTECTED =
  /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:E-?mail|Tel|Fax|QQ)\s*:|\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+/giu;

export function widenHalfwidthPunctuation() {
  return (tree: ClippingTree, file: VFile) => {
    for (const block of tree.children) {
      // a widened mark is Chinese context for its neighbour (`:,林` → `：，林`), so repeat
      while (widenOnce(block, file));
    }
  };
}

function widenOnce(block: Block, file: VFile): boolean {
  const text = block.value;
  if (!/[,;:!?()]/.test(text)) return false;
  const protectedAt = new Set<number>();
  for (const m of text.matchAll(PROTECTED)) for (let k = m.index; k < m.index + m[0].length; k++) protectedAt.add(k);
  const edits: Edit[] = [];
  const parens = matchParens(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!(ch in WIDE) || protectedAt.has(i)) continue;
    let chinese: boolean;
    if (ch === '(' || ch === ')') {
      const pair = parens.get(i);
      // a pair is widened together when its contents or its outside touch Chinese
      chinese = pair !== undefined && touchesChinese(text, Math.min(i, pair), Math.max(i, pair));
    } else chinese = isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, 1));
    if (chinese) edits.push({ start: i, end: i + 1, after: WIDE[ch]! });
  }
  applyEdits(block, edits, 'halfwidth', file, 2);
  return edits.length > 0;
}

function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while (text[j] === ' ' || text[j] === '\n') j += step;
  return text[j];
}

function matchParens(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') stack.push(i);
    else if (text[i] === ')' && stack.length) {
      const open = stack.pop()!;
      pairs.set(open, i).set(i, open);
    }
  }
  return pairs;
}

function touchesChinese(text: string, open: number, close: number): boolean {
  return (
    /\p{Script=Han}/u.test(text.slice(open + 1, close)) ||
    isCjk(neighbour(text, open, -1)) ||
    isCjk(neighbour(text, close, 1))
  );
}
