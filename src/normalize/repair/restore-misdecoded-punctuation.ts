// Repair: punctuation mis-decoded into Chinese characters. Some typesetting fonts stored
// full-width marks in GB2312 rows 1 and 3; on extraction the lead byte came out 0x31 too high,
// so `，` became `袁`, `。` became `遥`, and so on. The mapping is computed from the encoding.
//
// The same characters are ordinary words too (要求, 法院, 袁隆平, 遥远), and garbled and clean
// text sit side by side, even in one sentence, so each occurrence is decided on its own, as a
// noisy channel: is the text around it likelier read with the character (segmented with
// jieba's dictionary) or with the mark (which splits it in two)? Paired marks (“…” 《…》 （…）)
// must come in pairs, a doubled 要要 is the only dash, and garbling nearby makes more likely.
import iconv from 'iconv-lite';
import type { VFile } from 'vfile';
import { applyEdits, type ClippingTree, type Edit } from '../tree.ts';
import { isHan } from '../chars.ts';
import { inCreditList } from '../recognise/credit.ts';
import { spuriousSpaces } from './collapse-spurious-spaces.ts';
import { asSimplified } from '../simplified.ts';
import {
  characterGain,
  characterScore,
  heldByWord,
  isDictionaryWord,
  WindowScores,
  wordPairs,
} from './punctuation-model.ts';

const MARKS = '，。、“”《》：；（）…！？‘’·●—';

/** garbled character → the mark it stands for, derived from the GBK bytes of each mark */
export const MISDECODED: ReadonlyMap<string, string> = new Map(
  [...MARKS].map((mark) => {
    const [lead, trail] = iconv.encode(mark, 'gbk');
    return [iconv.decode(Buffer.from([lead! + 0x31, trail!]), 'gbk'), mark] as const;
  }),
);

const GARBLED_CHARACTERS = [...MISDECODED.keys()].join('');
/** lookup tables by UTF-16 code unit, read once per character of every file */
const codeTable = (chars: string) => {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
};
const IS_GARBLED = codeTable(GARBLED_CHARACTERS);
/** the marks that end a clause or sentence */
const IS_CLAUSE_MARK = codeTable('，。、；：！？');
/** a full stop or exclamation (a `？` in web copies often stands for a character lost in decoding) */
const IS_SENTENCE_END = codeTable('。！');
/** the marks whose presence nearby says the text is not garbled there */
const IS_REAL_MARK = codeTable('，。、“”；：');
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
/**
 * An institution named by its short form ending in 院 — a court, procuratorate, hospital or
 * college (`基层院`, `市中院`, `妇幼保健院`, `职院`, `国务院`) — keeps its 院: no colon follows a
 * 中 or a 保健. Read in simplified characters (a converted page prints 學院, 國務院).
 */
const INSTITUTION_BEFORE_院 =
  /(基层|[省市县区]?中|高|保健|卫生|职|学|法|医|国务|检察|科学|研究|设计|剧|影|书|疗养|敬老|福利|养老)$/u;
/** garbled characters that are also common surnames */
const SURNAMES = new Set(['袁', '叶']);
const TITLE_BEFORE =
  /(队长|书记|主任|记者|局长|县长|市长|区长|州长|省长|镇长|乡长|村长|院长|厅长|处长|科长|所长|站长|社长|行长|组长|会长|秘书长|主席|部长|常委|委员|同志|教授|老师|经理|董事长|厂长|校长|代表|专家|干部|村民|法官|民警)$/u;
/**
 * Words that open a clause, never a given name: after a title they follow a comma
 * (`担任办公室主任袁他发现…`, `同村村民袁因承包地…`, `党总支书记袁向抵边村选派…`).
 */
const NOT_A_GIVEN_NAME = /^[他她我你它这那在是为因从对把被将也都就并而但向与和及由经已还又]/u;
/** the marks that end a name in a credit list, printed or garbled (`记者 袁玥）`, `记者 袁玥遥`) */
const AFTER_NAME = '）)，、。；';
/**
 * Inside a credit list (`（记者 吴楚瞳 袁玥 摄影 吴聃）`, see recognise/credit.ts) a surname
 * opens a name of one or two characters, then the list goes on or ends.
 */
