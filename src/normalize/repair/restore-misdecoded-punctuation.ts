// Repair: punctuation mis-decoded into Chinese characters. Some typesetting fonts stored
// full-width marks in GB2312 rows 1 and 3; on extraction the lead byte came out 0x31 too high,
// so `，` became `袁`, `。` became `遥`, and so on. The mapping is computed from the encoding.
//
// The same characters are ordinary words too (要求, 法院, 袁隆平, 遥远), and garbled and clean
// text sit side by side, even in one sentence, so each occurrence is decided on its own, as a
// noisy channel: is the text around it likelier read with the character (segmented with
// jieba's dictionary) or with the mark (which splits it in two)? Paired marks (“…” 《…》 （…）)
// must come in pairs, a doubled 要要 is the only dash, and garbling nearby makes more likely.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import nodejieba from 'nodejieba';
import type { VFile } from 'vfile';
import { applyEdits, type ClippingTree, type Edit } from '../tree.ts';
import { isHan } from '../chars.ts';

const MARKS = '，。、“”《》：；（）…！？‘’·●—';

/** garbled character → the mark it stands for, derived from the GBK bytes of each mark */
export const MISDECODED: ReadonlyMap<string, string> = new Map(
  [...MARKS].map((mark) => {
    const [lead, trail] = iconv.encode(mark, 'gbk');
    return [iconv.decode(Buffer.from([lead! + 0x31, trail!]), 'gbk'), mark] as const;
  }),
);

const GARBLED_OF = new Map([...MISDECODED].map(([ch, mark]) => [mark, ch]));
const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['《', '》'],
  ['（', '）'],
  ['‘', '’'],
].map(([o, c]) => [GARBLED_OF.get(o!)!, GARBLED_OF.get(c!)!]);
const OPENING = new Map(PAIRS.map(([o, c]) => [o, c]));
const CLOSING = new Map(PAIRS.map(([o, c]) => [c, o]));

const VILLAGE_NAME = /^家[铺村庄屯湾沟营寨岭店桥坝]/u;
/** garbled characters that are also common surnames */
const SURNAMES = new Set(['袁', '叶']);
const TITLE_BEFORE =
  /(队长|书记|主任|记者|局长|县长|市长|镇长|村长|院长|主席|部长|委员|同志|教授|老师|经理|厂长|校长|代表|专家|干部|村民)$/u;
/** how many characters either side the language model reads */
const WINDOW = 6;
/** log-odds needed to restore a mark; tuned on garbled copies of clean text (see tests) */
const THRESHOLD = 2.5;

export function restoreMisdecodedPunctuation() {
  return (tree: ClippingTree, file: VFile) => {
    // The file is read as one run of text, blocks joined as the line joiner would join them,
    // so a decision does not depend on where the lines happened to break (and does not change
    // when the repaired text is read again). Each pass reads every candidate with the marks
    // found by the pass before restored around it.
    const origin: Array<[number, number]> = []; // position in `text` → [block, offset]
    const blockStarts = new Set<number>();
    let text = '';
    tree.children.forEach((block, b) => {
      blockStarts.add(text.length);
      for (let k = 0; k < block.value.length; k++) {
        if (block.value[k] === '\n') continue; // lines are read joined, as they will be
        origin.push([b, k]);
        text += block.value[k];
      }
    });
    segmentCache.clear(); // windows repeat across passes, not across files
    // repeat until the marks found stop changing the reading of their neighbours (a pass after
    // one that found nothing would read exactly the same text, so there is none)
    let chosen = decide(text, text, [], blockStarts);
    for (let round = 0; round < 4 && chosen.size > 0; round++) {
      const next = decide(
        text,
        substitute(text, chosen),
        [...chosen].sort((a, b) => a - b),
        blockStarts,
      );
      const same = next.size === chosen.size && [...next].every((i) => chosen.has(i));
      chosen = next;
      if (same) break;
    }
    const marks: Array<Array<[number, string]>> = tree.children.map(() => []);
    for (const i of [...chosen].sort((x, y) => x - y))
      marks[origin[i]![0]]!.push([origin[i]![1], MISDECODED.get(text[i]!)!]);
    const edits = marks.map((found, b) => {
      const value = tree.children[b]!.value;
      // prose (a clause mark printed or restored), where a space after a closing mark is no
      // gap between a headline's phrases (开展“五问五答” 打造满意“窗口”)
      const prose = /[，。！？]/u.test(value) || found.some(([, m]) => /[，。！？]/u.test(m));
      const out: Edit[] = [];
      for (const [k, mark] of found) out.push(restoredMark(value, k, mark, out.at(-1), prose));
      return out;
    });
    tree.children.forEach((block, b) => applyEdits(block, edits[b]!, 'punctuation', file, 2));
  };
}

