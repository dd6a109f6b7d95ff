// Character classes shared by the stages. Kept in one place so every stage agrees on what
// "Chinese context" and "end of sentence" mean.
import nodejieba from 'nodejieba';

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
/** full-width punctuation and CJK symbols */
export const isCjkPunct = (ch: string | undefined): boolean =>
  ch !== undefined && /[\u3000-\u303f\uff00-\uffef“”‘’…—·]/u.test(ch);
export const isCjk = (ch: string | undefined): boolean => isHan(ch) || isCjkPunct(ch);
export const isAsciiWord = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
/** marks after which a sentence (and so a paragraph) may end */
const SENTENCE_END = /[。！？!?…；;：:”’」』）)】》.]$/u;
export const endsSentence = (text: string): boolean => SENTENCE_END.test(text.trimEnd());
/** a full stop, question or exclamation mark (maybe inside a closing quote): a sentence ended */
export const endsWithFullStop = (text: string): boolean => /[。！？!?…][”’」』）)]*$/u.test(text.trimEnd());
/** ASCII marks that take a whole column, as their full-width forms do */
const WHOLE_WIDTH_ASCII = new Set([...',;:!?()'].map((c) => c.charCodeAt(0)));
/**
 * Width in a column, in Chinese characters: an ASCII letter or digit is half, a mark is whole
 * (whether typed half- or full-width, so widening it changes nothing), spaces are not counted
 * (so removing a spurious one changes nothing). Repairs after the line joiner rely on this.
 */
export const displayLength = (text: string): number => displayLengthUpTo(text, Infinity);

/**
 * displayLength, counted only until it passes `upTo` (then some width past it, not the whole):
 * a caller comparing with a headline's width need not read a whole paragraph.
 */
export const displayLengthUpTo = (text: string, upTo: number): number => {
  // by character code, not a regex per character: every stage measures every line with it
  let n = 0;
  for (let i = 0; i < text.length && n <= upTo; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09) continue;
    if (code >= 0x80) {
      n += 1;
      // a character outside the BMP is one character in two code units
      if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    } else n += WHOLE_WIDTH_ASCII.has(code) ? 1 : 0.5;
  }
  return n;
};
/** text with all white space removed, for comparing blocks */
export const compact = (text: string): string => text.replace(/\s+/g, '');
/** no newspaper column is wider than this (in characters); a longer line was not wrapped */
export const WIDEST_COLUMN = 45;
/** a numbered point or sub-head: `一、`, `（二）`, `3.` */
export const ENUMERATED = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])/u;
// Patterns read through white space (`孙 岩`) as on the compacted text: a paragraph fails them
// at its fifth or eighth character, where compacting it first read it all.
/** two to four Chinese characters, spaces between them aside */
const TWO_TO_FOUR_HAN = /^(?:\s*\p{Script=Han}){2,4}\s*$/u;
/** more than 14 characters, spaces aside: no organisation's name (isOrganisation) */
const LONGER_THAN_AN_ORGANISATION = /^(?:\s*\S){15}/;

/** two to four Chinese characters that are not a place or a label: a name (王晶, `孙 岩`) */
export function isPersonName(text: string): boolean {
  return (
    TWO_TO_FOUR_HAN.test(text) &&
    !/[省市县区镇乡村旗州]$/u.test(text) &&
    (!text.includes(' ') || /^\p{Script=Han} \p{Script=Han}$/u.test(text)) &&
    !isCommonLabel(compact(text))
  );
}

/**
 * A label made of ordinary words (`卷首语`, `编者按`, `权威解读`, `高层动态`), not a name: it ends
 * on a word of two or more characters that the dictionary knows as something other than a
 * name. A name opens on a one-character surname (`李|胜利`) or ends on its given name (`仲家|骥`).
 */
export function isCommonLabel(text: string): boolean {
  const tokens = nodejieba.tag(text);
  const last = tokens[tokens.length - 1]!;
  const isName = (tag: string) => tag.startsWith('nr') || tag === 'x';
  if (tokens.length > 1 && tokens[0]!.word.length === 1 && isName(tokens[0]!.tag)) return false;
  return last.word.length >= 2 && !isName(last.tag);
}

/**
 * A party or government body standing as an author (`永吉县委组织部`, `市委组织部组织三处`,
 * `龙潭区委组织部`): a committee, government or bureau, and the office under it.
 */
export function isOrganisation(text: string): boolean {
  if (LONGER_THAN_AN_ORGANISATION.test(text)) return false;
  const name = compact(text);
  return /^\p{Script=Han}{0,6}(委|政府|局|厅)\p{Script=Han}{0,8}(部|处|科|局|办|室|厅|所|站|中心|委员会)$/u.test(name);
}
/** an author printed on a line of its own: a person (`孙景钟`) or a body (`永吉县委组织部`) */
export const isAuthor = (text: string): boolean => isPersonName(text) || isOrganisation(text);
/** a short place name standing as a label (永吉县, 舒兰市), as over the items about it */
export function isLocalityLabel(text: string): boolean {
  return /^(?:\s*\p{Script=Han}){2,6}\s*[省市县区旗州盟]\s*$/u.test(text);
}
/** the pattern of a clause of 2 to `longest` characters opening a text, made once per length */
const OPENING_CLAUSE = new Map<number, RegExp>();
const openingClause = (longest: number): RegExp => {
  let pattern = OPENING_CLAUSE.get(longest);
  if (!pattern) OPENING_CLAUSE.set(longest, (pattern = new RegExp(`^([^，。、；：！？,\\s]{2,${longest}})[，,]`, 'u')));
  return pattern;
};
/**
 * `因素，掌握…`, `栏目，以视听方式…`: a line opening on a bare noun phrase and a comma finishes
 * a phrase begun before it; a sentence opens on a time, a conjunction or a verb.
 */
export function opensOnNounPhrase(text: string, longest = 10): boolean {
  const clause = openingClause(longest).exec(text);
  if (!clause) return false;
  const tags = nodejieba.tag(clause[1]!).map((t) => t.tag);
  return tags.at(-1) === 'n' && tags.every((tag) => /^(n|nz|vn|a)$/u.test(tag));
}
