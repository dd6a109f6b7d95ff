// The output directory between builds: the pages of a finished build stay for Astro's
// incremental build to find, everything else is cleared, and a page no route wrote again is
// deleted at the end, so a rebuild leaves what a build from nothing would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import clearOutputAside from '../src/site/clear-output.ts';

let root = '';
const dist = () => path.join(root, 'dist');

type Hooks = Record<string, (options: unknown) => unknown>;

function integration(): Hooks {
  const hooks = clearOutputAside().hooks as Hooks;
  hooks['astro:config:done']!({
    config: { outDir: pathToFileURL(dist() + '/'), cacheDir: pathToFileURL(path.join(root, 'cache') + '/') },
  });
  return hooks;
}

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dist(), file)), { recursive: true });
    fs.writeFileSync(path.join(dist(), file), text);
  }
}

/** one build: its pages as Astro's build:done hands them over (route → output files) */
async function build(pages: Record<string, string>, other: Record<string, string> = {}): Promise<void> {
  const hooks = integration();
  await hooks['astro:build:start']!({});
  write({ ...pages, ...other });
  const urls = Object.keys(pages).map((p) => pathToFileURL(path.join(dist(), p)));
  await hooks['astro:build:done']!({ assets: new Map([['/[...all]', urls]]) });
}

function files(dir = dist(), prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-output-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the output between builds', () => {
  it('keeps the last build’s pages where they are and clears the rest', async () => {
    await build(
      { 'index.html': '首页', 'articles/a/index.html': '甲', 'articles/b/index.html': '乙' },
      { 'pagefind/index.pf': 'old index', 'sitemap-0.xml': 'old' },
    );
    const hooks = integration();
    await hooks['astro:build:start']!({});
    expect(files()).toEqual(['articles/a/index.html', 'articles/b/index.html', 'index.html']);
    expect(fs.readFileSync(path.join(dist(), 'articles/a/index.html'), 'utf8')).toBe('甲');
  });

  it('deletes a page no route wrote again, and the directory it leaves empty', async () => {
    await build({ 'index.html': '首页', 'articles/a/index.html': '甲', 'articles/b/index.html': '乙' });
    await build({ 'index.html': '首页', 'articles/a/index.html': '甲' }, { 'rss.xml': 'feed' });
    expect(files()).toEqual(['articles/a/index.html', 'index.html', 'rss.xml']);
  });

  it('keeps nothing after a build that did not finish', async () => {
    await build({ 'articles/a/index.html': '甲' });
    const cut = integration();
    await cut['astro:build:start']!({}); // no build:done: the build failed
    write({ 'articles/a/index.html': '半' });
    await integration()['astro:build:start']!({});
    expect(files()).toEqual([]);
  });
});
