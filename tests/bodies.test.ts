// Article bodies kept out of the content store (src/site/bodies.ts): the store's entry has no
// paragraphs or corrections, and the article read back is the article that went in, field
// order included (the JSON export and the pages' cache keys serialise it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../src/schema.ts';
import { storeBodies, storedArticleSchema, withBody } from '../src/site/bodies.ts';

const article = (id: string, paragraphs: string[], over: Partial<Article> = {}): Article =>
  articleSchema.parse({
    id,
    title: '大庆油田今年原油产量稳中有升',
    subtitle: null,
    byline: ['记者 王军'],
    source: '黑龙江日报',
    place: null,
    city: '大庆市',
    province: '黑龙江省',
    date: '2022-06-29',
    keywords: ['油田', '原油'],
    paragraphs,
    sourceFile: 'content/clippings/2022-06-29.txt',
    lines: [3, 9],
    corrections: [{ kind: 'punctuation', before: '产量,稳中', after: '产量，稳中', line: 5 }],
    ...over,
  });

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-bodies-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('article bodies outside the store', () => {
  const first = article('daqing-youtian', ['本报讯　今年以来，大庆油田原油产量稳中有升。', '油田负责人介绍……']);
  const second = article('haerbin-ditie', ['哈尔滨地铁三号线今日全线贯通。'], {
    corrections: [],
    unsure: [{ line: 12, decision: '标题取自第 12 行' }],
  });

  it('stores each article without its paragraphs and corrections, and reads it back whole', () => {
    const dir = tempDir();
    const stored = storeBodies([first, second], dir);
    for (const s of stored) {
      expect(s).not.toHaveProperty('paragraphs');
      expect(s).not.toHaveProperty('corrections');
      expect(storedArticleSchema.parse(s)).toEqual(s);
    }
    expect(stored[0]!.unsure).toBeUndefined();
    expect(stored[1]!.unsure).toEqual([{ line: 12, decision: '标题取自第 12 行' }]);
    const back = stored.map((s) => withBody(s, dir));
    expect(back).toEqual([first, second]);
    expect(back.map((a) => JSON.stringify(a))).toEqual([JSON.stringify(first), JSON.stringify(second)]);
  });

  it('names a body by its content: an edit changes the name, and files no article names are removed', () => {
    const dir = tempDir();
    const [before] = storeBodies([first], dir);
    const edited = { ...first, paragraphs: [...first.paragraphs, '新增一段。'] };
    const [after] = storeBodies([edited], dir);
    expect(after!.body).not.toBe(before!.body);
    expect(fs.readdirSync(dir)).toEqual([`${after!.body}.json`]);
    expect(withBody(after!, dir).paragraphs.at(-1)).toBe('新增一段。');
  });

  it('says which article lost its body when the file is gone', () => {
    const dir = tempDir();
    const [stored] = storeBodies([first], dir);
    fs.rmSync(path.join(dir, `${stored!.body}.json`));
    expect(() => withBody(stored!, dir)).toThrow(
      /content\/clippings\/2022-06-29\.txt: the body of article daqing-youtian/,
    );
  });
});
