// The JSON export (src/site/export.ts), written by the index's process during a build: every
// article whole (its body read back from its file), newest first, undated last, in one JSON
// document however many chunks it is written in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../src/schema.ts';
import { storeBodies, withBody } from '../src/site/bodies.ts';
import { writeExport } from '../src/site/export.ts';

const article = (id: string, date: string | null, paragraph: string): Article =>
  articleSchema.parse({
    id,
    title: `林甸县举办现场招聘会 ${id}`,
    subtitle: null,
    byline: [],
    source: '大庆日报',
    place: null,
    city: '大庆市',
    province: '黑龙江省',
    date,
    keywords: ['招聘'],
    paragraphs: [paragraph],
    sourceFile: 'content/clippings/linDian.txt',
    lines: [1, 4],
    corrections: [],
  });

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-export-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the JSON export', () => {
  it('writes every article whole, newest first and undated last', async () => {
    const dir = tempDir();
    const articles = [
      article('a-2021', '2021-03-05', '本报讯 3月5日，林甸县举办春季现场招聘会。'),
      article('b-undated', null, '招聘会共提供岗位一千二百个。'),
      article('c-2022', '2022-06-29', '本报讯 6月29日，林甸县再次举办现场招聘会。'),
    ];
    const stored = storeBodies(articles, path.join(dir, 'bodies'));
    const file = path.join(dir, 'articles.json');
    await writeExport(stored, (a) => withBody(a, path.join(dir, 'bodies')), file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      generated: string;
      count: number;
      articles: Article[];
    };
    expect(exported.generated).toBe('jianbao');
    expect(exported.count).toBe(3);
    expect(exported.articles.map((a) => a.id)).toEqual(['c-2022', 'a-2021', 'b-undated']);
    expect(exported.articles[0]).toEqual(articles[2]);
    expect(exported.articles[0]!.paragraphs).toEqual(['本报讯 6月29日，林甸县再次举办现场招聘会。']);
  });

  it('stays one JSON document when written in several chunks', async () => {
    const dir = tempDir();
    // more than one chunk of 200 articles, one a day
    const articles = Array.from({ length: 450 }, (_, k) => {
      const day = new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10);
      return article(`piece-${k}`, day, `第${k}篇：林甸县举办现场招聘会。`);
    });
    const stored = storeBodies(articles, path.join(dir, 'bodies'));
    const file = path.join(dir, 'articles.json');
    await writeExport(stored, (a) => withBody(a, path.join(dir, 'bodies')), file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { count: number; articles: Article[] };
    expect(exported.count).toBe(450);
    expect(exported.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id).reverse());
  });
});
