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

/** written in /pagefind/: the base address of every part of the index (search/integration.ts) */
export const PARTS_FILE = 'parts.json';

/**
 * The search page folds a query with a table of traditional → simplified pairs, split by code
 * point into this many small files (/search/fold/N.json), so a query loads only the few
 * hundred bytes its own characters need rather than the whole table (5 KB gzip on the seeds).
 */
export const FOLD_BUCKETS = 32;
export const foldBucket = (ch: string): number => ch.codePointAt(0)! % FOLD_BUCKETS;
export const foldBucketUrl = (bucket: number): string => `/search/fold/${bucket}.json`;

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

/** a character → the form search compares (traditional → simplified, see fold.ts); none by default */
export type Fold = (ch: string) => string;
const asIs: Fold = (ch) => ch;

/**
 * What search compares: no white space, Latin letters in lower case (Ctrl+F ignores case),
 * each character folded to one form. One character in, one out: positions stay the printed ones.
 */
export function searchForm(text: string, fold: Fold = asIs): string[] {
  return [...text.replace(/\s+/gu, '')].map((c) => formOf(c, fold));
}

const formOf = (c: string, fold: Fold): string => fold(/[A-Z]/.test(c) ? c.toLowerCase() : c);

/**
 * A character's token code under a fold, worked out once per character: an archive has a few
 * thousand distinct characters and tens of millions of printed ones (10,000 articles: the
 * records took ~15 s, most of it in these per-character steps).
 */
const encodedForms = new WeakMap<Fold, Map<string, string>>();
function encoderFor(fold: Fold): (c: string) => string {
  let known = encodedForms.get(fold);
  if (!known) encodedForms.set(fold, (known = new Map()));
  const codes = known;
  return (c) => {
    let code = codes.get(c);
    if (code === undefined) codes.set(c, (code = encodeChar(formOf(c, fold))));
    return code;
  };
}

/** One block of text → its tokens: a bigram per character, the block's last character alone. */
export function blockTokens(text: string, fold: Fold = asIs): string[] {
  const chars = [...text.replace(/\s+/gu, '')].map(encoderFor(fold));
  return chars.map((c, i) => (i + 1 < chars.length ? c + chars[i + 1] : c));
}

/**
 * The page's token stream: blocks one after another, each as blockTokens makes it. No bigram
 * spans two blocks. Built as one string (10,000 articles: ~11 million tokens).
 */
export function pageTokens(blocks: string[], fold: Fold = asIs): string {
  const encode = encoderFor(fold);
  let out = '';
  for (const block of blocks) {
    let last = '';
    for (const ch of block) {
      if (isSpace(ch)) continue;
      const code = encode(ch);
      if (last) out += (out ? ' ' : '') + last + code;
      last = code;
    }
    if (last) out += (out ? ' ' : '') + last;
  }
  return out;
}

/**
 * Where the text as printed differs from what the tokens decode to (a capital letter, a
 * traditional character, a space kept between words, a character beyond the code range):
 * token position → the printed text of that position, with the white space before it. The
 * excerpt applies it, so a result shows `APP` as printed, not `app`.
 */
export function printedPatch(blocks: string[], fold: Fold = asIs): Record<number, string> {
  const patch: Record<number, string> = {};
  const decodesOtherwise = otherwiseDecoded(fold);
  let position = 0;
  for (const block of blocks) {
    let spaceBefore = false;
    for (const ch of block.trim()) {
      if (isSpace(ch)) {
        spaceBefore = true;
        continue;
      }
      // with a space before it, the printed text is never what one token decodes to
      if (spaceBefore || decodesOtherwise(ch)) patch[position] = (spaceBefore ? ' ' : '') + ch;
      spaceBefore = false;
      position++;
    }
  }
  return patch;
}

/** whether a character's token decodes to another character, worked out once per character */
const otherwise = new WeakMap<Fold, Map<string, boolean>>();
function otherwiseDecoded(fold: Fold): (ch: string) => boolean {
  let known = otherwise.get(fold);
  if (!known) otherwise.set(fold, (known = new Map()));
  const answers = known;
  const encode = encoderFor(fold);
  return (ch) => {
    let other = answers.get(ch);
    if (other === undefined) answers.set(ch, (other = ch !== charOf(parseInt(encode(ch), 36))));
    return other;
  };
}

const spaces = new Map<string, boolean>();
function isSpace(ch: string): boolean {
  let space = spaces.get(ch);
  if (space === undefined) spaces.set(ch, (space = /^\s$/u.test(ch)));
  return space;
}

/** The bigram tokens a query needs, in order (one token, a prefix, for a one-character query). */
export function queryTokens(query: string, fold: Fold = asIs): string[] {
  const chars = searchForm(query, fold).map(encodeChar);
  if (chars.length <= 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Back from tokens to text (for excerpts): each token's first character; a lone one ends a block. */
export function decodeTokens(tokens: string[]): Array<{ ch: string; blockEnd: boolean }> {
  return tokens.map((t) => ({ ch: charOf(parseInt(t.slice(0, WIDTH), 36)), blockEnd: t.length === WIDTH }));
}
