// The built site, as a reader uses it: home page, an article page, and the search page
// (contract C3) in Debian's Chromium. Builds the site first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../scripts/browser.ts';
import { serveStatic, type StaticServer } from '../scripts/static-server.ts';
import type { Article } from '../src/schema.ts';
import { searchableBlocks } from '../src/site/catalog.ts';

const DIST = path.resolve('dist');
let server: StaticServer;
let browser: Browser;
let articles: Article[];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  articles = JSON.parse(fs.readFileSync(path.join(DIST, 'articles.json'), 'utf8')).articles;
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const containing = (q: string) => articles.filter((a) => searchableBlocks(a).some((b) => b.includes(q)));

async function search(page: Page, query: string): Promise<{ count: number; hrefs: string[] }> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  return readResults(page);
}

async function readResults(page: Page) {
  await page.waitForSelector('[data-testid="search-count"][data-ready]', { timeout: 15_000 });
  const count = Number((await page.textContent('[data-testid="search-count"]'))!.match(/\d+/)![0]);
  const hrefs = await page.$$eval('[data-testid="search-result"]', (links) =>
    links.map((a) => a.getAttribute('href')!),
  );
  return { count, hrefs };
}

describe('the built site', () => {
  it('has a page for every article the normaliser reports', () => {
    expect(articles.length).toBeGreaterThan(24);
    for (const a of articles) expect(fs.existsSync(path.join(DIST, 'articles', a.id, 'index.html'))).toBe(true);
    for (const f of ['rss.xml', 'sitemap-index.xml', 'cities/index.html', 'dates/index.html'])
      expect(fs.existsSync(path.join(DIST, f))).toBe(true);
  });

  it('shows the home page in Chinese with the latest articles', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('h1')).toBe('剪报档案');
    expect(await page.locator('main ul.articles li').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('shows an article page with its title, provenance above the body, and the body', async () => {
    const article = articles.find((a) => a.city === '伊春市' && a.date)!;
    const page = await browser.newPage();
    await page.goto(`${server.url}/articles/${article.id}/`);
    expect(await page.textContent('article h1')).toBe(article.title);
    expect(await page.textContent('article')).toContain(article.paragraphs[0]!.slice(0, 30));
    const provenance = page.locator('.provenance');
    expect(await provenance.locator('a.place').allTextContents()).toEqual(['黑龙江省', '伊春市']);
    expect(await provenance.locator('time').getAttribute('datetime')).toBe(article.date);
    const above = await page.evaluate(() => {
      const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top;
      return top('.provenance') < top('.body');
    });
    expect(above).toBe(true);
    await page.close();
  });

  it('finds articles by byline and by place, as the provenance line shows them', async () => {
    const page = await browser.newPage();
    for (const q of ['刘大泳', '伊春市']) {
      const { count } = await search(page, q);
      expect(count).toBe(containing(q).length);
    }
    const signed = articles.filter((a) => a.byline.some((b) => b.includes('刘大泳')));
    expect(containing('刘大泳').length).toBeGreaterThanOrEqual(signed.length);
    expect(signed.length).toBeGreaterThan(0);
    await page.close();
  });

  it('finds simplified text from a traditional query, showing the text as printed', async () => {
    const page = await browser.newPage();
    const { count } = await search(page, '鄉村振興');
    expect(count).toBe(containing('乡村振兴').length);
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="search-results"] mark').first().textContent()).toBe('乡村振兴');
    await page.close();
  });

  it('finds every article containing 伊春, with an exact count (C3)', async () => {
    const page = await browser.newPage();
    const { count, hrefs } = await search(page, '伊春');
    const truth = containing('伊春').map((a) => `/articles/${a.id}/`);
    expect(count).toBe(truth.length);
    expect(count).toBeGreaterThan(0);
    expect([...hrefs].sort()).toEqual(
      truth.slice(0, 20).length === truth.length ? [...truth].sort() : expect.any(Array),
    );
    expect(hrefs.every((h) => truth.includes(h))).toBe(true);
    expect(await page.locator('[data-testid="search-results"] mark').first().textContent()).toBe('伊春');
    await page.close();
  });

  it('matches a substring across word boundaries and all words of a multi-word query', async () => {
    const page = await browser.newPage();
    const substring = await search(page, '村振');
    expect(substring.count).toBe(containing('村振').length);
    const both = await search(page, '伊春 碳汇');
    const truth = articles.filter((a) => ['伊春', '碳汇'].every((w) => searchableBlocks(a).some((b) => b.includes(w))));
    expect(both.count).toBe(truth.length);
    await page.close();
  });

  it('keeps the query and filters in the URL, and the back button works', async () => {
    const page = await browser.newPage();
    const first = await search(page, '林甸');
    await page.fill('#q', '同江');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=%E5%90%8C%E6%B1%9F/);
    expect((await readResults(page)).count).toBe(containing('同江').length);
    await page.goBack();
    await page.waitForURL(/q=%E6%9E%97%E7%94%B8/);
    expect((await readResults(page)).count).toBe(first.count);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('伊春')}&city=${encodeURIComponent('伊春市')}`);
    const filtered = await readResults(page);
    expect(filtered.count).toBe(containing('伊春').filter((a) => a.city === '伊春市').length);
    await page.close();
  });

  it('sorts by date, newest month first, undated last', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 4000 } }); // all ten in view
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('工作')}&sort=date`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="search-result"]').length === 10);
    const { count, hrefs } = await readResults(page);
    expect(count).toBe(containing('工作').length);
    const months = hrefs.map((h) => articles.find((a) => `/articles/${a.id}/` === h)!.date?.slice(0, 7) ?? '');
    expect(months).toEqual([...months].sort((a, b) => (b || '0').localeCompare(a || '0')));
    expect(new Set(months).size).toBeGreaterThan(1);
    await page.close();
  });

  it('loads the rest of a long result page as it scrolls into view', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('发展')}`);
    const first = await readResults(page);
    expect(first.count).toBe(containing('发展').length);
    expect(first.hrefs.length).toBeLessThan(10);
    await page.locator('#more').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="search-result"]').length === 10);
    await page.close();
  });

  it('says what to do without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=伊春`);
    expect(await page.textContent('main')).toContain('搜索需要启用 JavaScript');
    await context.close();
  });

  /** the clipping page with the fewest lines (axe on 3,000 lines takes a minute on 2 cores) */
  const smallestClipping = () => {
    const dir = path.join(DIST, 'clippings');
    const txt = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const smallest = txt.sort((a, b) => fs.statSync(path.join(dir, a)).size - fs.statSync(path.join(dir, b)).size)[0]!;
    return `/clippings/${smallest.replace(/\.txt$/, '')}/`;
  };

  // one page of each type; every violation counts, in the light and the dark theme
  const pageTypes = () => {
    const withLog = articles.find((a) => a.corrections.some((c) => c.kind === 'punctuation')) ?? articles[0]!;
    return [
      '/',
      '/search/?q=伊春',
      `/articles/${withLog.id}/`,
      smallestClipping(),
      '/clippings/',
      '/cities/',
      `/cities/${fs.readdirSync(path.join(DIST, 'cities')).find((d) => d !== 'unknown' && !d.includes('.'))}/`,
      '/dates/',
      `/dates/${withLog.date?.slice(0, 4) ?? 'unknown'}/`,
      `/dates/${articles
        .find((a) => (a.date?.length ?? 0) >= 7)!
        .date!.slice(0, 7)
        .replace('-', '/')}/`,
      '/sources/',
      '/404.html',
    ];
  };

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations on any page type (%s theme)',
    async (scheme) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const url of pageTypes()) {
        await page.goto(`${server.url}${url}`);
        if (url.startsWith('/search')) await page.waitForSelector('[data-testid="search-count"][data-ready]');
        // open the collapsed parts (corrections, text as received) so they are checked too
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { violations } = await new AxeBuilder({ page }).analyze();
        found.push(...violations.map((v) => `${url}: ${v.id}: ${v.help} (${v.nodes[0]?.target})`));
      }
      expect(found).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
