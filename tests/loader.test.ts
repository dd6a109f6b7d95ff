// The build's normalising step: the cache key says when a clipping must be normalised again,
// and the worker pool gives exactly what normalising in the main thread gives.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { articleFacts, textOf } from '../src/archive/facts.ts';
import { mergeClippings, mergeResults } from '../src/archive/index.ts';
import { normalizeFile } from '../src/clippings.ts';
import { parseKeepList } from '../src/normalize/keep.ts';
import { clippingKey, keyContext, pruneCache, readCached, writeCached } from '../src/loader/cache.ts';
import { distinctCharacters, entryJson, normalisedClipping, parseEntry } from '../src/loader/clipping-entry.ts';
import { offerEarlyRun, takeEarlyRun } from '../src/loader/early-run.ts';
import type { FilesRun } from '../src/loader/normalize-archive.ts';
import { normalizeInWorkers, workerCount } from '../src/loader/pool.ts';
import { foldTable } from '../src/search/fold.ts';
import { readFoldTable, writeFoldTable } from '../src/search/fold-table.ts';
import { withBody } from '../src/site/bodies.ts';
import { searchableBlocks } from '../src/site/catalog.ts';

const clipping = (text: string) => new TextEncoder().encode(text);
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

describe('clipping cache key', () => {
  const bytes = clipping('林甸县召开会议\n\n本报讯 全县干部参加会议。\n');
  it('changes with the bytes, the path and the normaliser/keep-list context, and only with them', () => {
    const key = clippingKey('v1:none', 'content/clippings/a.txt', bytes);
    expect(
      clippingKey('v1:none', 'content/clippings/a.txt', clipping('林甸县召开会议\n\n本报讯 全县干部参加会议。\n')),
    ).toBe(key);
    expect(
      clippingKey('v1:none', 'content/clippings/a.txt', clipping('林甸县召开会议\n\n本报讯 全县干部参加会议。')),
    ).not.toBe(key);
    expect(clippingKey('v1:none', 'content/clippings/b.txt', bytes)).not.toBe(key);
    expect(clippingKey('v2:none', 'content/clippings/a.txt', bytes)).not.toBe(key);
  });

  it('has a context that follows the keep list', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-keep-'));
    fs.mkdirSync(path.join(root, 'src/normalize'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src/normalize/index.ts'), 'export {};\n');
    const without = keyContext(root);
    fs.mkdirSync(path.join(root, 'content'));
    fs.writeFileSync(path.join(root, 'content/keep.txt'), '袁家铺村\n');
    expect(keyContext(root)).not.toBe(without);
    fs.writeFileSync(path.join(root, 'src/normalize/index.ts'), 'export const changed = 1;\n');
    expect(keyContext(root).split(':')[0]).not.toBe(without.split(':')[0]);
  });

  it('stores, reads back and prunes entries', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-cache-'));
    const result = { articles: [], problems: [{ file: 'a.txt', line: 1, severity: 'warning' as const, message: 'm' }] };
    const facts = [
      { signature: new Uint32Array([7, 0xfffffffe, 12345]), textDigest: 'abc' },
      { signature: null, textDigest: '' },
    ];
    const entry = { result, facts, unfit: [], paragraphChars: '林甸县' };
    writeCached('k1', entryJson(entry), dir);
    writeCached('k2', entryJson(entry), dir);
    expect(readCached('k1', dir)).toEqual(entry);
    expect(readCached('k3', dir)).toBeNull();
    expect(pruneCache(new Set(['k1']), dir)).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['k1.json']);
  });

  it('keeps articles without their bodies, and reads an entry whose body is gone as none', () => {
    const [dir, bodies] = [tmp('jianbao-cache-'), tmp('jianbao-bodies-')];
    const file = 'content/clippings/lindian-2022-06-29.txt';
    const whole = normalizeFile(file);
    const entry = normalisedClipping(whole, bodies);
    expect(entry.result.articles.map((a) => withBody(a, bodies))).toEqual(whole.articles);
    expect(JSON.stringify(entry)).not.toContain(whole.articles[0]!.paragraphs[0]);
    writeCached('k', entryJson(entry), dir);
    expect(readCached('k', dir, bodies)).toEqual(parseEntry(entryJson(entry)));
    fs.rmSync(path.join(bodies, `${entry.result.articles[0]!.body}.json`));
    expect(readCached('k', dir, bodies)).toBeNull();
  });
});

