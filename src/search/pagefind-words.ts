// How Pagefind 1.6 turns a metadata value into index words, written again here so that
// pagefind-files.ts can write the index Pagefind would (tests/search-pagefind-files.test.ts
// compares the two). Pagefind indexes every metadata field (title, date, place…) as words,
// whitespace-separated, each normalised and, when it holds punctuation or inner capitals, also
// split into parts (its fossick/splitting.rs, with convert_case 0.11's lower case). Our search
// never asks for these words, but they are in Pagefind's index, so they are in ours.

/** Pagefind's default `include_characters`: kept inside words (pagefind-entry.json lists them) */
export const INCLUDE_CHARACTERS = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

/** one word Pagefind indexes; `original` is its form before diacritics were stripped, if other */
export interface IndexableWord {
  word: string;
  original: string | null;
}

/** Rust's `char::is_whitespace` (Unicode White_Space), which `split_whitespace` splits on */
const WHITE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

/** a value's words in Rust's `split_whitespace` order; the index in the array is the position */
export const rustWords = (text: string): string[] => text.split(WHITE_SPACE).filter(Boolean);

/** Rust's `char::is_alphanumeric`: Alphabetic or a number (Nd, Nl, No) */
const ALPHANUMERIC = /^[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]$/u;
const UPPERCASE = /^\p{Uppercase}$/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** combining marks but the kana voicing marks, which stay (and are composed again) */
const MARKS = /(?![\u3099\u309a])\p{M}/gu;
const VOICING = /[\u3099\u309a]/;
const EMOJI = /\p{Emoji}/u;
const RGI_EMOJI = /^\p{RGI_Emoji}$/v;

const memo = <T>(f: (c: string) => T): ((c: string) => T) => {
  const known = new Map<string, T>();
  return (c) => {
    let v = known.get(c);
    if (v === undefined) known.set(c, (v = f(c)));
    return v;
  };
};
const isAlphanumeric = memo((c) => ALPHANUMERIC.test(c));
const isUppercase = memo((c) => UPPERCASE.test(c));

/** the characters Pagefind keeps of a word, lower-cased one by one as Rust's `char` does */
function normalizedWord(raw: string): string {
  let out = '';
  for (const c of raw) {
    if (!isAlphanumeric(c) && !INCLUDE_CHARACTERS.includes(c)) continue;
    out += c < '\u0080' ? c.toLowerCase() : isUppercase(c) ? c.toLowerCase() : c;
  }
  return out;
}

/**
 * Pagefind's `normalize_diacritics`: NFD without combining marks (the kana voicing marks kept,
 * composed again: が stays が), or null when unchanged
 */
function withoutDiacritics(word: string): string | null {
  if (/^[\0-\x7f]*$/.test(word)) return null;
  let stripped = word.normalize('NFD').replace(MARKS, '');
  if (VOICING.test(stripped)) stripped = stripped.normalize('NFC');
  return stripped !== word ? stripped : null;
}

const indexable = (word: string): IndexableWord => {
  const stripped = withoutDiacritics(word);
  return stripped === null ? { word, original: null } : { word: stripped, original: word };
};

/**
 * Pagefind's `get_indexable_words` without a stemmer: the word as normalised, then, for a word
 * with punctuation or inner capitals, its parts of two bytes or more, then any emoji in it.
 * Remembered: places, sources and dates recur on many pages.
 */
export const indexableWords = memo(wordsOf);

function wordsOf(raw: string): IndexableWord[] {
  const results: IndexableWord[] = [];
  const normalized = normalizedWord(raw);
  if (normalized) results.push(indexable(normalized));
  const chars = [...raw];
  const possiblyCompound = chars.some((c) => !isAlphanumeric(c)) || chars.slice(1).some(isUppercase);
  if (!possiblyCompound) return results;
  const parts = discreteWords(raw);
  if (normalized && (parts.includes(' ') || !normalized.startsWith(parts)))
    for (const part of parts.split(' ')) if (part && utf8Length(part) > 1) results.push(indexable(part));
  if (EMOJI.test(raw)) for (const g of graphemes(raw)) if (isEmoji(g)) results.push({ word: g, original: null });
  return results;
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string): string[] => Array.from(segmenter.segment(s), (g) => g.segment);

/** the emojis crate's `get`: a fully-qualified emoji, or one missing its variation selector */
function isEmoji(g: string): boolean {
  if (RGI_EMOJI.test(g)) return true;
  const first = String.fromCodePoint(g.codePointAt(0)!);
  return RGI_EMOJI.test(`${first}\ufe0f${g.slice(first.length)}`);
}

/**
 * Pagefind's `get_discrete_words`: ASCII punctuation to spaces, then convert_case's split at
 * spaces and case/digit changes (by grapheme), each part lower-cased, joined by single spaces.
 */
function discreteWords(raw: string): string {
  const gs = graphemes(raw.replace(ASCII_PUNCTUATION, ' '));
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < gs.length; i++) {
    if (gs[i] === ' ') {
      words.push(word);
      word = '';
      continue;
    }
    word += gs[i];
    if (caseBoundaryAfter(gs, i)) {
      words.push(word);
      word = '';
    }
  }
  words.push(word);
  return words
    .map((w) => w.toLowerCase())
    .join(' ')
    .split(' ')
    .filter(Boolean)
    .join(' ');
}

const isCasedUpper = (g: string | undefined): boolean =>
  g !== undefined && g.toUpperCase() !== g.toLowerCase() && g === g.toUpperCase();
const isCasedLower = (g: string | undefined): boolean =>
  g !== undefined && g.toUpperCase() !== g.toLowerCase() && g === g.toLowerCase();
const isDigits = (g: string | undefined): boolean => g !== undefined && /^[0-9]+$/.test(g);

/** convert_case's default boundaries other than the separators, between graphemes i and i+1 */
function caseBoundaryAfter(gs: string[], i: number): boolean {
  const [a, b, c] = [gs[i], gs[i + 1], gs[i + 2]];
  if (gs[i] === ' ') return false;
  return (
    (isCasedLower(a) && (isCasedUpper(b) || isDigits(b))) ||
    (isCasedUpper(a) && isDigits(b)) ||
    (isDigits(a) && (isCasedLower(b) || isCasedUpper(b))) ||
    (isCasedUpper(a) && isCasedUpper(b) && isCasedLower(c))
  );
}
