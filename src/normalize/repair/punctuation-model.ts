// The language model the punctuation repair weighs its readings with: the best segmentation of
// a short window into words of jieba's dictionary (a unigram model, Viterbi over the word
// lattice). Most candidates need no lattice at all: a character no dictionary word holds
// together with its neighbours is a word of its own whatever the window, and its score is
// its own. Windows that do need segmenting repeat within a file, so their scores are kept.
import fs from 'node:fs';
import nodejieba from 'nodejieba';

interface Dictionary {
  /** log probability of each word */
  logp: Map<string, number>;
  /** a Han character the dictionary lacks */
  unknown: number;
  /** the longest word looked up */
  maxLength: number;
  filter: WordFilter;
}

/** log probability of a single character that is not Han and not in the dictionary */
const NON_HAN_CHARACTER = -8;
/** jieba's word list has a few very long entries (idioms, names); no window needs them */
const LONGEST_WORD = 8;

let dictionary: Dictionary | null = null;

/** jieba's word list, read once per process (~350,000 words; a third of a second) */
function loadDictionary(): Dictionary {
  if (dictionary) return dictionary;
  // the word list nodejieba segments with (its typings omit DEFAULT_DICT, the module exports it)
  const dictPath = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const text = fs.readFileSync(dictPath, 'utf8');
  const words: string[] = [];
  const counts: number[] = [];
  let total = 0;
  let maxLength = 1;
  // lines `word count tag`, read without splitting the file into arrays (no count is 0)
  for (let start = 0, end: number; start < text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space < 0 || space >= end) continue;
    const tag = text.indexOf(' ', space + 1);
    const word = text.slice(start, space);
    const count = Number(text.slice(space + 1, tag < 0 || tag > end ? end : tag));
    if (!word || !count) continue;
    words.push(word);
    counts.push(count);
    total += count;
    if (word.length > maxLength && word.length <= LONGEST_WORD) maxLength = word.length;
  }
  const logp = new Map<string, number>();
  words.forEach((w, k) => logp.set(w, Math.log(counts[k]! / total)));
  dictionary = { logp, unknown: Math.log(0.5 / total), maxLength, filter: wordFilter(words) };
  return dictionary;
}

/**
 * Which pieces of text may be a word, or open a longer one, asked by a hash of the piece's
 * characters before a piece is cut out and looked up: in a window most pieces are neither, and
 * a lookup in a map of 350,000 words costs more than the rest of the segmentation. A bit set
 * says maybe (pieces that share a hash share a bit), a bit clear says no.
 */
interface WordFilter {
  words: Uint8Array;
  openers: Uint8Array;
}

/** bits of each filter: the words of up to LONGEST_WORD characters set ~8% of them */
const FILTER_BITS = 1 << 22;
const FNV_OFFSET = 0x811c9dc5;
/** the hash of a piece one character longer (FNV-1a over UTF-16 code units) */
const hashOn = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193) >>> 0;
const isSet = (bits: Uint8Array, hash: number) => (bits[(hash & (FILTER_BITS - 1)) >>> 3]! & (1 << (hash & 7))) !== 0;
const set = (bits: Uint8Array, hash: number) => (bits[(hash & (FILTER_BITS - 1)) >>> 3]! |= 1 << (hash & 7));

function wordFilter(words: string[]): WordFilter {
  const filter = { words: new Uint8Array(FILTER_BITS / 8), openers: new Uint8Array(FILTER_BITS / 8) };
  for (const word of words) {
    if (word.length > LONGEST_WORD) continue;
    let hash = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) {
      hash = hashOn(hash, word.charCodeAt(k));
      if (k + 1 < word.length) set(filter.openers, hash);
    }
    set(filter.words, hash);
  }
  return filter;
}

/** Is this a word of jieba's dictionary? */
export function isDictionaryWord(word: string): boolean {
  return loadDictionary().logp.has(word);
}

const HAN = /\p{Script=Han}/u;

/** log probability of one character read as a word of its own */
export function characterScore(ch: string): number {
  const { logp, unknown } = loadDictionary();
  return logp.get(ch) ?? (HAN.test(ch) ? unknown : NON_HAN_CHARACTER);
}

/** characterScore by UTF-16 code unit (NaN: not asked yet): every window reads each of its characters */
const SINGLE_SCORES = new Float64Array(0x10000).fill(NaN);
function singleScore(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (Number.isNaN(SINGLE_SCORES[code]!)) SINGLE_SCORES[code] = characterScore(text[at]!);
  return SINGLE_SCORES[code]!;
}

/** where the dictionary holds some characters in words: see `wordPairs` */
export interface WordPairs {
  /** per character, the pairs of characters words hold it in (`袁隆`, `遥远`, `法院`) */
  pairs: ReadonlyMap<string, Set<string>>;
  /** the proper prefixes of the words that hold one of the characters */
  prefixes: Set<string>;
  /** the same prefixes of one character, by UTF-16 code unit (1: a prefix), asked before the set */
  firstCharacters: Uint8Array;
}

const pairIndexes = new Map<string, WordPairs>();

/**
 * Where the dictionary's words of two or more characters hold each of `characters`. A word
 * holds a character only together with a neighbour, so a character with no such pair beside
 * it stands alone. One pass over the word list for all of them.
 */
