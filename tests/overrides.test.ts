// Per-article overrides (front matter `articles:`) and article starts marked by the editor —
// by `start:` or by a Markdown heading — in a plain, web-copied layout.
import { describe, expect, it } from 'vitest';
import { normalizeText } from './helpers.ts';

const MEETING = `我县召开春季农业生产工作会议

3月14日，沭阳县召开春季农业生产工作会议，总结去年农业农村工作，安排部署今年春耕生产。
会议指出，要全力抓好粮食生产，确保粮食面积稳中有增，全年粮食总产稳定在一百万吨以上。
`;
// longer than any headline the machine reads as one (recognise/headline.ts: 40 characters)
const MISSED = '关于进一步做好全县春耕备耕农资供应保障和农机具检修及农田水利设施维护工作的专项检查情况通报';
const INSPECTION = `${MISSED}
3月15日起，县农业农村局组织专班深入各乡镇，对春耕物资储备和农机检修情况开展专项检查。
检查组要求各地抓紧抓实春耕备耕，确保农资供应充足、价格稳定。
`;
const TREES = `沭阳县开展植树造林活动

3月12日，沭阳县四套班子领导与机关干部一起参加义务植树活动，共栽下苗木三千余株。
`;
const withFrontMatter = (yaml: string, body: string) => `---\n${yaml}\n---\n${body}`;
const paragraphsOf = (r: ReturnType<typeof normalizeText>) => r.articles.flatMap((a) => a.paragraphs);

describe('per-article overrides', () => {
  const body = `${MEETING}\n${TREES}`;
  const yaml = [
    'source: 宿迁日报',
    'articles:',
    '  - headline: 沭阳县开展植树造林活动',
    '    date: 2024-03-12',
    '    place: 泗阳县',
    '    byline: 记者 王五',
    '  - line: 14', // the body's first line, 3月14日…
    '    title: 沭阳县部署春耕生产',
    '    date: 2024-03',
  ].join('\n');

  it('set the fields of the one article they name, by headline or by line', () => {
    const plain = normalizeText(body);
    const r = normalizeText(withFrontMatter(yaml, body));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.articles.map((a) => [a.title, a.date, a.place, a.city, a.source, a.byline])).toEqual([
      ['沭阳县部署春耕生产', '2024-03', '沭阳县', '宿迁市', '宿迁日报', []],
      ['沭阳县开展植树造林活动', '2024-03-12', '泗阳县', '宿迁市', '宿迁日报', ['记者 王五']],
    ]);
    // the printed text and the addresses stay as they were
    expect(paragraphsOf(r)).toEqual(paragraphsOf(plain));
    expect(r.articles.map((a) => a.id)).toEqual(plain.articles.map((a) => a.id));
  });

  it('silence the warning about a field the editor has set, and only that one', () => {
    const dated = normalizeText(withFrontMatter(yaml, body)).problems.filter((p) => /no date/.test(p.message));
    expect(dated).toEqual([]);
    const plain = normalizeText(body).problems.filter((p) => /no date/.test(p.message));
    expect(plain).toHaveLength(2);
  });

  it('are errors on their own front matter line when invalid or naming no article', () => {
    const bad = [
      'articles:',
      '  - headline: 不存在的标题',
      '    date: 2024-03-12',
      '  - line: 9',
      '    headline: 沭阳县开展植树造林活动',
      '  - line: 9',
      '    date: 三月',
      '  - line: 9',
      '    author: 张三',
      '  - start: true',
    ].join('\n');
    const r = normalizeText(withFrontMatter(bad, body));
    const errors = r.problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.message}`);
    expect(errors).toEqual([
      expect.stringMatching(/^5: front matter "articles\[2\]": name the article by "headline:" or by "line:"/),
      expect.stringMatching(/^8: front matter "articles\[3\]\.date": expected a date like 2022-06-29/),
      expect.stringMatching(/^10: unknown key "author" in front matter "articles\[4\]" \(allowed: headline, line/),
      expect.stringMatching(/^11: front matter "articles\[5\]": name the article by/),
      expect.stringMatching(/^11: front matter "articles\[5\]\.start": "start" needs the "line:"/),
    ]);
    // an invalid front matter is not applied, but the text is all there
    expect(paragraphsOf(r)).toEqual(paragraphsOf(normalizeText(body)));
    const missing = normalizeText(withFrontMatter('articles:\n  - headline: 不存在的标题\n    date: 2024', body));
    expect(missing.problems.find((p) => p.severity === 'error')).toMatchObject({
      line: 3,
      message: expect.stringMatching(
        /articles\[1\]": no article has the headline "不存在的标题" \(headlines read: "我县召开/,
      ),
    });
  });
});

describe('marking where an article starts', () => {
  const body = `${MEETING}${INSPECTION}`;

  it('the machine alone reads an overlong headline inside a paragraph as text', () => {
    expect(normalizeText(body).articles).toHaveLength(1);
  });

  it('"start:" makes the line the headline of an article of its own, text unchanged', () => {
    const r = normalizeText(withFrontMatter('articles:\n  - line: 10\n    start: true', body));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
      ['我县召开春季农业生产工作会议', 2],
      [MISSED, 2],
    ]);
    expect(paragraphsOf(r).join('')).toBe(paragraphsOf(normalizeText(body)).join('').replace(MISSED, ''));
    const blank = normalizeText(withFrontMatter('articles:\n  - line: 7\n    start: true', body));
    expect(blank.problems.find((p) => p.severity === 'error')?.message).toMatch(/no article could start at line 7/);
  });

  it('a Markdown heading does the same in a plain layout, and the other articles stay', () => {
    const marked = `${TREES}\n${MEETING}# ${INSPECTION}`;
    const r = normalizeText(marked);
    expect(r.articles.map((a) => a.title)).toEqual(['沭阳县开展植树造林活动', '我县召开春季农业生产工作会议', MISSED]);
  });
});
