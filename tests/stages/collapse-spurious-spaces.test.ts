import { describe, expect, it } from 'vitest';
import { collapseSpuriousSpaces } from '../../src/normalize/repair/collapse-spurious-spaces.ts';
import { runStages } from '../helpers.ts';

describe('collapseSpuriousSpaces', () => {
  it('removes spaces between numbers and units and inside letter-spaced words', () => {
    const text = '2月 19日，铁力市对 71 个行政村调查。\n\n卷 首 语\n\n开展大攻坚推动振 兴 发 展 等“ 五 大 行 动”\n';
    expect(runStages(text, collapseSpuriousSpaces).blocks).toEqual([
      '2月19日，铁力市对71个行政村调查。',
      '卷首语',
      '开展大攻坚推动振兴发展等“五大行动”',
    ]);
  });

  it('keeps spaces between headline phrases and next to Latin words', () => {
    const text = '党建引领促发展 雁阵效应谱新篇\n\n林业 CCER 设计与交易\n';
    const { blocks, corrections } = runStages(text, collapseSpuriousSpaces);
    expect(blocks).toEqual(['党建引领促发展 雁阵效应谱新篇', '林业 CCER 设计与交易']);
    expect(corrections).toEqual([]);
  });
});
