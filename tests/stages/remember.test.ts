import { describe, expect, it } from 'vitest';
import { rememberedByText } from '../../src/normalize/remember.ts';
import { readDateLine } from '../../src/normalize/recognise/date-line.ts';
import { placeNames } from '../../src/normalize/describe/gazetteer.ts';

describe('rememberedByText', () => {
  it('answers a text asked again without asking the question again', () => {
    const asked: string[] = [];
    const length = rememberedByText((text: string) => {
      asked.push(text);
      return text.length;
    });
    expect([length('本报讯'), length('要闻'), length('本报讯')]).toEqual([3, 2, 3]);
    expect(asked).toEqual(['本报讯', '要闻']);
  });

  it('remembers null answers too', () => {
    let calls = 0;
    const none = rememberedByText(() => {
      calls++;
      return null;
    });
    none('地方新闻');
    none('地方新闻');
    expect(calls).toBe(1);
  });

  it('gives the same answer to every caller, frozen so none can change it for the next', () => {
    const names = placeNames('林甸县召开春季农业生产工作会议');
    expect(names).toEqual(['林甸县']);
    expect(Object.isFrozen(names)).toBe(true);
    expect(placeNames('林甸县召开春季农业生产工作会议')).toBe(names);
    const dated = readDateLine('2022年6月29日 星期三');
    expect(dated).toEqual({ kind: 'masthead', date: '2022-06-29', source: null });
    expect(() => {
      (dated as { date: string }).date = '2022-06-30';
    }).toThrow(TypeError);
    expect(readDateLine('2022年6月29日 星期三')?.date).toBe('2022-06-29');
  });

  it('reads dates printed in Chinese numerals, which hold no digit until read', () => {
    expect(readDateLine('二〇二三年十二月五日 星期二')).toEqual({ kind: 'masthead', date: '2023-12-05', source: null });
    expect(readDateLine('地方新闻')).toBeNull();
  });
});
