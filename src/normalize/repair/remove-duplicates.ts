// Repair: duplicated text. A layout export can repeat a run of paragraphs, sometimes merged
// with a neighbour so the copy is not byte-identical, and doubles short captions
// (`现代化伊春新图景现代化伊春新图景。。`). The first copy is kept; a later block, or the
// leading part of one, that repeats recent text verbatim is removed.
import type { VFile } from 'vfile';
import { compact } from '../chars.ts';
import { hasHeadlineShape } from '../recognise/headline.ts';
import { applyEdits, recordRemoval, type Block, type ClippingTree, type Edit } from '../tree.ts';

/** shortest repeat worth removing, in characters: shorter repeats are set phrases */
const MIN_REPEAT = 30;
/** how far back a repeat may reach; further back it is another article quoting a phrase */
const LOOKBACK = 12000;
const SEED = 12;
/** a verbatim copy this long is a layout fault even when it stops mid-sentence */
const LONG_COPY = 40;
/** a passage repeated at the end of a block, after new text */
const MERGED_COPY = 80;

export function removeDuplicates() {
  return (tree: ClippingTree, file: VFile) => {
    // a caption printed doubled twice over halves twice; stop when nothing changes
    for (const block of tree.children) for (let i = 0; i < 4 && undoubleCaption(block, file); i++);
    const kept: Block[] = [];
    const seen = new RecentText();
    const seenLetters = new RecentText();
    // blocks printed on their own: a headline printed again after them is a copy
    const printedAlone = new Set<string>();
    for (const block of tree.children) {
      const text = block.value;
      // an attribution (`———1月11日，在…上强调`) names the occasion of a quotation, and two
      // quotations from one speech repeat it by design
      const compared = block.type === 'paragraph' && !(quotesAsHeadline(block) && !printedAlone.has(compact(text)));
      const repeat = compared && !text.startsWith('——') ? repeatedPrefix(text, seen) : 0;
      // the block's letters, read once: compared with recent text, then added to it
      const letters = lettersOf(text);
      if (repeat >= text.length || repeatsLetters(block, letters, seenLetters)) {
        recordRemoval(block, 'duplicate', file);
        continue;
      }
      if (repeat > 0) applyEdits(block, [{ start: 0, end: repeat, after: '' }], 'duplicate', file);
      // a copy merged after its neighbour's text (`新的一段。重复的一段。`)
      const tail = compared ? repeatedSuffix(block.value, seen) : 0;
      if (tail > 0)
        applyEdits(
          block,
          [{ start: block.value.length - tail, end: block.value.length, after: '' }],
          'duplicate',
          file,
        );
      kept.push(block);
      const alone = compact(block.value);
      if (alone.length < MIN_REPEAT) printedAlone.add(alone); // only a headline's length is looked up
      seen.add(compactJoin(block.value));
      seenLetters.add(block.value === text ? letters : lettersOf(block.value));
    }
    tree.children = kept;
  };
}

/** slots of RecentText's table of three-character runs */
const RUN_SLOTS = 1 << 16;
const runSlot = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 31) + b, 31) + c) & (RUN_SLOTS - 1);

/**
 * The text read lately: its last LOOKBACK characters, searched for each block. Most blocks
 * repeat nothing, so before a search it asks a table where each three-character run last
 * started: a string whose runs did not all start within reach is not there (runs that share a
 * slot only make a search more likely). Only that answer is quick; a search says yes.
 */
class RecentText {
  private text = '';
  /** characters ever added */
  private added = 0;
  /** per slot, where its run last started, plus one (0: no run yet, and no fill for every file) */
  private readonly lastStartPlusOne = new Int32Array(RUN_SLOTS);
  private before1 = 0;
  private before2 = 0;

  add(more: string): void {
    for (let k = 0; k < more.length; k++) {
      const code = more.charCodeAt(k);
      if (this.added >= 2) this.lastStartPlusOne[runSlot(this.before2, this.before1, code)] = this.added - 1;
      this.before2 = this.before1;
      this.before1 = code;
      this.added++;
    }
    this.text += more;
    // only the last LOOKBACK characters are ever read: keep the string that short, or
    // slicing a file-long string at every block makes the cost grow with the file's square
    if (this.text.length > 2 * LOOKBACK) this.text = this.text.slice(-LOOKBACK);
  }

  /** Is `piece` in the last LOOKBACK characters? */
  holds(piece: string): boolean {
    const reach = Math.max(0, this.added - LOOKBACK);
    for (let k = 0; k + 3 <= piece.length; k += 3) {
      const slot = runSlot(piece.charCodeAt(k), piece.charCodeAt(k + 1), piece.charCodeAt(k + 2));
      if (this.lastStartPlusOne[slot]! <= reach) return false;
    }
    // from where the window starts, with no copy of it made
    return this.text.includes(piece, Math.max(0, this.text.length - LOOKBACK));
  }
}

