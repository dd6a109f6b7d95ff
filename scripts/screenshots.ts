// Screenshots of the main page types at phone and desktop width, light and dark, for a person
// to look at: node scripts/screenshots.ts [OUT_DIR] (after npm run build).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

const out = path.resolve(process.argv[2] ?? 'screenshots');
const only = process.argv[3];
fs.mkdirSync(out, { recursive: true });
const articles = JSON.parse(fs.readFileSync('dist/articles.json', 'utf8')).articles as Array<{
  id: string;
  byline: string[];
}>;
const signed = articles.find((a) => a.byline.length > 0) ?? articles[0]!;
const pages: Record<string, string> = {
  home: '/',
  article: `/articles/${signed.id}/`,
  clipping: `/clippings/${fs.readdirSync('dist/clippings').find((f) => !f.includes('.'))}/`,
  dates: '/dates/',
  year: `/dates/${fs.readdirSync('dist/dates').find((f) => /^\d{4}$/.test(f))}/`,
  month: '/dates/2021/12/',
  places: '/cities/',
  city: '/cities/hei-long-jiang-sheng/',
  sources: '/sources/',
  search: '/search/?q=%E4%BC%8A%E6%98%A5',
  notfound: '/404.html',
};
const server = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const [name, url] of Object.entries(pages)) {
      if (only && !only.split(',').includes(name)) continue;
      await page.goto(server.url + url);
      if (name === 'search') await page.waitForSelector('[data-testid="search-count"][data-ready]');
      await page.screenshot({
        path: path.join(out, `${name}-${width}-${scheme}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width, height: 2200 },
      });
    }
    await page.close();
  }
}
// the article as printed: article, provenance and citation only
const print = await browser.newPage({ viewport: { width: 800, height: 1100 } });
await print.goto(server.url + pages.article);
await print.emulateMedia({ media: 'print' });
await print.screenshot({ path: path.join(out, 'article-print.png'), fullPage: true });
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
