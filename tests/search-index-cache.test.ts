// The index cache: a part is indexed once per distinct set of records. The index is written
// while the records are made, and a build whose records turn out cached keeps the cached index.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    for (const pid of [ended, process.ppid]) fs.mkdirSync(path.join(root, `building.${pid}.tmp`), { recursive: true });
    await build(ARTICLES, root);
    expect(fs.existsSync(path.join(root, `building.${ended}.tmp`))).toBe(false);
    expect(fs.existsSync(path.join(root, `building.${process.ppid}.tmp`))).toBe(true);
  });

  it('indexes once, then reuses the index while the records are the same', async () => {
    const root = cacheRoot();
    const first = await build(ARTICLES, root);
    expect(first.reused).toBe(0);
    expect(fs.existsSync(path.join(first.dirs[0]!, 'chunk-starts.json'))).toBe(true);
    const before = started.indexes;
    const again = await build([...ARTICLES].reverse(), root);
    expect(again).toMatchObject({ dirs: first.dirs, reused: 1 });
    expect(started.indexes).toBe(before); // the hint said cached: no index was started
  });

  it('finds a cached index by its records when it has no hint from the inputs', async () => {
    const root = cacheRoot();
    const first = await build(ARTICLES, root);
    fs.rmSync(path.join(root, 'hints.json'));
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
    const files = (d: string) =>
      fs
        .readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => path.relative(d, path.join(f.parentPath, f.name)))
        .sort();
    const bytes = (d: string) => files(d).map((f) => [f, fs.readFileSync(path.join(d, f)).toString('base64')]);
    expect(bytes(elsewhere.dirs[0]!)).toEqual(bytes(second.dirs[0]!));
  });

  it('indexes the records, not the hint, when the same inputs now make other records', async () => {
    // as after a change to the search code: the articles are the same, their records are not
    const root = cacheRoot();
    const own = await build(ARTICLES, root);
    const hints = JSON.parse(fs.readFileSync(path.join(root, 'hints.json'), 'utf8')) as Record<string, string>;
    const changed = [...ARTICLES.slice(0, 2), { ...ARTICLES[2]!, title: '会计科培训' }];
    const other = await build(changed, root);
    const stale = Object.fromEntries(Object.keys(hints).map((k) => [k, path.basename(other.dirs[0]!)]));
    fs.writeFileSync(path.join(root, 'hints.json'), JSON.stringify(stale));
    const again = await build(ARTICLES, root);
    expect(again).toMatchObject({ dirs: own.dirs, reused: 0 });
  });
});
