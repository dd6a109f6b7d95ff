import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestSegmentation, characterScore, isDictionaryWord } from '../../src/normalize/repair/punctuation-model.ts';

// Words and characters of clipping text, garbled marks (袁 遥 院 要) and real marks among them.
const PIECES = [
  ...'组织部门要求党委书记袁建兵情况听取汇报遥远的地方法院院长，。 a1',
  ...['乡村振兴', '全面推进', '工作人员', '基层党组织', '人民法院', '党委书记'],
];
/** outside the BMP: a window holding one is read by code point, with no filter */
const RARE = '𠀀';

describe('bestSegmentation', () => {
  it('reads a sentence as its words: a word scores above its characters apart', () => {
    expect(isDictionaryWord('乡村振兴') || isDictionaryWord('振兴')).toBe(true);
    const apart = [...'乡村振兴'].reduce((sum, ch) => sum + characterScore(ch), 0);
    expect(bestSegmentation('乡村振兴')).toBeGreaterThan(apart);
  });

  it('scores a window the same with the word filter as without it (read by code point)', () => {
    expect(isDictionaryWord(RARE)).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }), (pieces) => {
        const text = pieces.join('').slice(0, 13);
        // the rare character joins no word: the best reading is the text's, then it alone
        expect(bestSegmentation(text + RARE)).toBe(bestSegmentation(text) + characterScore(RARE));
      }),
      { numRuns: 300 },
    );
  });
});