export function wordPairs(characters: string): WordPairs {
  let index = pairIndexes.get(characters);
  if (index) return index;
  const { logp, maxLength } = loadDictionary();
  const pairs = new Map([...characters].map((ch) => [ch, new Set<string>()]));
  const prefixes = new Set<string>();
  for (const word of logp.keys()) {
    if (word.length < 2 || word.length > maxLength) continue;
    let holds = false;
    for (let k = 0; k < word.length; k++) {
      const of = pairs.get(word[k]!);
      if (!of) continue;
      holds = true;
      if (k > 0) of.add(word.slice(k - 1, k + 1));
      if (k + 1 < word.length) of.add(word.slice(k, k + 2));
    }
    if (holds) for (let k = 1; k < word.length; k++) prefixes.add(word.slice(0, k));
  }
  const firstCharacters = new Uint8Array(0x10000);
  for (const prefix of prefixes) if (prefix.length === 1) firstCharacters[prefix.charCodeAt(0)] = 1;
  index = { pairs, prefixes, firstCharacters };
  pairIndexes.set(characters, index);
  return index;
}

/**
 * Scores of the windows read in one file: each pass reads again the windows of the candidates
 * near a newly restored mark, and a clause holding several candidates is read for each.
 */
export class WindowScores {
  private readonly scores = new Map<string, number>();

  score(text: string): number {
    let score = this.scores.get(text);
    if (score === undefined) this.scores.set(text, (score = bestSegmentation(text)));
    return score;
  }
}

/**
 * log P(`left` + `char` + `right`) − log P(`left`) − log P(`right`): what reading `char` as a
 * character between its neighbours adds. When no dictionary word of two or more characters
 * holds it (`index`: from `wordPairs`), every segmentation reads it as a word of its own, so
 * that is its score and no window is segmented: most garbled marks (`情况袁听取`) go so.
 */
export function characterGain(
  left: string,
  char: string,
  right: string,
  index: WordPairs,
  windows: WindowScores,
): number {
  const pairs = index.pairs.get(char)!;
  if (!pairs.has(left.slice(-1) + char) && !pairs.has(char + right.slice(0, 1))) return characterScore(char);
  const whole = left + char + right;
  if (!/[\uD800-\uDFFF]/.test(whole) && !wordHolds(whole, left.length, index)) return characterScore(char);
  return windows.score(whole) - windows.score(left) - windows.score(right);
}

/** Does a dictionary word of two or more characters hold the character at `at` of `text`? */
export function heldByWord(text: string, at: number, index: WordPairs): boolean {
  const { maxLength } = loadDictionary();
  const from = Math.max(0, at - maxLength + 1);
  return wordHolds(text.slice(from, at + maxLength), at - from, index);
}

/**
 * Does a dictionary word of two or more characters hold the character at `at`? The lattice is
 * walked from each start only along `prefixes` of words that hold such characters.
 */
function wordHolds(text: string, at: number, { prefixes, firstCharacters }: WordPairs): boolean {
  const { logp, maxLength, filter } = loadDictionary();
  for (let start = Math.max(0, at - maxLength + 1); start <= at; start++) {
    // the hash of the piece read so far, text[start, end - 1): the filter is asked before the sets
    let hash = hashOn(FNV_OFFSET, text.charCodeAt(start));
    for (let end = start + 2; end <= Math.min(text.length, start + maxLength); end++) {
      if (!isSet(filter.openers, hash)) break;
      const opens =
        end - start === 2 ? firstCharacters[text.charCodeAt(start)] === 1 : prefixes.has(text.slice(start, end - 1));
      if (!opens) break;
      hash = hashOn(hash, text.charCodeAt(end - 1));
      if (end > at && isSet(filter.words, hash) && logp.has(text.slice(start, end))) return true;
    }
  }
  return false;
}

/** Best log probability of a segmentation of `text` into dictionary words (Viterbi). */
export function bestSegmentation(text: string): number {
  const { logp, maxLength, filter } = loadDictionary();
  // by code point; a window without surrogates (nearly all) is read as it is, and filtered
  const chars = /[\uD800-\uDFFF]/.test(text) ? [...text] : null;
  const length = chars ? chars.length : text.length;
  const piece = (start: number, end: number) => (chars ? chars.slice(start, end).join('') : text.slice(start, end));
  const best = new Float64Array(length + 1).fill(-Infinity);
  best[0] = 0;
  // forward, from each start: a piece grows a character at a time while some word goes on
  for (let start = 0; start < length; start++) {
    let hash = FNV_OFFSET;
    for (let end = start + 1; end <= Math.min(length, start + maxLength); end++) {
      hash = chars ? hash : hashOn(hash, text.charCodeAt(end - 1));
      let p: number | undefined;
      if (end - start === 1) p = chars ? characterScore(chars[start]!) : singleScore(text, start);
      else if (chars || isSet(filter.words, hash)) p = logp.get(piece(start, end));
      if (p !== undefined && best[start]! + p > best[end]!) best[end] = best[start]! + p;
      if (!chars && !isSet(filter.openers, hash)) break;
    }
  }
  return best[length]!;
}
