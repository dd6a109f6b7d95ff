// Search on a built site, in Chromium (what the old `npm run bench` measured, now on the site
// the benchmark built from its generated archive):
//   - interactive: query typed into the open search page → results on screen (median, p95)
//   - cold cache: a fresh browser loading /search/?q=… → bytes transferred (median, max),
//     split into page shell, Pagefind runtime and index+fragments
//   - the count shown against the number of articles that contain the query
import { launchChromium } from '../browser.ts';
import { serveStatic } from '../static-server.ts';
import type { Article } from '../../src/schema.ts';
import { searchableBlocks } from '../../src/site/catalog.ts';
import type { Rand } from './archive.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const kb = (b: number) => +(b / 1024).toFixed(1);
const READY = '[data-testid="search-count"][data-ready]';

/** words and substrings of the articles' text, 1–10 characters, without punctuation */
function pickQueries(articles: Article[], count: number, r: Rand): string[] {
  const queries = new Set<string>();
  while (queries.size < count) {
    const text = r.pick(r.pick(r.pick(articles).paragraphs).split(/[^\p{Script=Han}\dA-Za-z]+/u));
    const len = r.int(1, 10);
    const at = Math.floor(r.next() * Math.max(1, text.length - len));
    if (text.length >= len) queries.add(text.slice(at, at + len));
  }
  return [...queries];
}

/** the truth, as Ctrl+F would find it (ignoring case and white space, as the search does) */
function containing(articles: Article[], q: string): number {
  const needle = q.toLowerCase();
  return articles.filter((a) => searchableBlocks(a).some((b) => b.replace(/\s+/gu, '').toLowerCase().includes(needle)))
    .length;
}

export async function measureSearch(siteDir: string, articles: Article[], count: number, r: Rand) {
  const queries = pickQueries(articles, count, r);
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  const interactive: number[] = [];
  const counts: number[] = [];
  const cold: Array<{ shell: number; runtime: number; index: number }> = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('发展')}`); // warm: runtime loaded once
    await page.waitForSelector(READY, { timeout: 60_000 });
    for (const q of queries) {
      await page.fill('#q', q);
      const t = performance.now();
      await page.press('#q', 'Enter');
      await page.waitForFunction(
        (query) =>
          document.querySelector('[data-testid="search-count"][data-ready]') &&
          new URLSearchParams(location.search).get('q') === query,
        q,
        { timeout: 60_000 },
      );
      interactive.push(performance.now() - t);
      counts.push(Number((await page.textContent('[data-testid="search-count"]'))!.match(/\d+/)![0]));
    }
    for (const q of queries) cold.push(await coldLoad(browser, server, q));
  } finally {
    await browser.close();
    await server.close();
  }
  const truths = queries.map((q) => containing(articles, q));
  const queryBytes = cold.map((c) => c.runtime + c.index);
  return {
    queries: queries.length,
    medianHits: median(counts),
    exactCount: +(counts.filter((c, i) => c === truths[i]).length / counts.length).toFixed(4),
    interactiveMs: { median: Math.round(median(interactive)), p95: Math.round(p95(interactive)) },
    coldKB: {
      pageShellMedian: kb(median(cold.map((c) => c.shell))),
      pagefindRuntimeMedian: kb(median(cold.map((c) => c.runtime))),
      indexAndFragmentsMedian: kb(median(cold.map((c) => c.index))),
      searchMedian: kb(median(queryBytes)),
      searchMax: kb(Math.max(...queryBytes)),
    },
  };
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof serveStatic>>;

async function coldLoad(browser: Browser, server: Server, q: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.reset();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector(READY, { timeout: 60_000 });
  const sum = (test: (p: string) => boolean) =>
    server
      .requests()
      .filter((req) => test(req.path))
      .reduce((s, req) => s + req.bytes, 0);
  const isRuntime = (p: string) =>
    /pagefind\/(p\d+\/)?(pagefind\.js|pagefind-entry\.json|wasm\.|pagefind\..*\.pf_meta)/.test(p);
  const result = {
    shell: sum((p) => !p.startsWith('/pagefind/')),
    runtime: sum(isRuntime),
    index: sum((p) => p.startsWith('/pagefind/') && !isRuntime(p)),
  };
  await context.close();
  return result;
}