/**
 * A headline quotes its report's words (`永安市燕西中心小学开展民间剪纸艺术进校园活动` under, or
 * over, `10月17日，永安市燕西中心小学开展民间剪纸艺术进校园活动。`): a line of a headline's
 * shape, shorter than a repeat worth removing, is no copy a layout made, unless the same line
 * was printed on its own before (a web page repeating its title under each photo).
 */
const quotesAsHeadline = (block: Block): boolean =>
  block.type === 'paragraph' &&
  !block.value.includes('\n') &&
  compact(block.value).length < MIN_REPEAT &&
  hasHeadlineShape(block.value);

const compactJoin = (text: string) => text.replace(/\n/g, '');
const LETTER = /^[\p{L}\p{N}]$/u;
/** per UTF-16 code unit outside the surrogates: 0 not asked yet, 1 a letter or digit, 2 not */
const LETTER_KIND = new Uint8Array(0x10000);

/** Is the character at `at` a letter or digit, and how many code units long is it? */
function letterAt(text: string, at: number): { letter: boolean; units: number } {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdfff) {
    if (LETTER_KIND[code] === 0) LETTER_KIND[code] = LETTER.test(text[at]!) ? 1 : 2;
    return { letter: LETTER_KIND[code] === 1, units: 1 };
  }
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return { letter: LETTER.test(char), units: char.length };
}

/**
 * The words of a text without its marks and spaces (`/[^\p{L}\p{N}]/gu` removed), read by
 * character code: every block of a file is read so, and the regex was a third of this repair.
 */
function lettersOf(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length;) {
    const { letter, units } = letterAt(text, i);
    if (!letter) {
      out += text.slice(from, i);
      from = i + units;
    }
    i += units;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * A whole paragraph whose words recent text already has, letter for letter, though its marks
 * differ: a copy that merged two printed paragraphs and moved a quotation mark (001:
 * `“这一切都不是偶然所得。畜牧的事，…”` after `这一切都不是偶然所得。` | `“畜牧的事，…”`).
 * MIN_REPEAT letters at least: a shorter run is a set phrase.
 */
function repeatsLetters(block: Block, letters: string, seenLetters: RecentText): boolean {
  if (block.type !== 'paragraph' || block.value.startsWith('——')) return false;
  return letters.length >= MIN_REPEAT && seenLetters.holds(letters);
}

/**
 * Length of the longest prefix of `text` found verbatim in `seen` that is safe to remove: the
 * whole block, a repeat that ends at a sentence end, or a long copy cut mid-sentence (a layout
 * fault, not writing). 0 when there is none; short repeats are set phrases and stay.
 */
function repeatedPrefix(text: string, seen: RecentText): number {
  if (text.length < SEED || !seen.holds(text.slice(0, SEED))) return 0;
  let lo = SEED;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (seen.holds(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === text.length) return lo >= 16 ? lo : 0;
  if (lo >= LONG_COPY) return lo;
  const sentenceEnd = Math.max(...['。', '！', '？'].map((m) => text.lastIndexOf(m, lo - 1))) + 1;
  return sentenceEnd >= MIN_REPEAT ? sentenceEnd : 0;
}

/**
 * Length of the longest suffix of `text` found verbatim in `seen`, when it is safe to remove:
 * whole sentences, a passage long enough to be no quotation; never the whole block (that is
 * the prefix case).
 */
function repeatedSuffix(text: string, seen: RecentText): number {
  if (text.length < SEED * 2 || !seen.holds(text.slice(-SEED))) return 0;
  let lo = SEED;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (seen.holds(text.slice(-mid))) lo = mid;
    else hi = mid - 1;
  }
  // shrink to start right after a sentence end; an author may repeat one sentence of a
  // summary later on, so only a copy of a whole passage counts
  const start = text.length - lo;
  const end = text.slice(start - 1).search(/[。！？]/u);
  if (end < 0) return 0;
  const length = text.length - (start + end);
  return length >= MERGED_COPY ? length : 0;
}

/** `XX。。` → `X。` and, in a short caption, doubled words `赏花灯花灯` → `赏花灯` */
function undoubleCaption(block: Block, file: VFile): boolean {
  if (block.value.length > 60) return false;
  const text = compact(block.value);
  const whole = /^(.{4,}?)\1([。！？]?)\2$/u.exec(text);
  if (whole && block.value === text && /\p{Script=Han}{2}/u.test(whole[1]!)) {
    applyEdits(block, [{ start: 0, end: text.length, after: whole[1]! + whole[2]! }], 'duplicate', file);
    block.data.doubled = true;
    return true;
  }
  const doubled = [...block.value.matchAll(/(\p{Script=Han}{2,4})\1/gu)];
  // one doubled word can be real reduplication (研究研究); two or more in a caption is a fault
  if (doubled.length < 2 || /[，。]/u.test(block.value)) return false;
  const edits: Edit[] = doubled.map((m) => ({ start: m.index + m[1]!.length, end: m.index + m[0].length, after: '' }));
  applyEdits(block, edits, 'duplicate', file, 2);
  block.data.doubled = true;
  return true;
}
