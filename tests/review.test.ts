// The editors' review page: its data (every problem and unsure decision by file, linked to the
// article), and that the route exists in `astro dev` only.
import { describe, expect, it } from 'vitest';
import editorsReview from '../src/review/integration.ts';
import { reviewItems } from '../src/review/review.ts';
import { normalizeText } from './helpers.ts';

const TWO = `我县召开春季农业生产工作会议

3月14日，沭阳县召开春季农业生产工作会议，总结去年农业农村工作，安排部署今年春耕生产。

沭阳县开展植树造林活动

3月12日，县四套班子领导与机关干部一起参加义务植树活动，共栽下苗木三千余株。
`;

describe('review items', () => {
  it('group problems and unsure decisions by file, in line order, each with its article', () => {
    const one = normalizeText(TWO, 'content/clippings/b.txt');
    const [first, second] = one.articles;
    first!.unsure = [{ line: 3, decision: 'joined "…" to the paragraph after it; it may be a headline' }];
    const bad = normalizeText('---\ndate: 六月\n---\n正文很短。\n', 'content/clippings/a.txt');
    const files = reviewItems({
      articles: [...bad.articles, ...one.articles],
      problems: [...bad.problems, ...one.problems],
    });
    expect(files.map((f) => f.file)).toEqual(['content/clippings/a.txt', 'content/clippings/b.txt']);
    expect(files[0]!.items[0]).toMatchObject({
      line: 2,
      kind: 'error',
      message: expect.stringMatching(/front matter "date"/),
    });
    const b = files[1]!.items.map((i) => [i.line, i.kind, i.article?.id]);
    expect(b).toEqual([
      [1, 'warning', first!.id],
      [3, 'unsure', first!.id],
      [5, 'warning', second!.id],
    ]);
    expect(files[1]!.items.filter((i) => i.kind === 'warning').map((i) => i.message)).toEqual([
      expect.stringMatching(/^no date found for "我县召开/),
      expect.stringMatching(/^no date found for "沭阳县开展/),
    ]);
  });
});

describe('the review route', () => {
  const injected = (command: string) => {
    const routes: unknown[] = [];
    const setup = editorsReview().hooks['astro:config:setup'] as (o: unknown) => void;
    setup({ command, injectRoute: (r: unknown) => routes.push(r), logger: { info: () => {} } });
    return routes;
  };

  it('is injected by the dev server and not by the build', () => {
    expect(injected('dev')).toEqual([expect.objectContaining({ pattern: '/review' })]);
    expect(injected('build')).toEqual([]);
  });
});
