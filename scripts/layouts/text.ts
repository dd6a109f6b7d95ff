// Small text tools for the layout evaluation: a seeded random source, the folding that makes a
// clipping and the normaliser's output comparable, full-width marks and column wrapping.
import { MISDECODED } from '../../src/normalize/repair/restore-misdecoded-punctuation.ts';

/** mulberry32: a deterministic random source in [0, 1) from a 32-bit seed */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** a stable 32-bit hash of a name, to give each layout its own random stream */
export function hashName(name: string): number {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

export const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
export const between = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

export function shuffled<T>(rand: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};
const HAN = /[\p{Script=Han}“”‘’《》、。]/u;

/**
 * The corpus stores full-width marks next to Chinese as ASCII (`我县,` `时间:`); a printed page
 * has the full-width form. A mark becomes full-width when a neighbour is Chinese.
 */
export function toFullWidth(text: string): string {
  const chars = [...text];
  return chars
    .map((ch, i) => {
      const wide = FULL_WIDTH[ch];
      if (!wide) return ch;
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      return HAN.test(before) || HAN.test(after) || (ch === ')' && before === '') ? wide : ch;
    })
    .join('');
}

/** one character as compared: spaces vanish, ASCII marks count as their full-width form */
export function foldChar(ch: string): string {
  if (/\s/u.test(ch)) return '';
  return FULL_WIDTH[ch] ?? ch;
}

/** a text as a sequence of compared characters */
export function folded(text: string): string[] {
  return [...text.normalize('NFC')].map(foldChar).filter((c) => c !== '');
}

/** letters and digits only: what "text lost" and report matching count */
export function letters(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** is this character a letter or digit (text, not punctuation)? */
export const isLetter = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/** cut a paragraph into lines of `width` characters, the first one indented by `indent` */
export function wrapParagraph(paragraph: string, width: number, indent = ''): string[] {
  const chars = [...paragraph];
  const lines: string[] = [];
  let take = Math.max(1, width - [...indent].length);
  let line = indent;
  for (let i = 0; i < chars.length; i += take, take = width) {
    lines.push(line + chars.slice(i, i + take).join(''));
    line = '';
  }
  return lines;
}

const GARBLE = new Map([...MISDECODED].map(([ch, mark]) => [mark, ch]));
/** the characters the GB2312 fault turns marks into, and the mark each stands for */
export { MISDECODED };

/**
 * Garble a paragraph's marks as the GB2312 lead-byte shift does: each garblable mark becomes
 * its character with probability `rate`. Returns the text and where (in characters) it garbled.
 */
export function garble(paragraph: string, rate: number, rand: () => number): { text: string; at: Set<number> } {
  const at = new Set<number>();
  const text = [...paragraph]
    .map((ch, i) => {
      const g = GARBLE.get(ch);
      if (!g || rand() >= rate) return ch;
      at.add(i);
      return g;
    })
    .join('');
  return { text, at };
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** a calendar day between 2015 and 2024 as ISO and as printed on a page (`2022年6月29日 星期三`) */
export function randomDay(rand: () => number, fromYear = 2015, toYear = 2024): { iso: string; printed: string } {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  const day = new Date(start + Math.floor(rand() * ((end - start) / 86400000)) * 86400000);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  return { iso: day.toISOString().slice(0, 10), printed: `${y}年${m}月${d}日 ${WEEKDAYS[day.getUTCDay()]}` };
}
