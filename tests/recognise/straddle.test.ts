// Recogniser: does a word straddle the join between two lines?
import { describe, expect, it } from 'vitest';
import { splitsAWord } from '../../src/normalize/recognise/straddle.ts';

describe('a word across the seam', () => {
  it.each([
    ['全县各级党组织召', '开专题会议', true],
    ['全省冬春农田水利建设视频会', '议精神', true],
    ['外出务工人员和外', '卖配送员', true],
    ['督查启动', '黑龙江日报讯', false],
    ['全年目标任务全部完成', '县政协组织委员', false],
    ['召开会议。', '开展活动', false],
  ])('%s | %s → %s', (left, right, expected) => {
    expect(splitsAWord(left, right)).toBe(expected);
  });
});
