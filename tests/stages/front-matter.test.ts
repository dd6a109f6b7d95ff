import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/normalize/front-matter.ts';
import { normalizeText } from '../helpers.ts';

describe('front matter', () => {
  it('is read and wins over what the text says', () => {
    const text =
      '---\nsource: 黑龙江日报\ndate: 2022-06-29\ncity: 林甸县\n---\n能力作风建设没有休止符\n\n记者：作为一位县委书记，您是如何领会机关“能力作风建设年”活动的重大意义的？伊春市的做法值得借鉴。\n';
    const { articles, problems } = normalizeText(text);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      source: '黑龙江日报',
      date: '2022-06-29',
      place: '林甸县',
      city: '大庆市',
      province: '黑龙江省',
    });
  });

  it('keeps body line numbers counted from the top of the file', () => {
    const split = splitFrontMatter('---\ndate: 2022\n---\n第一行\n');
    expect(split.bodyStartLine).toBe(4);
    expect(split.frontMatter).toEqual({ date: '2022' });
  });

  it('reports every bad value with its line, as errors', () => {
    const { problems } = normalizeText(
      '---\nsource: 黑龙江日报\ndate: 2022-13-45\nedition: 3\n---\n正文第一段，内容完整。\n',
    );
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'content/clippings/snippet.txt',
          line: 3,
          message: expect.stringContaining('date'),
        }),
        expect.objectContaining({ line: 4, message: expect.stringContaining('edition') }),
      ]),
    );
  });

  it('reports YAML that does not parse', () => {
    const { problems } = normalizeText('---\nsource: [黑龙江日报\n---\n正文。\n');
    expect(problems.some((p) => p.severity === 'error' && /YAML/.test(p.message))).toBe(true);
  });
});