/**
 * The edit that restores one mark. The shift that garbled a quote or bracket often left a
 * half-width space beside it (002: `长远指导意义的 野十个坚持冶`): a full-width mark takes no space,
 * so a space between it and the text it opens (or closes, in prose) goes with the repair.
 */
function restoredMark(value: string, k: number, mark: string, previous: Edit | undefined, prose: boolean): Edit {
  let start = k;
  let end = k + 1;
  const free = (at: number) => !previous || previous.end <= at;
  if (/[“‘（《]/u.test(mark) && value[k - 1] === ' ' && isHan(value[k - 2]) && free(k - 1)) start = k - 1;
  if (/[”’）》]/u.test(mark) && value[k + 1] === ' ' && isHan(value[k + 2]) && prose) end = k + 2;
  return { start, end, after: mark };
}

function substitute(text: string, offsets: Set<number>): string {
  return [...text].map((ch, i) => (offsets.has(i) ? MISDECODED.get(ch)! : ch)).join('');
}

/** `要要`, `2021要2025`, `噎噎`: the dash and the ellipsis are printed doubled or between numbers */
function doubledMark(text: string, context: string, i: number): number {
  const ch = text[i]!;
  const mark = MISDECODED.get(ch)!;
  if (mark !== '—' && mark !== '…') return 0;
  const twin = (c: string | undefined) => c === ch || c === mark;
  if (twin(text[i - 1]) || twin(text[i + 1])) {
    // in a run of an odd length, one 要 is the word: the last, when a word follows (——要从)
    let start = i;
    while (twin(text[start - 1])) start--;
    let end = i + 1;
    while (twin(text[end])) end++;
    const wordAtEnd =
      (end - start) % 2 === 1 && i === end - 1 && ch !== mark && /\p{Script=Han}/u.test(context[end] ?? '');
    return wordAtEnd ? -Infinity : 3;
  }
  if (mark === '—' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return 3;
  return mark === '—' ? -Infinity : 0; // a lone 要 is the word 要
}

/**
 * Offsets in `text` whose character is a garbled mark. `context` is the same text with the
 * marks found so far restored, so a window is cut at garbled marks as at real ones.
 */
function decide(text: string, context: string, garbledNearby: number[], blockStarts: Set<number>): Set<number> {
  const chosen = new Set<number>();
  const score = new Map<number, number>();
  const bonusAt = (i: number) => Math.min(countWithin(garbledNearby, i, 60), 6) * 0.3;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!MISDECODED.has(ch)) continue;
    const doubled = doubledMark(text, context, i);
    if (doubled === -Infinity) continue;
    // a surname heading a village name (袁家铺村, 叶家庄) is a name the dictionary lacks
    if (VILLAGE_NAME.test(text.slice(i + 1, i + 3))) continue;
    if (personAfterTitle(text, i)) continue;
    score.set(
      i,
      logOdds(context, i, text[i]!, MISDECODED.get(ch)!) + bonusAt(i) + layoutHint(text, i, blockStarts) + doubled,
    );
  }
  // garbled text has no real marks of its own nearby, and other garbled ones around it
  const likely = [...score].filter(([, t]) => t > 0).map(([j]) => j);
  const likelySet = new Set(likely);
  for (const [i, s] of score) {
    const near = context.slice(Math.max(0, i - 20), i + 21);
    const realMarks = (near.match(/[，。、“”；：]/gu) ?? []).length;
    const otherCandidates = countWithin(likely, i, 20) - (likelySet.has(i) ? 1 : 0);
    score.set(i, s + 0.5 * Math.max(-4, Math.min(4, otherCandidates - realMarks)));
  }
  // paired marks: an opening mark needs its closing one ahead, and the pair is judged together;
  // of two candidates for one partner (`拓视野袁在野精育冶`), the likelier mark takes it
  const rivalBetween = (i: number, j: number, s: number) => {
    for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++)
      if (text[k] === text[i] && (score.get(k) ?? -Infinity) > s) return true;
    return false;
  };
  for (const [i, s] of score) {
    const ch = text[i]!;
    const close = OPENING.get(ch);
    const open = CLOSING.get(ch);
    let total = s;
    if (close || open) {
      // inside a quote already opened by a real mark, the next closing mark is that quote's
      const j = close
        ? insideReal(text, i, MISDECODED.get(ch)!, MISDECODED.get(close)!, -1)
          ? -1
          : partner(text, i, close, 1)
        : insideReal(text, i, MISDECODED.get(ch)!, MISDECODED.get(open!)!, 1)
          ? -1
          : partner(text, i, open!, -1);
      total = j < 0 || rivalBetween(i, j, s) ? s - 3 : (s + (score.get(j) ?? s)) / 2 + 1;
    }
    if (total > THRESHOLD) chosen.add(i);
  }
  // a run of one repeated character (遥遥) is read one way as a whole: a word, or marks
  for (let i = 0; i < text.length; i++) {
    let end = i + 1;
    while (text[end] === text[i] && score.has(end)) end++;
    if (end - i > 1 && score.has(i) && !doubledMark(text, context, i)) {
      const run = Array.from({ length: end - i }, (_, k) => i + k);
      if (!run.every((k) => chosen.has(k))) for (const k of run) chosen.delete(k);
    }
    i = end - 1;
  }
  return chosen;
}

