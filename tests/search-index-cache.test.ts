// The index cache: a part is indexed once per distinct set of pages, and each article's page
// (its fragment) is made once: a rebuild makes the records of new or changed articles only and
// must write the files a cold build writes. A build whose pages turn out cached keeps the
// cached index.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARTICLES_FILE,
  articleKey,
  importedSources,
  readKnown,
  recordFormat,
  type Known,
} from '../src/search/article-cache.ts';
import { prepareSearchIndex } from '../src/search/build-index.ts';
import type { Article } from '../src/schema.ts';
import { dailyArticle } from './helpers.ts';

// the index writer as it is, counting the indexes started: a build that needs none must not start one
const started = vi.hoisted(() => ({ indexes: 0 }));
vi.mock('../src/search/pagefind-index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/search/pagefind-index.ts')>();
  class Counted extends real.PagefindIndexWriter {
    constructor(...args: ConstructorParameters<typeof real.PagefindIndexWriter>) {
      super(...args);
      started.indexes++;
    }
  }
  return { ...real, PagefindIndexWriter: Counted };
});

const article = (id: string, date: string, title: string, paragraphs: string[]): Article =>
  dailyArticle({ id, date, title, paragraphs });

const ARTICLES = [
  article('a-1', '2024-03-02', '林甸县举办现场招聘会', ['本报讯 林甸县人社局在县城广场举办春季现场招聘会。']),
  article('a-2', '2024-03-15', '拉法村召开分红大会', ['拉法村集体经济分红大会召开，全村农户领到分红。']),
  article('a-3', '2023-11-20', '大庆市财政局会计科', ['会计科开展业务培训，提升会计人员能力。']),
];

const roots: string[] = [];
function cacheRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-index-cache-'));
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const build = (articles: Article[], root: string) => prepareSearchIndex(articles, (a) => a, root);

