// Repair: spaces that extraction put into Chinese text: letter-spaced words (`卷 首 语`,
// `振 兴 发 展`), a space between a number and its Chinese unit (`2月 19日`, `71 个`), and a
// space next to full-width punctuation (`等“ 五`). Spaces between phrases of a headline
// (`党建引领促发展 雁阵效应谱新篇`) and between Chinese and Latin words (`CCER 设计`, kept as the
// source prints it) are left alone.
import type { VFile } from 'vfile';
import { isCjkPunct, isHan } from '../chars.ts';
import { applyEdits, type ClippingTree, type Edit } from '../tree.ts';

const OPENING_OR_STOP = /[“《（【，。、；：！？]/u;
const CLOSING_OR_STOP = /[”》）】，。、；：！？]/u;
const LETTER_SPACED_RUN = /\p{Script=Han}(?: \p{Script=Han}){2,}/gu;

export function collapseSpuriousSpaces() {
  return (tree: ClippingTree, file: VFile) => {
    for (const block of tree.children) {
      if (!block.value.includes(' ')) continue;
      const edits: Edit[] = [...spuriousSpaces(block.value)].map((k) => ({ start: k, end: k + 1, after: '' }));
      applyEdits(block, mergeAdjacent(edits), 'spacing', file, 1);
    }
  };
}

/**
 * Offsets of the spaces in `text` that extraction put there. The punctuation restorer reads the
 * text without them too: its repaired text, read again, has them no more.
 */
export function spuriousSpaces(text: string): Set<number> {
  const drop = new Set<number>();
  if (!text.includes(' ')) return drop;
  for (const m of text.matchAll(LETTER_SPACED_RUN)) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (text[k] === ' ') drop.add(k);
  }
  for (const m of text.matchAll(/ +/g)) {
    const left = text[m.index - 1];
    const right = text[m.index + m[0].length];
    if (left === undefined || right === undefined) continue;
    const numberAndUnit = (/\d/.test(left) && isHan(right)) || (isHan(left) && /\d/.test(right));
    // inside brackets and quotes and after sentence marks; a space after a closing quote
    // can separate the phrases of a headline (开展“五问五答” 打造满意“窗口”) and stays
    const byPunct =
      (OPENING_OR_STOP.test(left) && (isHan(right) || isCjkPunct(right))) ||
      (isHan(left) && CLOSING_OR_STOP.test(right));
    if (numberAndUnit || byPunct) for (let k = m.index; k < m.index + m[0].length; k++) drop.add(k);
  }
  return drop;
}

function mergeAdjacent(edits: Edit[]): Edit[] {
  const sorted = edits.sort((a, b) => a.start - b.start);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.end === e.start) last.end = e.end;
    else out.push({ ...e });
  }
  return out;
}