/**
 * Whether the candidate stands within a pair of real marks: looking away from its partner
 * (`direction` -1 for an opening candidate), a real mark of its own kind comes before one of
 * the other kind (`“呦呦鹿鸣，食野之苹”`: the real “ before 野 still waits for its ”).
 */
function insideReal(text: string, from: number, same: string, other: string, direction: 1 | -1): boolean {
  for (let k = from + direction, n = 0; k >= 0 && k < text.length && n < 60; k += direction, n++) {
    if (text[k] === same) return true;
    if (text[k] === other) return false;
  }
  return false;
}

/** `队长袁建兵`: a surname after a title, followed by a given name rather than a word. */
function personAfterTitle(text: string, i: number): boolean {
  if (!SURNAMES.has(text[i]!) || !TITLE_BEFORE.test(text.slice(Math.max(0, i - 4), i))) return false;
  const { logp } = loadDictionary();
  return !logp.has(text.slice(i + 1, i + 3)) && !logp.has(text.slice(i + 1, i + 4));
}

/** The nearest `target` (garbled or real) within 60 characters in `direction`. */
function partner(text: string, from: number, target: string, direction: 1 | -1): number {
  for (let k = from + direction, n = 0; k >= 0 && k < text.length && n < 60; k += direction, n++) {
    // its partner may be garbled too, or may have survived as the real mark
    if (text[k] === target || text[k] === MISDECODED.get(target)) return k;
  }
  return -1;
}

/**
 * Layout that makes a mark likelier: extraction leaves a space after a garbled full stop or
 * comma, and a paragraph opening on a short label (`习近平院…`, `权威解读院…`) has its colon there.
 */
function layoutHint(text: string, i: number, blockStarts: Set<number>): number {
  const mark = MISDECODED.get(text[i]!);
  if (text[i + 1] === ' ' || (text[i + 1] === undefined && mark === '。')) return 1.5;
  if (mark === '：' && i + 1 < text.length && !blockStarts.has(i + 1)) {
    for (let start = i - 2; start >= i - 6; start--) {
      if (blockStarts.has(start)) return /^\p{Script=Han}+$/u.test(text.slice(start, i)) ? 2 : 0;
    }
  }
  return 0;
}

