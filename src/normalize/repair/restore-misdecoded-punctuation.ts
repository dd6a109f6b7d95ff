// Repair: punctuation mis-decoded into Chinese characters. Some typesetting fonts stored
// full-width marks in GB2312 rows 1 and 3; on extraction the lead byte came out 0x31 too high,
// so `，` became `袁`, `。` became `遥`, and so on. The mapping is computed from the encoding.
// The same characters are also ordinary words (要求, 法院, 袁隆平), so each occurrence is decided
// from context: the character must stand alone in a word segmentation (not part of a word),
// and the surrounding lines must show the garbling (several such lone characters and few real
// marks), because clean and garbled blocks sit side by side.
import iconv from 'iconv-lite';
import nodejieba from 'nodejieba';
import type { VFile } from 'vfile';
import { applyEdits, type Block, type ClippingTree, type Edit } from '../tree.ts';

const MARKS = '，。、“”《》：；（）…！？‘’·●—';

/** garbled character → the mark it stands for, derived from the GBK bytes of each mark */
export const MISDECODED: ReadonlyMap<string, string> = new Map(
  [...MARKS].map((mark) => {
    const [lead, trail] = iconv.encode(mark, 'gbk');
    return [iconv.decode(Buffer.from([lead! + 0x31, trail!]), 'gbk'), mark] as const;
  }),
);

const CANDIDATE = new RegExp(`[${[...MISDECODED.keys()].join('')}]`, 'u');
/** `—` is printed doubled (——), and 要 is one of the commonest words: only 要要 counts */
const DASH = [...MISDECODED].find(([, mark]) => mark === '—')![0];
const WINDOW = 2;

export function restoreMisdecodedPunctuation() {
  return (tree: ClippingTree, file: VFile) => {
    const found = tree.children.map(loneCandidates);
    const realMarks = tree.children.map((b) => (b.value.match(/[，。、；：“”]/gu) ?? []).length);
    tree.children.forEach((block, i) => {
      const lone = found[i]!;
      if (lone.length === 0) return;
      let evidence = 0;
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(tree.children.length - 1, i + WINDOW); j++) {
        evidence += found[j]!.filter((c) => c.char !== DASH).length - realMarks[j]!;
      }
      const own = lone.filter((c) => c.char !== DASH).length;
      if (evidence < 3 || own < realMarks[i]!) return;
      const edits: Edit[] = lone.map((c) => ({ start: c.offset, end: c.offset + 1, after: MISDECODED.get(c.char)! }));
      applyEdits(block, edits, 'punctuation', file, 2);
    });
  };
}

interface Candidate {
  char: string;
  offset: number;
}

/** occurrences of a candidate character that the segmenter leaves standing alone */
function loneCandidates(block: Block): Candidate[] {
  if (!CANDIDATE.test(block.value)) return [];
  const out: Candidate[] = [];
  let offset = 0;
  const tokens = nodejieba.cut(block.value);
  tokens.forEach((token, k) => {
    if (MISDECODED.has(token)) {
      const isDash = token === DASH;
      const doubled = tokens[k - 1] === DASH || tokens[k + 1] === DASH;
      if (!isDash || doubled) out.push({ char: token, offset });
    }
    offset += token.length;
  });
  return out;
}
