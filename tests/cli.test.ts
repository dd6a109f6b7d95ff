// Contract C1: `jianbao normalize --json` and `jianbao check`, run as a user runs them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeResultSchema } from '../src/schema.ts';

const BIN = path.resolve('bin/jianbao.mjs');
const jianbao = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
/**
 * The clippings the CLI is run on: a fixed number of the archive's files, all in one process,
 * so these tests take the same time on the five seeds as on an archive of thousands.
 */
const CLI_SAMPLE = 5;
const SEEDS = fs
  .readdirSync('content/clippings')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, CLI_SAMPLE)
  .map((f) => `content/clippings/${f}`);
/**
 * Each run starts a process that loads nodejieba's dictionary (~3 CPU-s): on a machine shared
 * with builds (load 15 on 2 cores) a test of two runs took 31–34 s. A guard against a hang, not
 * a measure of speed.
 */
const CLI_TIMEOUT = { timeout: 120_000 };

describe('jianbao normalize --json', CLI_TIMEOUT, () => {
  it('prints valid C1 JSON for the clippings and exits 0', () => {
    const run = jianbao('normalize', '--json', ...SEEDS);
    expect(run.status).toBe(0);
    const result = normalizeResultSchema.parse(JSON.parse(run.stdout));
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(result.articles.length);
    for (const seed of SEEDS) expect(result.articles.some((a) => a.sourceFile === seed)).toBe(true);
  });

  it('gives the same ids for the same input', () => {
    // the smallest clipping: two cold CLI runs over the largest took over 30 s on a busy machine
    const smallest = [...SEEDS].sort((a, b) => fs.statSync(a).size - fs.statSync(b).size)[0]!;
    const ids = () =>
      JSON.parse(jianbao('normalize', '--json', smallest).stdout).articles.map((a: { id: string }) => a.id);
    const first = ids();
    expect(first.length).toBeGreaterThan(0);
    expect(ids()).toEqual(first);
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

describe('jianbao check', CLI_TIMEOUT, () => {
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
    const run = jianbao('check', ...SEEDS);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/: error: /);
  });

  it('checks every clipping under content/clippings/ when no file is named', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-'));
    fs.mkdirSync(path.join(dir, 'content/clippings'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content/clippings/a.txt'), '---\ncity: 林甸县\n---\n林甸县召开会议。\n');
    fs.writeFileSync(path.join(dir, 'content/clippings/b.txt'), '---\ndate: 2022-02-30\n---\n正文。\n');
    const run = spawnSync(process.execPath, [BIN, 'check'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/content\/clippings\/b\.txt:2: error: front matter "date"/);
    expect(run.stderr).toMatch(/2 file\(s\)/);
  });
});