/** how many of the sorted `positions` lie within `radius` of `i` */
function countWithin(positions: number[], i: number, radius: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < i - radius) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let k = lo; k < positions.length && positions[k]! <= i + radius; k++) n++;
  return n;
}

/**
 * log P(text read with the mark) − log P(text read with the character), over a window
 * around `i`. The mark cuts the window in two; the characters must be
 * segmented into words with their neighbours.
 */
function logOdds(context: string, i: number, char: string, mark: string): number {
  const left = clause(context.slice(Math.max(0, i - WINDOW), i), -1);
  const right = clause(context.slice(i + 1, i + 1 + WINDOW), 1);
  const asChars = segmentScore(left + char + right);
  const asMark = segmentScore(left) + segmentScore(right) + markPrior(mark);
  return asMark - asChars;
}

/** Cut a window at existing punctuation or space, keeping the side next to the candidate. */
function clause(window: string, side: -1 | 1): string {
  const parts = window.split(/[\s，。、“”《》：；（）…！？‘’·●—,.;:!?()]/u);
  return side < 0 ? parts[parts.length - 1]! : parts[0]!;
}

/** log prior of each mark between two words, roughly by how often each is printed */
const MARK_PRIOR: Record<string, number> = {
  '，': -3,
  '。': -3.5,
  '、': -4,
  '“': -4.5,
  '”': -4.5,
  '：': -7.5,
  '；': -6,
  '《': -5.5,
  '》': -5.5,
  '（': -5.5,
  '）': -5.5,
  '—': -5,
  '…': -5,
};
function markPrior(mark: string): number {
  return MARK_PRIOR[mark] ?? -6.5;
}

let dictionary: { logp: Map<string, number>; unknown: number; maxLength: number } | null = null;

function loadDictionary() {
  if (dictionary) return dictionary;
  const freq = new Map<string, number>();
  let total = 0;
  let maxLength = 1;
  // the word list nodejieba segments with (its typings omit DEFAULT_DICT, the module exports it)
  const dictPath = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  for (const line of fs.readFileSync(dictPath, 'utf8').split('\n')) {
    const [word, f] = line.split(' ');
    if (!word || !f) continue;
    const n = Number(f);
    freq.set(word, n);
    total += n;
    if (word.length > maxLength && word.length <= 8) maxLength = word.length;
  }
  const logp = new Map<string, number>();
  for (const [w, n] of freq) logp.set(w, Math.log(n / total));
  dictionary = { logp, unknown: Math.log(0.5 / total), maxLength };
  return dictionary;
}

/**
 * Scores of the windows read in this file: each pass reads again the windows of every
 * candidate, and all but those near a newly restored mark are the same strings as before.
 */
const segmentCache = new Map<string, number>();

function segmentScore(text: string): number {
  let score = segmentCache.get(text);
  if (score === undefined) segmentCache.set(text, (score = bestSegmentation(text)));
  return score;
}

/** Best log probability of a segmentation of `text` into dictionary words (Viterbi). */
function bestSegmentation(text: string): number {
  const { logp, unknown, maxLength } = loadDictionary();
  // by code point; a window without surrogates (nearly all) is sliced as it is, no array
  const chars = /[\uD800-\uDFFF]/.test(text) ? [...text] : text;
  const piece = (start: number, end: number) =>
    typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
  const best = new Array<number>(chars.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let end = 1; end <= chars.length; end++) {
    for (let start = Math.max(0, end - maxLength); start < end; start++) {
      if (best[start] === -Infinity) continue;
      const word = piece(start, end);
      const p = logp.get(word) ?? (end - start === 1 ? (/\p{Script=Han}/u.test(word) ? unknown : -8) : undefined);
      if (p !== undefined && best[start]! + p > best[end]!) best[end] = best[start]! + p;
    }
  }
  return best[chars.length]!;
}
