// The build's normalising step: the cache key says when a clipping must be normalised again,
// and the worker pool gives exactly what normalising in the main thread gives.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFacts } from '../src/archive/reprints.ts';
import { normalizeFile } from '../src/clippings.ts';
import { clippingKey, keyContext, pruneCache, readCached, writeCached } from '../src/loader/cache.ts';
import { normalizeInWorkers, workerCount } from '../src/loader/pool.ts';

const clipping = (text: string) => new TextEncoder().encode(text);

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
    writeCached('k1', { result, facts }, dir);
    writeCached('k2', { result, facts }, dir);
    expect(readCached('k1', dir)).toEqual({ result, facts });
    expect(readCached('k3', dir)).toBeNull();
    expect(pruneCache(new Set(['k1']), dir)).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['k1.json']);
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

  it('gives, in the files’ order, what normalising in this thread gives', async () => {
    const files = ['content/clippings/lindian-2022-06-29.txt', 'content/clippings/tongjiang-75-zhounian-2024.txt'];
    const jobs = files.map((file) => ({ file, bytes: fs.readFileSync(file) }));
    const results = await normalizeInWorkers(jobs);
    const expected = files.map((f) => normalizeFile(f));
    expect(results.map((r) => r.result)).toEqual(expected);
    expect(results.map((r) => r.facts)).toEqual(expected.map((r) => r.articles.map(articleFacts)));
  }, 60_000);
});