const NAME_THEN_BOUNDARY = new RegExp(
  // a given name of characters that are no garbled marks themselves (`记者 袁尧` is a comma and a
  // 、, or the first pass and the second would read it differently); a mark after the name reads
  // the same garbled or restored, or the second pass would read it differently
  `^(?:(?![${GARBLED_CHARACTERS}])\\p{Script=Han}){1,2}(\\s|摄|报道|[${AFTER_NAME}${[...AFTER_NAME].map((m) => GARBLED_OF.get(m) ?? '').join('')}]|$)`,
  'u',
);
/** how many characters either side the language model reads */
const WINDOW = 6;
/** log-odds needed to restore a mark; tuned on garbled copies of clean text (see tests) */
const THRESHOLD = 2.5;

export function restoreMisdecodedPunctuation() {
  return (tree: ClippingTree, file: VFile) => {
    const reading = readAsOne(tree);
    if (reading.candidates.length === 0 && reading.noteBrackets.every((n) => !n.length)) return; // clean text
    const chosen = restoredPositions(reading);
    const edits = reading.inBlocks(chosen).map((weighed, b) => {
      const found = [...weighed, ...reading.noteBrackets[b]!].sort(([x], [y]) => x - y);
      if (found.length === 0) return [];
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

/** The file as one run of text and where each of its characters came from. */
interface Reading {
  /** the blocks joined as the line joiner would join them, without line breaks or pinyin notes */
  text: string;
  /** offsets in `text` where a block starts */
  blockStarts: Set<number>;
  /** offsets in `text` a spurious space followed as printed (extraction's trace of a garbled mark) */
  spaceAfter: Set<number>;
  /** offsets of the characters that may be garbled marks, in order */
  candidates: number[];
  /** per block, the offsets in its value of the sorted offsets of `text`, with their marks */
  inBlocks: (offsets: number[]) => Array<Array<[number, string]>>;
  /** per block, garbled brackets of pinyin notes (not in `text`): offset and mark */
  noteBrackets: Array<Array<[number, string]>>;
}

/**
 * Pinyin some sites print after a character (`進（jìn）院門`): read past, like a line break. Its
 * brackets may be garbled too (`學渊xué冤院`); a bracket around pinyin is certain.
 */
const PINYIN_NOTE = /(?<=\p{Script=Han})[（(渊][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)冤]/gu;

/**
 * The file is read as one run of text, blocks joined as the line joiner would join them and
 * without the spaces the space repair takes out (`2022 要1`), so a decision does not depend on
 * where the lines happened to break (and does not change when the repaired text is read again).
 */
function readAsOne(tree: ClippingTree): Reading {
  const size = tree.children.reduce((n, block) => n + block.value.length, 0);
  const blockOf = new Int32Array(size);
  const offsetOf = new Int32Array(size);
  const blockStarts = new Set<number>();
  const spaceAfter = new Set<number>();
  const noteBrackets: Array<Array<[number, string]>> = tree.children.map(() => []);
  let text = '';
  tree.children.forEach((block, b) => {
    blockStarts.add(text.length);
    const value = block.value;
    const notes = /[（(渊]/u.test(value) ? [...value.matchAll(PINYIN_NOTE)] : [];
    for (const { index, 0: note } of notes) {
      if (note.startsWith('渊')) noteBrackets[b]!.push([index, '（']);
      if (note.endsWith('冤')) noteBrackets[b]!.push([index + note.length - 1, '）']);
    }
    const spaces = spuriousSpaces(value);
    let note = 0;
    let kept = ''; // the block without line breaks, spurious spaces and notes, put together from slices
    let from = 0;
    for (let k = 0; k < value.length; k++) {
      const noteHere = note < notes.length && k === notes[note]!.index;
      // by character code: every character of the file comes this way (spurious spaces are spaces)
      const code = value.charCodeAt(k);
      if (!noteHere && code !== 0x0a && (code !== 0x20 || !spaces.has(k))) {
        blockOf[text.length + kept.length + k - from] = b;
        offsetOf[text.length + kept.length + k - from] = k;
        continue;
      }
      kept += value.slice(from, k);
      if (code === 0x20) spaceAfter.add(text.length + kept.length - 1);
      if (noteHere) k += notes[note++]![0].length - 1;
      from = k + 1;
    }
    text += kept + value.slice(from);
  });
  const candidates: number[] = [];
  for (let i = 0; i < text.length; i++) if (IS_GARBLED[text.charCodeAt(i)] && !loneDash(text, i)) candidates.push(i);
  const inBlocks = (offsets: number[]) => {
    const found: Array<Array<[number, string]>> = tree.children.map(() => []);
    for (const i of offsets) found[blockOf[i]!]!.push([offsetOf[i]!, MISDECODED.get(text[i]!)!]);
    return found;
  };
  return { text, blockStarts, spaceAfter, candidates, inBlocks, noteBrackets };
}

/** traditional character code → simplified (0: not looked up yet), one character for one */
const SIMPLIFIED = new Uint16Array(0x10000);

/**
 * `text` read character by character in simplified characters (a surrogate stays itself): the
 * dictionary is simplified, and a traditional page (`院門`, `學院`) reads as its words there.
 */
function simplifiedCharacters(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let simple = code;
    if (code >= 0x3400 && (code < 0xd800 || code >= 0xe000)) {
      simple = SIMPLIFIED[code] || lookUpSimplified(text[i]!);
      if (simple !== code) out ??= text.slice(0, i).split('');
    }
    if (out) out[i] = simple === code ? text[i]! : String.fromCharCode(simple);
  }
  return out ? out.join('') : text;
}

function lookUpSimplified(ch: string): number {
  const converted = asSimplified(ch);
  const code = converted.length === 1 ? converted.charCodeAt(0) : ch.charCodeAt(0);
  SIMPLIFIED[ch.charCodeAt(0)] = code;
  return code;
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
  // a dash between numbers (`2021 要 2025年`) was read without the spaces: they go with it
  if (mark === '—' && value[k - 1] === ' ' && /\d/.test(value[k - 2] ?? '') && free(k - 1)) start = k - 1;
  if (mark === '—' && value[k + 1] === ' ' && /\d/.test(value[k + 2] ?? '')) end = k + 2;
  return { start, end, after: mark };
}

/** `text` with the marks at the sorted `offsets` restored */
function substitute(text: string, offsets: number[]): string {
  let out = '';
  let from = 0;
  for (const i of offsets) {
    out += text.slice(from, i) + MISDECODED.get(text[i]!)!;
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * Offsets of the garbled marks, sorted. Each pass reads every candidate with the marks found
 * by the pass before restored around it; it repeats until the marks found stop changing the
 * reading of their neighbours (a pass after one that found nothing would read exactly the
 * same text, so there is none). A window is read again only when a mark inside it changed.
 */
function restoredPositions(reading: Reading): number[] {
  const model = new CandidateModel(reading);
  let chosen = decide(reading, model, reading.text, []);
  let before: number[] = [];
  for (let round = 0; round < 4 && chosen.length > 0; round++) {
    model.contextChanged(symmetricDifference(before, chosen));
    const next = decide(reading, model, substitute(reading.text, chosen), chosen);
    const same = next.length === chosen.length && next.every((i, k) => chosen[k] === i);
    before = chosen;
    chosen = next;
    if (same) break;
  }
  return chosen;
}

/** offsets in one sorted list and not the other, sorted */
function symmetricDifference(a: number[], b: number[]): number[] {
  const inB = new Set(b);
  const inA = new Set(a);
  return [...a.filter((i) => !inB.has(i)), ...b.filter((i) => !inA.has(i))].sort((x, y) => x - y);
}

/**
 * What is known of each candidate apart from the marks around it: whether the text rules it
 * out (a name, a village, an institution), its layout hint, and its language-model log-odds,
 * read again only when a mark within its window changed. A character that pairs with neither
 * neighbour in any dictionary word, as printed or with a neighbour restored, is a word of its
 * own in every reading (most garbled commas): its log-odds is fixed.
 */
class CandidateModel {
  readonly ruledOut: Uint8Array;
  readonly hint: Float64Array;
  private readonly odds: Float64Array;
  private readonly fixed: Uint8Array;
  /** no dictionary word holds the candidate with its neighbours as printed */
  readonly alone: Uint8Array;
  private readonly windows = new WindowScores();
  private readonly reading: Reading;

  constructor(reading: Reading) {
    this.reading = reading;
    const { text, candidates } = reading;
    this.ruledOut = new Uint8Array(candidates.length);
    this.hint = new Float64Array(candidates.length);
    this.odds = new Float64Array(candidates.length).fill(NaN);
    this.fixed = new Uint8Array(candidates.length);
    this.alone = new Uint8Array(candidates.length);
    candidates.forEach((i, c) => {
      this.ruledOut[c] = ruledOutByText(text, i) ? 1 : 0;
      this.hint[c] = layoutHint(reading, i);
      if (standsAlone(text, i)) {
        this.fixed[c] = 1;
        this.odds[c] = markPrior(MISDECODED.get(text[i]!)!) - characterScore(text[i]!);
      }
      this.alone[c] = this.fixed[c] || !heldAsPrinted(text, i) ? 1 : 0;
    });
  }

  /** the log-odds of candidate `c` (at offset `i`) read in `context` */
  logOdds(c: number, context: string): number {
    if (Number.isNaN(this.odds[c]!)) {
      const i = this.reading.candidates[c]!;
      const ch = this.reading.text[i]!;
      this.odds[c] = logOdds(context, i, ch, this.windows);
    }
    return this.odds[c]!;
  }

  /** forget the log-odds of candidates whose window holds one of the sorted `changed` offsets */
  contextChanged(changed: number[]): void {
    this.reading.candidates.forEach((i, c) => {
      if (!this.fixed[c] && countWithin(changed, i, WINDOW) > 0) this.odds[c] = NaN;
    });
  }
}

/** Does a dictionary word hold the character at `i` with its neighbours as printed? */
function heldAsPrinted(text: string, i: number): boolean {
  const from = Math.max(0, i - WINDOW);
  return heldByWord(simplifiedCharacters(text.slice(from, i + WINDOW + 1)), i - from, wordPairs(GARBLED_CHARACTERS));
}

/** Does no dictionary word pair the character at `i` with a neighbour, printed or restored? */
function standsAlone(text: string, i: number): boolean {
  const ch = text[i]!;
  const pairs = wordPairs(GARBLED_CHARACTERS).pairs.get(ch)!;
  const readings = (k: number) =>
    k < 0 || k >= text.length ? [] : [simplifiedCharacters(text[k]!), MISDECODED.get(text[k]!) ?? ''];
  return readings(i - 1).every((n) => !pairs.has(n + ch)) && readings(i + 1).every((n) => !pairs.has(ch + n));
}

/** A surname heading a village name, an institution's 院, a person named after a title. */
function ruledOutByText(text: string, i: number): boolean {
  // a surname heading a village name (袁家铺村, 叶家庄) is a name the dictionary lacks
  if (VILLAGE_NAME.test(text.slice(i + 1, i + 3))) return true;
  if (text[i] === '院' && INSTITUTION_BEFORE_院.test(asSimplified(text.slice(Math.max(0, i - 2), i)))) return true;
  return personAfterTitle(text, i);
}

/**
 * A lone 要 (not doubled, not between numbers or dates) is the word 要 whatever is around it:
 * one of the commonest characters, so it is not weighed at all.
 */
function loneDash(text: string, i: number): boolean {
  const ch = text[i]!;
  if (MISDECODED.get(ch) !== '—') return false;
  const twin = (c: string | undefined) => c === ch || c === '—';
  return !twin(text[i - 1]) && !twin(text[i + 1]) && doubledMark(text, text, i) === -Infinity;
}

/** the end of a date a range starts at (`9月8日要11日`, `3月要5月`) */
const DATE_RANGE_BEFORE = /\d[日月号]$/u;

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
  // a range of days or months (`9月8日要11日`): the dash between two dates
  if (mark === '—' && DATE_RANGE_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && /^\d/.test(text[i + 1] ?? ''))
    return 3;
  return mark === '—' ? -Infinity : 0; // a lone 要 is the word 要
}

/**
 * Offsets in `text` whose character is a garbled mark, sorted. `context` is the same text with
 * the marks found so far (`garbledNearby`, sorted) restored, so a window is cut at garbled
 * marks as at real ones.
 */
function decide(reading: Reading, model: CandidateModel, context: string, garbledNearby: number[]): number[] {
  const score = scoreCandidates(reading, model, context, garbledNearby);
  weighNeighbourhood(score, context);
  const chosen = new Set<number>();
  const { text } = reading;
  // paired marks: an opening mark needs its closing one ahead, and the pair is judged together;
  // of two candidates for one partner (`拓视野袁在野精育冶`), the likelier mark takes it
  const rivalBetween = (i: number, j: number, s: number) => {
    for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++)
      if (text[k] === text[i] && (score.get(k) ?? -Infinity) > s) return true;
    return false;
  };
  for (const [i, s] of score) {
    const pair = pairedWith(text, context, i);
    let total = s;
    if (pair === 'none') total = s + NO_PARTNER;
    else if (pair === 'far' || (pair && rivalBetween(i, pair.j, s))) total = s + NO_PARTNER_NEARBY;
    // a garbled partner the text rules out (a name, `记者 叶曳`) is none: else this mark would be
    // restored alone, and its partner read as a mark when the repaired text is read again
    else if (pair && !pair.awaited && !score.has(pair.j)) total = s + NO_PARTNER;
    else if (pair) total = (s + (score.get(pair.j) ?? s)) / 2 + 1 + (pair.awaited ? AWAITED_BY_REAL_MARK : 0);
    if (total > THRESHOLD) chosen.add(i);
  }
  wholeRuns(reading, context, score, chosen);
  return [...chosen].sort((x, y) => x - y);
}

/** Each candidate's own score: language model, layout, garbling nearby, doubled marks. */
function scoreCandidates(reading: Reading, model: CandidateModel, context: string, garbledNearby: number[]) {
  const { text, candidates } = reading;
  const score = new Map<number, number>();
  candidates.forEach((i, c) => {
    const doubled = doubledMark(text, context, i);
    if (doubled === -Infinity || model.ruledOut[c] || clauseMarkAfterMark(text, context, i)) return;
    const bonus = Math.min(countWithin(garbledNearby, i, 60), 6) * 0.3;
    const hint = model.hint[c]! + contextHint(text, context, i, model.alone[c] === 1);
    score.set(i, model.logOdds(c, context) + bonus + hint + doubled);
  });
  return score;
}

/**
 * No clause or sentence mark opens a text (a line never starts with one in Chinese type) or
 * follows a full stop or `！`, printed or restored (`。，`): the character there is a word, a
 * surname opening a sentence (`…工作遥袁建兵说袁…`: once the 。 is restored, 袁 is 袁). A block
 * start alone says nothing: blocks are joined after this repair (`林甸县袁` | `袁…`), and the
 * repaired text must read the same when read again. After a comma the source may double its own
 * marks (`枸杞，、硒砂瓜`, `近半，，面对`, a web copy).
 */
function clauseMarkAfterMark(text: string, context: string, i: number): boolean {
  if (!IS_CLAUSE_MARK[MISDECODED.get(text[i]!)!.charCodeAt(0)]) return false;
  // a space after a restored mark goes with the repair (`遥 袁` → `。袁`), so it is read past
  let before = i - 1;
  while (context[before] === ' ') before--;
  return before < 0 || IS_SENTENCE_END[context.charCodeAt(before)] === 1;
}

/** garbled text has no real marks of its own nearby, and other garbled ones around it */
function weighNeighbourhood(score: Map<number, number>, context: string): void {
  if (score.size === 0) return; // nothing to weigh: the marks of the whole text need no counting
  const likely = [...score].filter(([, t]) => t > 0).map(([j]) => j);
  const likelySet = new Set(likely);
  // real marks (and marks restored so far) before each offset
  const marksBefore = new Int32Array(context.length + 1);
  for (let k = 0; k < context.length; k++) marksBefore[k + 1] = marksBefore[k]! + IS_REAL_MARK[context.charCodeAt(k)]!;
  for (const [i, s] of score) {
    const realMarks = marksBefore[Math.min(context.length, i + 21)]! - marksBefore[Math.max(0, i - 20)]!;
    const otherCandidates = countWithin(likely, i, 20) - (likelySet.has(i) ? 1 : 0);
    score.set(i, s + 0.5 * Math.max(-4, Math.min(4, otherCandidates - realMarks)));
  }
}

/** how far a quote or bracket looks for its partner and for a quote it stands in */
const PAIR_REACH = 60;
/**
 * A quote or bracket with no partner within a few sentences is no mark: the shift garbles both
 * or neither, and quotes close soon (`最远的多玛野保站距县城…`, a wildlife station, and
 * `同唱多耶`, a Dong song, had none). Blocks are not paragraphs yet (a page may break one
 * with a blank line, 004 `…《贵溪市农村义务教育学校网` | `点布局规划》`), so this is a reach.
 */
const NO_PARTNER = -8;
const PARTNER_SOUGHT = 200;
/** a partner beyond reach, or a rival nearer to it */
const NO_PARTNER_NEARBY = -3;
/**
 * A real closing mark with no real opening one before it waits for the candidate
 * (`野草木蔓發，春山可望。”`: the paragraph's real ” has no “).
 */
const AWAITED_BY_REAL_MARK = 2;

/**
 * For a quote or bracket, what its partner says: the partner's offset, or why there is none;
 * null for other marks. Inside a quote already opened by a real mark, the next closing mark is
 * that quote's. The marks around are read in `context`, with the marks found so far restored:
 * the repaired text, read again, shows them as real marks (`重“面子冶轻野里子”`: once 冶 is ”,
 * 野 opens the next quote instead of standing inside the first).
 */
function pairedWith(text: string, context: string, i: number): { j: number; awaited: boolean } | 'far' | 'none' | null {
  const ch = text[i]!;
  const other = OPENING.get(ch) ?? CLOSING.get(ch);
  if (!other) return null;
  const direction = OPENING.has(ch) ? 1 : -1;
  if (insideReal(context, i, MISDECODED.get(ch)!, MISDECODED.get(other)!, direction === 1 ? -1 : 1)) return 'far';
  const j = partner(context, i, other, direction);
  if (j < 0) return j === -1 ? 'far' : 'none';
  if (context[j] !== MISDECODED.get(other)) return { j, awaited: false };
  // a real partner: awaited unless a real mark of the candidate's own kind stands between
  const [from, to] = direction === 1 ? [i, j] : [j, i];
  const between = context.slice(from + 1, to).includes(MISDECODED.get(ch)!);
  return between ? 'far' : { j, awaited: true };
}

/** a run of one repeated character (遥遥) is read one way as a whole: a word, or marks */
function wholeRuns(reading: Reading, context: string, score: Map<number, number>, chosen: Set<number>): void {
  const { text, candidates } = reading;
  let past = -1;
  for (const i of candidates) {
    if (i < past) continue;
    let end = i + 1;
    while (text[end] === text[i] && score.has(end)) end++;
    if (end - i > 1 && score.has(i) && !doubledMark(text, context, i)) {
      const run = Array.from({ length: end - i }, (_, k) => i + k);
      if (!run.every((k) => chosen.has(k))) for (const k of run) chosen.delete(k);
    }
    past = end;
  }
}

/**
 * Whether the candidate stands within a pair of real marks: looking away from its partner
 * (`direction` -1 for an opening candidate), a real mark of its own kind comes before one of
 * the other kind (`“呦呦鹿鸣，食野之苹”`: the real “ before 野 still waits for its ”).
 */
function insideReal(text: string, from: number, same: string, other: string, direction: 1 | -1): boolean {
  // by character code: a Han character read as a string is a new string each time
  const [sameCode, otherCode] = [same.charCodeAt(0), other.charCodeAt(0)];
  for (let k = from + direction, n = 0; k >= 0 && k < text.length && n < PAIR_REACH; k += direction, n++) {
    const code = text.charCodeAt(k);
    if (code === sameCode) return true;
    if (code === otherCode) return false;
  }
  return false;
}

/**
 * A surname where the text shows a person: after a title (`队长袁建兵`), followed by a given name
 * rather than a word, or by a name the text prints again (`部长袁建华` … `袁建华`), or one that
 * cannot be a book title's opening mark (`部长叶春华`); or in a credit
 * list's shape (`记者 吴楚瞳 袁玥 摄影`).
 */
function personAfterTitle(text: string, i: number): boolean {
  if (!SURNAMES.has(text[i]!)) return false;
  // a garbled character between the role and the surname may be a mark that ends the list: the
  // list is read up to it only, as the repaired text will be read again (`记者 袁袁记者`)
  if (inCreditList(text, i, GARBLED_CHARACTERS) && NAME_THEN_BOUNDARY.test(text.slice(i + 1, i + 5))) return true;
  if (!TITLE_BEFORE.test(text.slice(Math.max(0, i - 4), i)) || NOT_A_GIVEN_NAME.test(text[i + 1] ?? '')) return false;
  // no book title opens right after a title (`宣传部长叶春华`, `副主任叶大祥`): a name does
  if (MISDECODED.get(text[i]!) === '《') return true;
  const printedAgain = (n: number) => text.split(text.slice(i, i + n)).length > 2;
  return (
    (!isDictionaryWord(text.slice(i + 1, i + 3)) && !isDictionaryWord(text.slice(i + 1, i + 4))) || printedAgain(3)
  );
}

/**
 * The nearest `target` (garbled or real) within reach in `direction`; -1 when the nearest is
 * beyond reach, -2 when none is sought out.
 */
function partner(text: string, from: number, target: string, direction: 1 | -1): number {
  // its partner may be garbled too, or may have survived as the real mark
  const [targetCode, realCode] = [target.charCodeAt(0), MISDECODED.get(target)!.charCodeAt(0)];
  for (let k = from + direction, n = 0; k >= 0 && k < text.length && n < PARTNER_SOUGHT; k += direction, n++) {
    const code = text.charCodeAt(k);
    if (code === targetCode || code === realCode) return n < PAIR_REACH ? k : -1;
  }
  return -2;
}

/**
 * A middle dot joins the parts of a slogan or title in quotes (`“就业暖心·桂在行动”`,
 * `《社会·民生》`), of a transliterated name (`阿吉然木·艾买提`: its last two characters before
 * the dot are no word) or a country and a place (`中国·绩溪`); elsewhere a lone 窑 is likelier a
 * word the dictionary lacks, a place (`调研组先后深入窑店乡柳沟村`, read as `深入·店乡` in every
 * layout of eval:layouts before).
 */
const MIDDLE_DOT_ELSEWHERE = -5;
const COUNTRY_BEFORE_DOT = /中国$/u;
/**
 * A colon after a word that announces what follows (`接货人员说院“今天…`, `发出通知院自9月14日…`,
 * `用了这样几个词来形容院诗与远方`), where 院 pairs with neither neighbour in a word.
 */
const COLON_AFTER_ANNOUNCING = 3;
const ANNOUNCING =
  /(说|道|称|言|问|答|表示|指出|强调|认为|介绍|通知|消息|如下|形容|展示|宣布|透露|坦言|感慨|提醒|获悉)$/u;
/** `曰` is classical (`名曰`, `子曰`, words the dictionary holds); alone between words it is `；` */
const SEMICOLON_ALONE = 1;

/** Evidence from the words around a candidate, read again each pass. */
function contextHint(text: string, context: string, i: number, alone: boolean): number {
  const mark = MISDECODED.get(text[i]!);
  if (mark === '·' && !insideQuotes(context, i) && !nameBeforeDot(context, i)) return MIDDLE_DOT_ELSEWHERE;
  // before an opening quote the words said follow, though 院 makes a word with the verb (`指出院“要…`: 出院)
  const quoteFollows = context[i + 1] === '“';
  if (mark === '：' && (alone || quoteFollows) && ANNOUNCING.test(context.slice(Math.max(0, i - 2), i)))
    return COLON_AFTER_ANNOUNCING;
  if (mark === '；' && alone) return SEMICOLON_ALONE;
  return 0;
}

/** Do the two characters before `i` end a transliterated name or a country? */
function nameBeforeDot(context: string, i: number): boolean {
  const two = simplifiedCharacters(context.slice(Math.max(0, i - 2), i));
  return /^\p{Script=Han}{2}$/u.test(two) && (!isDictionaryWord(two) || COUNTRY_BEFORE_DOT.test(two));
}

const OPENS_QUOTE = codeTable('“《');
const CLOSES_QUOTE_OR_SENTENCE = codeTable('”》。');
/** Is an opening quote or title mark open before `i`, within its clause's reach? */
function insideQuotes(context: string, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 30); k--) {
    const mark = context.charCodeAt(k);
    if (OPENS_QUOTE[mark]) return true;
    if (CLOSES_QUOTE_OR_SENTENCE[mark]) return false;
  }
  return false;
}

/**
 * Layout that makes a mark likelier: extraction leaves a space after a garbled full stop or
 * comma, and a paragraph opening on a short label (`习近平院…`, `权威解读院…`) has its colon there.
 */
function layoutHint({ text, blockStarts, spaceAfter }: Reading, i: number): number {
  const mark = MISDECODED.get(text[i]!);
  if (text[i + 1] === ' ' || spaceAfter.has(i) || (text[i + 1] === undefined && mark === '。')) return 1.5;
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
function logOdds(context: string, i: number, char: string, windows: WindowScores): number {
  const left = simplifiedCharacters(clause(context.slice(Math.max(0, i - WINDOW), i), -1));
  const right = simplifiedCharacters(clause(context.slice(i + 1, i + 1 + WINDOW), 1));
  return markPrior(MISDECODED.get(char)!) - characterGain(left, char, right, wordPairs(GARBLED_CHARACTERS), windows);
}

/** where a window is cut: white space and marks, by UTF-16 code unit (read for every window) */
const IS_CUT = codeTable('，。、“”《》：；（）…！？‘’·●—,.;:!?()');
/** a mark or white space (no Han character, U+3400–U+9FFF, is white space: most are not tested) */
const cuts = (ch: string) => {
  const code = ch.charCodeAt(0);
  return IS_CUT[code] === 1 || ((code < 0x3400 || code > 0x9fff) && /\s/u.test(ch));
};

/** Cut a window at existing punctuation or space, keeping the side next to the candidate. */
function clause(window: string, side: -1 | 1): string {
  if (side > 0) {
    let end = 0;
    while (end < window.length && !cuts(window[end]!)) end++;
    return window.slice(0, end);
  }
  let start = window.length;
  while (start > 0 && !cuts(window[start - 1]!)) start--;
  return window.slice(start);
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
