// Contract C1: `jianbao normalize --json` and `jianbao check`, run as a user runs them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeResultSchema } from '../src/schema.ts';

const jianbao = (...args: string[]) => spawnSync(process.execPath, ['bin/jianbao.mjs', ...args], { encoding: 'utf8' });
const SEEDS = fs
  .readdirSync('content/clippings')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `content/clippings/${f}`);

describe('jianbao normalize --json', () => {
  it.each(SEEDS)('prints valid C1 JSON for %s and exits 0', (seed) => {
    const run = jianbao('normalize', '--json', seed);
    expect(run.status).toBe(0);
    const result = normalizeResultSchema.parse(JSON.parse(run.stdout));
    expect(result.articles.length).toBeGreaterThan(0);
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(result.articles.length);
    expect(result.articles.every((a) => a.sourceFile === seed)).toBe(true);
  });

  it('gives the same ids for the same input', () => {
    const ids = () =>
      JSON.parse(jianbao('normalize', '--json', SEEDS[0]!).stdout).articles.map((a: { id: string }) => a.id);
    expect(ids()).toEqual(ids());
  });

  it('exits 1 on an error and still prints the JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-'));
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, '---\ndate: 六月\n---\n林甸县召开会议。\n');
    const run = jianbao('normalize', '--json', bad, path.join(dir, 'missing.txt'));
    expect(run.status).toBe(1);
    const { problems } = normalizeResultSchema.parse(JSON.parse(run.stdout));
    expect(problems.filter((p) => p.severity === 'error').map((p) => [path.basename(p.file), p.line])).toEqual([
      ['bad.txt', 2],
      ['missing.txt', null],
    ]);
  });
});

describe('jianbao check', () => {
  it('lists every problem as file:line: severity: message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '---\ncity: 林甸县\nauthor: 张三\n---\n正文。\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), '---\ndate: 2022-02-30\n---\n正文。\n');
    const run = jianbao('check', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/a\.txt:3: error: unknown front matter key "author"/));
    expect(lines).toContainEqual(expect.stringMatching(/b\.txt:2: error: front matter "date"/));
    expect(run.stderr).toMatch(/2 file\(s\)/);
  });

  it('passes the seed clippings with warnings only', () => {
    const run = jianbao('check');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/: error: /);
  });
});
