import { describe, expect, it } from 'vitest';
import { widenHalfwidthPunctuation } from '../../src/normalize/repair/widen-halfwidth-punctuation.ts';
import { runStages } from '../helpers.ts';

describe('widenHalfwidthPunctuation', () => {
  it('widens ASCII marks inside Chinese text (003)', () => {
    const text = '本报讯(孙爽 记者刘大泳)近年来,同江市加大政策引领、干部选用等方面倾斜力度;成效显著!\n';
    expect(runStages(text, widenHalfwidthPunctuation).blocks[0]).toBe(
      '本报讯（孙爽 记者刘大泳）近年来，同江市加大政策引领、干部选用等方面倾斜力度；成效显著！',
    );
  });

  it('keeps e-mail addresses, decimals, thousands and Latin text as they are', () => {
    const text =
      'E-mail:jizhebu2004@sina.com\n\n平均办理天数27.3天,累计1,000人次,详见 http://www.example.cn/a,b\n\nHello, world: fine!\n';
    const { blocks } = runStages(text, widenHalfwidthPunctuation);
    expect(blocks).toEqual([
      'E-mail:jizhebu2004@sina.com',
      '平均办理天数27.3天，累计1,000人次，详见 http://www.example.cn/a,b',
      'Hello, world: fine!',
    ]);
  });
});