describe('normalising pool', () => {
  it('gives each worker at least the bytes its start costs, on every core when there are enough', () => {
    expect(workerCount(1, 40_000_000, 4)).toBe(1);
    expect(workerCount(6, 1_000_000, 4)).toBe(1);
    expect(workerCount(137, 3_800_000, 4)).toBe(1);
    expect(workerCount(137, 5_000_000, 4)).toBe(2);
    expect(workerCount(1372, 38_500_000, 4)).toBe(4);
    expect(workerCount(1372, 38_500_000, 2)).toBe(2);
  });

  it('takes JIANBAO_WORKERS as a choice, up to one worker a file', () => {
    vi.stubEnv('JIANBAO_WORKERS', '2');
    try {
      expect(workerCount(137, 3_800_000, 4)).toBe(2);
      expect(workerCount(1, 40_000_000, 4)).toBe(1);
      vi.stubEnv('JIANBAO_WORKERS', '1');
      expect(workerCount(1372, 38_500_000, 4)).toBe(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('gives, in the files’ order, what normalising in this thread gives', async () => {
    const files = ['content/clippings/lindian-2022-06-29.txt', 'content/clippings/tongjiang-75-zhounian-2024.txt'];
    const bodyDir = tmp('jianbao-bodies-');
    const jobs = files.map((file) => ({ file, bytes: fs.readFileSync(file), bodyDir }));
    const results = await normalizeInWorkers(jobs);
    const expected = files.map((f) => normalizeFile(f));
    expect(results.map((r) => r.result.articles.map((a) => withBody(a, bodyDir)))).toEqual(
      expected.map((r) => r.articles),
    );
    expect(results.map((r) => r.result.problems)).toEqual(expected.map((r) => r.problems));
    expect(results.map((r) => r.facts)).toEqual(expected.map((r) => r.articles.map(articleFacts)));
  }, 60_000);
});

describe('reprint matching from cached facts', () => {
  // a page saved twice under two names, another report, and the first again under another
  // headline (a reprint)
  const REPORT =
    '本报讯 6月28日，林甸县人社局在县城广场举办春季现场招聘会，县内外42家企业提供就业岗位1200余个，涵盖机械制造、电子商务、餐饮服务等多个行业。招聘会现场人头攒动，前来求职的群众络绎不绝，不少企业负责人耐心解答求职者的疑问。据统计，当天共有860余人进场求职，初步达成就业意向310人。';
  const page = (title: string, lead: string) => clipping(`大庆日报\n2022年6月29日\n\n${title}\n\n${lead}\n`);
  const files = [
    ['content/clippings/daqing-ribao.txt', page('林甸县举办现场招聘会', REPORT)],
    ['content/clippings/daqing-ribao-again.txt', page('林甸县举办现场招聘会', REPORT)],
    [
      'content/clippings/tongjiang.txt',
      page(
        '同江市开展防汛演练',
        '本报讯 7月2日，同江市在黑龙江沿岸组织开展防汛应急演练，市水务、应急、消防等部门200余人参加。演练模拟江水上涨、堤坝出现管涌等险情，参演队伍迅速集结，抢筑子堤、封堵管涌，检验了各部门协同作战能力。',
      ),
    ],
    [
      'content/clippings/lindian-bao.txt',
      page('春季招聘会吸引八百余人', REPORT.replace('不少企业负责人耐心解答求职者的疑问。', '')),
    ],
  ] as const;

  it('links the same reprints and duplicates as facts worked out afresh', () => {
    const results = files.map(([file, bytes]) => normalizeFile(file, bytes, parseKeepList('')));
    const fresh = mergeClippings(results);
    const [dir, bodies] = [tmp('jianbao-facts-'), tmp('jianbao-bodies-')];
    results.forEach((r, k) => writeCached(`f${k}`, entryJson(normalisedClipping(r, bodies)), dir));
    const cached = results.map((_, k) => readCached(`f${k}`, dir, bodies)!);
    const fromCache = mergeResults(
      cached.map((c) => c.result),
      { facts: cached.flatMap((c) => c.facts), textOf: (a) => textOf(withBody(a, bodies)) },
    );
    expect(fromCache.problems).toEqual(fresh.problems);
    expect(fromCache.articles.map((a) => withBody(a, bodies))).toEqual(fresh.articles);
    // and the case is a real one: a duplicate clipping warned of, a reprint linked
    expect(fresh.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^this clipping repeats/)]);
    expect(fresh.articles.map((a) => (a.reprints ?? []).length)).toEqual([1, 0, 1]);
  });
});

describe('what sync holds instead of the bodies', () => {
  it('keeps every character of the paragraphs once, a character outside the BMP whole', () => {
    expect(distinctCharacters(['林甸县林甸镇', '𠀋村，林𠀋', ''])).toBe('林甸县镇𠀋村，');
  });

  it('makes the fold table every searchable character of the articles gives', () => {
    const files = ['content/clippings/lindian-2022-06-29.txt', 'content/clippings/heilongjiang-ribao-yichun-2022.txt'];
    const wholes = files.map((f) => normalizeFile(f));
    const entries = wholes.map((r) => normalisedClipping(r, tmp('jianbao-bodies-')));
    const table = path.join(tmp('jianbao-fold-'), 'fold-table.json');
    writeFoldTable(
      entries.flatMap((e) => e.result.articles),
      entries.map((e) => e.paragraphChars),
      'key',
      table,
    );
    const expected = foldTable(wholes.flatMap((r) => r.articles.flatMap(searchableBlocks)));
    expect(Object.keys(expected).length).toBeGreaterThan(100);
    expect(readFoldTable(table)).toEqual(expected);
  });

  it('takes over the run started early only when it is for the same files, else abandons it', () => {
    const abandoned: string[][] = [];
    const run = (files: string[]): FilesRun => ({
      files,
      keys: new Set(),
      normalised: 0,
      perFile: Promise.resolve([]),
      abandon: () => abandoned.push(files),
    });
    const started = run(['content/clippings/a.txt', 'content/clippings/b.txt']);
    offerEarlyRun(started);
    expect(takeEarlyRun(['content/clippings/a.txt', 'content/clippings/b.txt'])).toBe(started);
    expect(takeEarlyRun(['content/clippings/a.txt', 'content/clippings/b.txt'])).toBeNull();
    expect(abandoned).toEqual([]);
    offerEarlyRun(started);
    expect(takeEarlyRun(['content/clippings/a.txt'])).toBeNull();
    expect(abandoned).toEqual([started.files]);
  });
});
