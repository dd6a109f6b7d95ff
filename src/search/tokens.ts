// The search tokens, shared by the indexer (Node) and the search page (browser).
//
// Pagefind stays the engine, but it cannot agree with itself on Chinese words: jieba splits
// text when indexing, Intl.Segmenter splits the query in the browser. So instead of words we
// index every pair of adjacent characters (a bigram) of each text block, written as an ASCII
// token so that neither side segments, stems or folds it. A query of n characters becomes its
// n-1 bigrams; Pagefind returns each bigram's positions per page, and a page contains the query
// exactly when the bigrams stand at consecutive positions. One-character queries match as a
// token prefix (the last character of a block is indexed alone so it is found too).

import { COMMON_CHARS } from './common-chars.ts';

// Each character is written as a prefix-free code over [0-9a-z] (Pagefind keeps those as they
// are): the 1,224 commonest characters in two digits (first digit 0–x), the next 1,296 as `y`
// and two digits, every other code point as `z` and three. Common text costs about two bytes
// a character instead of three, which shrinks both the index and the text a result loads.
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const TWO = 34 * 36;
const rank = new Map([...COMMON_CHARS].map((ch, i) => [ch, i]));

const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0');

export function encodeChar(ch: string): string {
  const r = rank.get(ch);
  if (r !== undefined) return r < TWO ? base36(r, 2) : `y${base36(r - TWO, 2)}`;
  return `z${base36(packCodePoint(ch.codePointAt(0)!), 3)}`;
}

/** Code point → a number below 36³: full-width forms (FF01–FF5E) move into the unused Yi
 * range so `，` and `,` stay apart; the rare rest beyond share the last value. */
function packCodePoint(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) return 0xa000 + (cp - 0xff00);
  return cp < 46655 ? cp : 46655;
}

function unpackCodePoint(n: number): string {
  if (n > 0xa000 && n <= 0xa05e) return String.fromCodePoint(0xff00 + (n - 0xa000));
  return n === 46655 ? '□' : String.fromCodePoint(n);
}

/** Reads the first code of a token: the character and how many digits it took. */
function decodeFirst(token: string): { ch: string; length: number } {
  const lead = token[0]!;
  if (lead === 'z') return { ch: unpackCodePoint(parseInt(token.slice(1, 4), 36)), length: 4 };
  if (lead === 'y') return { ch: COMMON_CHARS_LIST[TWO + parseInt(token.slice(1, 3), 36)] ?? '□', length: 3 };
  return { ch: COMMON_CHARS_LIST[DIGITS.indexOf(lead) * 36 + DIGITS.indexOf(token[1]!)] ?? '□', length: 2 };
}

const COMMON_CHARS_LIST = [...COMMON_CHARS];

/** What search compares: no white space, Latin letters in lower case (Ctrl+F ignores case). */
export function searchForm(text: string): string[] {
  return [...text.replace(/\s+/gu, '').replace(/[A-Z]/g, (c) => c.toLowerCase())];
}

/** One block of text → its tokens: a bigram per character, the block's last character alone. */
export function blockTokens(text: string): string[] {
  const chars = searchForm(text).map(encodeChar);
  return chars.map((c, i) => (i + 1 < chars.length ? c + chars[i + 1] : c));
}

/** The page's token stream: blocks one after another. No bigram spans two blocks. */
export function pageTokens(blocks: string[]): string {
  return blocks.map((b) => blockTokens(b).join(' ')).filter(Boolean).join(' ');
}

/** The bigram tokens a query needs, in order (one token, a prefix, for a one-character query). */
export function queryTokens(query: string): string[] {
  const chars = searchForm(query).map(encodeChar);
  if (chars.length <= 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Back from tokens to text (for excerpts): each token's first character; a lone one ends a block. */
export function decodeTokens(tokens: string[]): Array<{ ch: string; blockEnd: boolean }> {
  return tokens.map((t) => {
    const { ch, length } = decodeFirst(t);
    return { ch, blockEnd: t.length === length };
  });
}