describe('the search index cache', () => {
  it("removes what a killed build left half-written, never a running build's", async () => {
    const root = cacheRoot();
    const ended = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    // the parent (vitest) is alive: its work in progress stays
    for (const pid of [ended, process.ppid]) {
      fs.mkdirSync(path.join(root, `building.${pid}.tmp`), { recursive: true });
      fs.writeFileSync(path.join(root, `${ARTICLES_FILE}.${pid}.tmp`), '{"format":');
    }
    await build(ARTICLES, root);
    expect(fs.existsSync(path.join(root, `building.${ended}.tmp`))).toBe(false);
    expect(fs.existsSync(path.join(root, `${ARTICLES_FILE}.${ended}.tmp`))).toBe(false);
    expect(fs.existsSync(path.join(root, `building.${process.ppid}.tmp`))).toBe(true);
    expect(fs.existsSync(path.join(root, `${ARTICLES_FILE}.${process.ppid}.tmp`))).toBe(true);
  });

  it('indexes once, then reuses the index while the records are the same', async () => {
    const root = cacheRoot();
    const first = await build(ARTICLES, root);
    expect(first.reused).toBe(0);
    expect(fs.existsSync(path.join(first.dirs[0]!, 'chunk-starts.json'))).toBe(true);
    const before = started.indexes;
    const again = await build([...ARTICLES].reverse(), root);
    expect(again).toMatchObject({ dirs: first.dirs, reused: 1 });
    expect(started.indexes).toBe(before); // every article known, its part cached: no index was started
  });

  it("finds a cached index by its pages when the articles' cache is gone", async () => {
    const root = cacheRoot();
    const first = await build(ARTICLES, root);
    fs.rmSync(path.join(root, ARTICLES_FILE));
    const written = fs.statSync(path.join(first.dirs[0]!, 'chunk-starts.json')).mtimeMs;
    const before = started.indexes;
    const again = await build(ARTICLES, root);
    expect(again).toMatchObject({ dirs: first.dirs, reused: 1 });
    expect(started.indexes).toBe(before + 1); // written while the records were made, then dropped
    expect(fs.statSync(path.join(first.dirs[0]!, 'chunk-starts.json')).mtimeMs).toBe(written);
  });

  it('indexes again when one article changes, and the same records give the same index', async () => {
    const root = cacheRoot();
    const first = await build(ARTICLES, root);
    const changed = [...ARTICLES.slice(0, 2), { ...ARTICLES[2]!, paragraphs: ['会计科开展业务培训。'] }];
    const second = await build(changed, root);
    expect(second.reused).toBe(0);
    expect(second.dirs).not.toEqual(first.dirs);
    // the same records in another cache: the same index, file for file
    const elsewhere = await build(changed, cacheRoot());
    expect(path.basename(elsewhere.dirs[0]!)).toBe(path.basename(second.dirs[0]!));
    expect(filesOf(elsewhere.dirs[0]!)).toEqual(filesOf(second.dirs[0]!));
  });

  it('makes records only for new articles and writes the files a cold build writes', async () => {
    const root = cacheRoot();
    const whole = vi.fn((a: Article) => a);
    await prepareSearchIndex(MANY, whole, root);
    expect(whole).toHaveBeenCalledTimes(MANY.length);
    const linked = fragmentOf(root, MANY[5]!);
    whole.mockClear();
    const rebuilt = await prepareSearchIndex([...MANY, ...ADDED], whole, root);
    expect(whole.mock.calls.map(([a]) => a.id).sort()).toEqual(ADDED.map((a) => a.id).sort());
    const cold = await build([...ADDED, ...MANY], cacheRoot());
    expect(filesOf(rebuilt.dirs[0]!)).toEqual(filesOf(cold.dirs[0]!)); // names and bytes
    // an unchanged page's fragment is the last build's file, linked
    expect(fragmentOf(root, MANY[5]!).ino).toBe(linked.ino);
  });

  it('keeps entries for the articles of the archive only, and the index parts they name', async () => {
    const root = cacheRoot();
    const first = await build([...MANY, ...ADDED], root);
    const second = await build(MANY, root);
    expect(Object.keys(known(root)).sort()).toEqual(MANY.map(articleKey).sort());
    expect(fs.existsSync(first.dirs[0]!)).toBe(false);
    expect(fs.readdirSync(root).sort()).toEqual([ARTICLES_FILE, path.basename(second.dirs[0]!), 'parts.json'].sort());
  });

  it('makes the record again when a cached fragment is gone or damaged', async () => {
    const root = cacheRoot();
    await build(MANY, root);
    const [gone, damaged] = [fragmentOf(root, MANY[1]!), fragmentOf(root, MANY[2]!)];
    fs.rmSync(gone.file);
    const bytes = fs.readFileSync(damaged.file);
    bytes[bytes.length - 9]! ^= 0xff; // within the deflate stream: gzip's checksum fails
    fs.rmSync(damaged.file); // the file is shared with the output: a copy is damaged, not it
    fs.writeFileSync(damaged.file, bytes);
    const whole = vi.fn((a: Article) => a);
    const rebuilt = await prepareSearchIndex([...MANY, ...ADDED], whole, root);
    const made = whole.mock.calls.map(([a]) => a.id).sort();
    expect(made).toEqual([...ADDED, MANY[1]!, MANY[2]!].map((a) => a.id).sort());
    const cold = await build([...MANY, ...ADDED], cacheRoot());
    expect(filesOf(rebuilt.dirs[0]!)).toEqual(filesOf(cold.dirs[0]!));
  });

  it('reads the cache only when it is of this format and well formed', () => {
    const root = cacheRoot();
    const save = (format: string, articles: unknown) =>
      fs.writeFileSync(path.join(root, ARTICLES_FILE), JSON.stringify({ format, articles }));
    save('f1', { a: ['hash', 'part/fragment/zz_1.pf_fragment'], b: null });
    expect([...readKnown(root, 'f1').keys()]).toEqual(['a', 'b']);
    expect(readKnown(root, 'f2').size).toBe(0);
    save('f1', { a: ['hash', 7] });
    expect(readKnown(root, 'f1').size).toBe(0);
    fs.writeFileSync(path.join(root, ARTICLES_FILE), '{"format":"f1","arti');
    expect(readKnown(root, 'f1').size).toBe(0);
  });

  it('makes every record again when the code that makes them changes', () => {
    // the format names the sources of every module the index imports, followed from build-index.ts
    const sources = importedSources('src/search/build-index.ts');
    expect(sources).toEqual(expect.arrayContaining(['src/search/tokens.ts', 'src/site/catalog.ts']));
    expect(sources).toContain('src/search/fragment-thread.ts'); // named by new URL(…)
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-record-format-'));
    roots.push(root);
    fs.mkdirSync(path.join(root, 'src/search'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src/search/build-index.ts'), "import { x } from '../site/x.ts';");
    fs.mkdirSync(path.join(root, 'src/site'));
    fs.writeFileSync(path.join(root, 'src/site/x.ts'), 'export const x = 1;');
    const before = recordFormat(root);
    fs.writeFileSync(path.join(root, 'src/site/x.ts'), 'export const x = 2;');
    expect(recordFormat(root)).not.toBe(before);
  });
});

/** generated articles over several months, enough to fill a few index chunks */
const MANY: Article[] = Array.from({ length: 60 }, (_, k) =>
  article(`m-${k}`, `2024-0${1 + (k % 6)}-${10 + (k % 17)}`, `${['林甸县', '拉法村', '会计科'][k % 3]}新闻${k}`, [
    `第${k}期 本报讯 ${ARTICLES[k % 3]!.paragraphs[0]}`,
    '全县GDP同比增长6.5%，APP注册用户突破3万人。',
  ]),
);
/** a clipping's articles: the newest news and one from the middle of the archive */
const ADDED = [
  article('added-1', '2024-07-01', '林甸县新建图书馆', ['林甸县新建图书馆今日开馆，藏书十万册。']),
  article('added-2', '2024-03-12', '拉法村修路', ['拉法村村道硬化工程完工。']),
];

const known = (root: string) =>
  (JSON.parse(fs.readFileSync(path.join(root, ARTICLES_FILE), 'utf8')) as { articles: Record<string, Known> }).articles;

/** an article's cached fragment file, with its inode */
function fragmentOf(root: string, a: Article): { file: string; ino: number } {
  const file = path.join(root, known(root)[articleKey(a)]![1]);
  return { file, ino: fs.statSync(file).ino };
}

/** every file under a directory: its path and its bytes */
function filesOf(d: string): Array<[string, string]> {
  return fs
    .readdirSync(d, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.relative(d, path.join(f.parentPath, f.name)))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(d, f)).toString('base64')]);
}
