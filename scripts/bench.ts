// npm run bench: search on a large archive. Generates N articles (default 10,000) from the
// sentences of the real clippings, indexes them with the site's own indexer, puts the index
// behind the built search page, and measures in Chromium:
//   - interactive: query typed into the open search page → results on screen (median, p95)
//   - cold cache: a fresh browser loading /search/?q=… → bytes transferred (median, max),
//     split into page shell, Pagefind runtime and index+fragments
//   - the count shown against the number of generated articles that contain the query
// Needs `npm run build` first. Options: --articles N, --queries N, --seed N, --reuse-index.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';
import { writeSearchIndex } from '../src/search/integration.ts';
import { gazetteer } from '../src/normalize/describe/gazetteer.ts';
import { articleSchema, type Article } from '../src/schema.ts';
import { searchableBlocks } from '../src/site/catalog.ts';
import * as pagefind from 'pagefind';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('articles', 10_000);
const Q = arg('queries', 40);
let seed = arg('seed', 7) >>> 0 || 1;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const DIST = path.resolve('dist');
const OUT = path.resolve('bench-out/site');
if (!fs.existsSync(path.join(DIST, 'search', 'index.html'))) throw new Error('run `npm run build` first');

// ---- a large archive made of real sentences ---------------------------------------------
const real: Article[] = JSON.parse(fs.readFileSync(path.join(DIST, 'articles.json'), 'utf8')).articles.map(
  (a: unknown) => articleSchema.parse(a),
);
const sentences = real.flatMap((a) => a.paragraphs.flatMap((p) => p.match(/[^。！？]+[。！？]?/gu) ?? []));
const titles = real.map((a) => a.title);
const divisions = [...gazetteer().byName.values()].flat().filter((d) => d.level !== 'province');
const articles: Article[] = Array.from({ length: N }, (_, i) => {
  const d = pick(divisions);
  const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 8) }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(sentences)).join(''),
  );
  const year = 2015 + Math.floor(rand() * 10);
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  return {
    id: `bench-${i}`,
    title: `${d.name}${pick(titles)}`,
    subtitle: null,
    byline: [],
    source: null,
    place: d.name,
    city: d.city,
    province: d.province,
    date,
    keywords: [],
    paragraphs,
    sectionHeads: [],
    sourceFile: 'bench',
    corrections: [],
  };
});
const chars = articles.reduce((s, a) => s + searchableBlocks(a).join('').length, 0);

// --reuse-index keeps an index built by an earlier run (same --articles and --seed)
const reuse = process.argv.includes('--reuse-index') && fs.existsSync(path.join(OUT, 'pagefind', 'pagefind.js'));
const keptIndex = path.resolve('bench-out/pagefind-kept');
if (reuse) fs.renameSync(path.join(OUT, 'pagefind'), keptIndex);
fs.rmSync(OUT, { recursive: true, force: true });
fs.cpSync(DIST, OUT, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
let t = performance.now();
if (reuse) fs.renameSync(keptIndex, path.join(OUT, 'pagefind'));
else {
  await writeSearchIndex(articles, path.join(OUT, 'pagefind'));
  await pagefind.close();
}
const indexSeconds = reuse ? NaN : (performance.now() - t) / 1000;
const indexBytes = dirSize(path.join(OUT, 'pagefind'));

// ---- queries: words and substrings of the generated text, 1–10 characters ---------------
const queries = new Set<string>();
while (queries.size < Q) {
  // a run of text without punctuation, so the query is a real substring of the article
  const text = pick(pick(pick(articles).paragraphs).split(/[^\p{Script=Han}\dA-Za-z]+/u));
  const len = 1 + Math.floor(rand() * 10);
  const at = Math.floor(rand() * Math.max(1, text.length - len));
  if (text.length >= len) queries.add(text.slice(at, at + len));
}

// ---- measure -----------------------------------------------------------------------------
const server = await serveStatic(OUT);
const browser = await launchChromium();
const interactive: number[] = [];
const cold: Array<{ shell: number; runtime: number; index: number }> = [];
const counts: number[] = [];
const truths: number[] = [];
const ready = '[data-testid="search-count"][data-ready]';
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent('发展')}`); // warm: runtime loaded once
  await page.waitForSelector(ready, { timeout: 60_000 });
  for (const q of queries) {
    await page.fill('#q', q);
    t = performance.now();
    await page.press('#q', 'Enter');
    await page.waitForFunction(
      (query) => {
        const c = document.querySelector('[data-testid="search-count"][data-ready]');
        return c && new URLSearchParams(location.search).get('q') === query;
      },
      q,
      { timeout: 60_000 },
    );
    interactive.push(performance.now() - t);
    counts.push(Number((await page.textContent('[data-testid="search-count"]'))!.match(/\d+/)![0]));
    // the truth, as Ctrl+F would find it (ignoring case and white space, as the search does)
    const needle = q.toLowerCase();
    truths.push(
      articles.filter((a) => searchableBlocks(a).some((b) => b.replace(/\s+/gu, '').toLowerCase().includes(needle)))
        .length,
    );
  }
  for (const q of queries) {
    const context = await browser.newContext();
    const coldPage = await context.newPage();
    server.reset();
    await coldPage.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
    await coldPage.waitForSelector(ready, { timeout: 60_000 });
    const sum = (test: (p: string) => boolean) =>
      server
        .requests()
        .filter((r) => test(r.path))
        .reduce((s, r) => s + r.bytes, 0);
    const isRuntime = (p: string) =>
      /pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.|pagefind\..*\.pf_meta)/.test(p);
    cold.push({
      shell: sum((p) => !p.startsWith('/pagefind/')),
      runtime: sum(isRuntime),
      index: sum((p) => p.startsWith('/pagefind/') && !isRuntime(p)),
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const kb = (b: number) => +(b / 1024).toFixed(1);
const queryBytes = cold.map((c) => c.runtime + c.index);
const report = {
  articles: N,
  characters: chars,
  indexSeconds: +indexSeconds.toFixed(1),
  indexMB: +(indexBytes / 1024 / 1024).toFixed(1),
  queries: queries.size,
  medianHits: median(counts),
  exactCount: +(counts.filter((c, i) => c === truths[i]).length / counts.length).toFixed(4),
  interactiveMs: {
    median: Math.round(median(interactive)),
    p95: Math.round(p95(interactive)),
    max: Math.round(Math.max(...interactive)),
  },
  coldKB: {
    pageShellMedian: kb(median(cold.map((c) => c.shell))),
    pagefindRuntimeMedian: kb(median(cold.map((c) => c.runtime))),
    indexAndFragmentsMedian: kb(median(cold.map((c) => c.index))),
    searchMedian: kb(median(queryBytes)),
    searchMax: kb(Math.max(...queryBytes)),
  },
  targets: { interactiveMedianMs: 300, coldSearchKB: 300 },
};
fs.mkdirSync('bench-out', { recursive: true });
fs.writeFileSync(
  'bench-out/search.json',
  JSON.stringify({ report, queries: [...queries], interactive, cold, counts, truths }, null, 1),
);
console.log(JSON.stringify(report, null, 2));

function dirSize(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce(
      (s, e) => s + (e.isDirectory() ? dirSize(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size),
      0,
    );
}
