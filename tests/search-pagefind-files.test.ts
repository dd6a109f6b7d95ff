// The index files we write are Pagefind's: the same records go once through Pagefind's own
// service (addCustomRecord + writeFiles) and once through our writer, and every file must be
// the same once gunzipped, names (hashes) included. This is what pins the installed Pagefind:
// an upgrade that writes its index otherwise fails here.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { searchRecord, TOKEN_LANGUAGE } from '../src/search/build-index.ts';
import type { PagefindRecord } from '../src/search/pagefind-files.ts';
import { PagefindIndexWriter } from '../src/search/pagefind-index.ts';
import { pagefindRuntime } from '../src/search/pagefind-runtime.ts';
import { byDateDesc } from '../src/site/catalog.ts';
import type { Article } from '../src/schema.ts';
import { dailyArticle, temporaryDirs } from './helpers.ts';
import { decoded, diffPagefindDirs } from './pagefind-diff.ts';

const tmp = temporaryDirs('jianbao-pf-files-');

/** the index Pagefind's service writes for the records, added in this order */
async function byPagefind(records: PagefindRecord[]): Promise<string> {
  const out = path.join(tmp(), 'pagefind');
  try {
    const { index } = await pagefind.createIndex({});
    for (const r of records) expect((await index!.addCustomRecord(r)).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: out })).errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
  return out;
}

async function byWriter(records: PagefindRecord[]): Promise<{ dir: string; chunkStarts: string[] }> {
  const dir = path.join(tmp(), 'ours');
  const writer = new PagefindIndexWriter(dir, TOKEN_LANGUAGE);
  for (const r of records) await writer.add(r);
  return { dir, chunkStarts: await writer.finish(await pagefindRuntime()) };
}

const article = (n: number, over: Partial<Article>): Article =>
  dailyArticle({ id: `a-${n}`, sourceFile: `content/clippings/${n}.txt`, ...over });

// clipping-like sentences: CJK, Latin and digits, full-width punctuation, traditional characters
const SENTENCES = [
  '本报讯 林甸县人社局在县城广场举办春季现场招聘会，共有52家企业参加。',
  '全县GDP同比增长6.5%，APP注册用户突破3万人。',
  '會計科開展業務培訓（第二期），提升會計人員能力：',
  '拉法村召开集体经济分红大会，全村农户领到分红款。',
  '“十四五”期间，该市新建Ｗｉ－Ｆｉ热点１２０个。',
  '记者 王 磊 通讯员 李晓红',
];
const TITLES = ['大庆市财政局会计科', 'iPhone15Pro在县城热销', '伊春市林业局：植树造林', '拉法村召开分红大会'];
const PLACES: Array<Pick<Article, 'province' | 'city' | 'place'>> = [
  { province: '黑龙江省', city: '大庆市', place: '林甸县' },
  { province: '吉林省', city: '吉林市', place: '蛟河市' },
  { province: null, city: null, place: null },
];

/** articles enough for several index chunks, from the sentences above in many orders */
function manyArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, k) =>
    article(k, {
      title: `${TITLES[k % TITLES.length]}（${k}）`,
      subtitle: k % 7 === 0 ? '——记优秀共产党员' : null,
      date: k % 11 === 0 ? null : `20${10 + (k % 14)}-${String(1 + (k % 12)).padStart(2, '0')}-${1 + (k % 27)}`,
      ...PLACES[k % PLACES.length],
      byline: k % 5 === 0 ? ['本报记者 张伟'] : [],
      paragraphs: Array.from({ length: 2 + (k % 4) }, (_, p) => SENTENCES[(k * 3 + p * 5) % SENTENCES.length]!),
    }),
  ).sort(byDateDesc);
}

describe('the Pagefind index we write', () => {
  it('is the index Pagefind writes for the same records, file for file', async () => {
    const articles = [
      ...manyArticles(400),
      article(900, { title: '公告', paragraphs: [] }), // an empty body: the title still makes words
    ];
    const records = articles.map(searchRecord);
    const [expected, ours] = [await byPagefind(records), await byWriter(records)];
    expect(diffPagefindDirs(expected, ours.dir)).toEqual([]);
    // and it is a real index: several chunks, every page, the printed text, multi-page filters
    const metaFile = fs.readdirSync(ours.dir).find((f) => f.endsWith('.pf_meta'))!;
    const [version, pages, chunks, filters, , fields] = decoded(ours.dir, metaFile) as [
      string,
      unknown[],
      Array<[string, string, string]>,
      Array<[string, string]>,
      unknown,
      string[],
    ];
    expect(version).toBe(JSON.parse(fs.readFileSync('node_modules/pagefind/package.json', 'utf8')).version);
    expect(pages).toHaveLength(articles.length);
    expect(chunks.length).toBeGreaterThan(1);
    expect(ours.chunkStarts).toEqual(chunks.map(([from]) => from));
    expect(filters.map(([name]) => name)).toEqual(['city', 'month', 'province', 'year']);
    expect(fields).toEqual(['body', 'date', 'place', 'printed', 'source', 'title']);
  });

  it('splits metadata into words as Pagefind does, and leaves out a page without words', async () => {
    const meta = [
      'XMLRequest3D ©2024 😀 が Ｆｕｌｌ iPhone15Pro café-crème',
      '黑龙江省 · 大庆市 · 林甸县',
      '{"3":"APP","9":" 大"} naïve-résumé ΣΑΣ 한국어 﨑 ＿下划线＿ a_b',
      '2024年3月2日 “十四五”期间——记者：王磊',
    ];
    const records: PagefindRecord[] = meta.map((title, k) => ({
      url: `/m/${k}/`,
      content: k === 2 ? '' : `4e54e5 e55xyz zzz 0${k}a`,
      language: TOKEN_LANGUAGE,
      meta: { title, body: String(k), ...(k === 1 ? { printed: title } : {}) },
      filters: { year: ['2024', `20${k}`], month: k === 3 ? [] : ['2024-03', '2024-04'] },
    }));
    const [expected, ours] = [await byPagefind(records), await byWriter(records)];
    expect(diffPagefindDirs(expected, ours.dir)).toEqual([]);
    const entry = JSON.parse(fs.readFileSync(path.join(ours.dir, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages[TOKEN_LANGUAGE].page_count).toBe(3);
  });

  it('writes no index for no page, as Pagefind does (an empty archive)', async () => {
    const [expected, ours] = [await byPagefind([]), await byWriter([])];
    expect(diffPagefindDirs(expected, ours.dir)).toEqual([]);
    expect(fs.readdirSync(ours.dir)).toContain('pagefind.js');
    expect(fs.readdirSync(ours.dir).filter((f) => !fs.statSync(path.join(ours.dir, f)).isFile())).toEqual([]);
    expect(ours.chunkStarts).toEqual([]);
  });
});
