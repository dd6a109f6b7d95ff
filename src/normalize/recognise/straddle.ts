// Recogniser: does a word straddle the join between two pieces of text? jieba reads the last
// characters of one and the first of the next together; a word across the seam (`召|开`,
// `视频会|议`) is the surest sign that a line was wrapped there and not ended.
import nodejieba from 'nodejieba';
import { isHan } from '../chars.ts';
import { remembered } from '../remember.ts';

/** True when the segmenter reads a word across the seam between two blocks. */
export function splitsAWord(left: string, right: string): boolean {
  const tail = left.slice(-4);
  const head = right.slice(0, 4);
  if (!isHan(tail.at(-1)) || !isHan(head[0])) return false;
  // the joiner and furniture removal ask of the same seams again: one question per seam
  return acrossSeam(tail, head);
}

/** whether jieba reads a word of Han characters across the end of `tail` */
const acrossSeam = remembered(
  (tail: string, head: string): boolean => {
    let offset = 0;
    for (const token of nodejieba.cut(tail + head)) {
      if (offset < tail.length && offset + token.length > tail.length)
        return token.length >= 2 && /^\p{Script=Han}+$/u.test(token);
      offset += token.length;
    }
    return false;
  },
  // the tail is at most 4 characters: its length, one digit, tells where the head starts
  (tail, head) => `${tail.length}${tail}${head}`,
);
