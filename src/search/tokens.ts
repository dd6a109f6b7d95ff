// The search tokens, shared by the indexer (Node) and the search page (browser).
//
// Pagefind stays the engine, but it cannot agree with itself on Chinese words: jieba splits
// text when indexing, Intl.Segmenter splits the query in the browser. So instead of words we
// index every pair of adjacent characters (a bigram) of each text block, written as an ASCII
// token so that neither side segments, stems or folds it. A query of n characters becomes its
// n-1 bigrams; Pagefind returns each bigram's positions per page, and a page contains the query
// exactly when the bigrams stand at consecutive positions. One-character queries match as a
// token prefix (the last character of a block is indexed alone so it is found too).

/** written beside Pagefind's files: the first token of each index chunk, in order */
export const CHUNK_STARTS_FILE = 'chunk-starts.json';

const WIDTH = 3; // base-36 digits per character: 36^3 = 46656 code points

/** Code point → a value below 36^3. Full-width forms (FF01–FF5E) are moved into the unused
 * Yi-syllable range so `，：（）` stay distinct from `,:()`; rarer characters share the last value. */
function codeOf(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xff01 && cp <= 0xff5e) return 0xa000 + (cp - 0xff00);
  return cp < 46655 ? cp : 46655;
}

function charOf(code: number): string {
  if (code > 0xa000 && code <= 0xa05e) return String.fromCodePoint(0xff00 + (code - 0xa000));
  return code === 46655 ? '□' : String.fromCodePoint(code);
}

export const encodeChar = (ch: string): string => codeOf(ch).toString(36).padStart(WIDTH, '0');

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
  return blocks
    .map((b) => blockTokens(b).join(' '))
    .filter(Boolean)
    .join(' ');
}

/** The bigram tokens a query needs, in order (one token, a prefix, for a one-character query). */
export function queryTokens(query: string): string[] {
  const chars = searchForm(query).map(encodeChar);
  if (chars.length <= 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Back from tokens to text (for excerpts): each token's first character; a lone one ends a block. */
export function decodeTokens(tokens: string[]): Array<{ ch: string; blockEnd: boolean }> {
  return tokens.map((t) => ({ ch: charOf(parseInt(t.slice(0, WIDTH), 36)), blockEnd: t.length === WIDTH }));
}
