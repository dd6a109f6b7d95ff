// A crawl of the built site (dist/), as an archive's reader and a search engine see it:
// every article reachable from its clipping, a date page and a place page; no broken internal
// link or line anchor; every article page with its provenance, citation, clipping link and
// the text as received; what the page gives search equals what the index holds; RSS and the
// sitemap valid on the configured address. Builds the site first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../astro.config.mjs';
import type { Article } from '../src/schema.ts';
import { searchableBlocks } from '../src/site/catalog.ts';
import { clippingUrl } from '../src/site/urls.ts';

const DIST = path.resolve('dist');
let articles: Article[];
/** site path (/cities/…/) → HTML */
const pages = new Map<string, string>();

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  articles = JSON.parse(fs.readFileSync(path.join(DIST, 'articles.json'), 'utf8')).articles;
  for (const f of htmlFiles(DIST)) {
    const url = `/${path.relative(DIST, f).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    pages.set(url, fs.readFileSync(f, 'utf8'));
  }
});

const hrefs = (html: string): string[] =>
  [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const linkedFrom = (prefix: RegExp) =>
  new Set([...pages].filter(([url]) => prefix.test(url)).flatMap(([, html]) => hrefs(html)));

/** a site path → the file that serves it, or null */
function target(pathname: string): string | null {
  const file = path.join(DIST, decodeURIComponent(pathname));
  const candidates = pathname.endsWith('/') ? [path.join(file, 'index.html')] : [file, `${file}.html`];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** the text a page gives search, read the way the shared scorer reads it (contract C3) */
function searchedText(html: string): string[] {
  const start = html.search(/<[a-z0-9-]+[^>]*\sdata-pagefind-body/);
  let body = html.slice(start);
  body = body.slice(0, body.indexOf('</article>'));
  // drop ignored elements (none of them nest an element of their own tag name here)
  body = body.replace(/<(\w+)[^>]*\sdata-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, '\n');
  return body
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?(p|div|h[1-6]|li|br|section|article|header|footer|blockquote|tr|td|figcaption)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITIES[e.toLowerCase()]!,
    )
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('the crawl', () => {
  it('finds no broken internal link or line anchor', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>(); // page → its element ids, read once
    const idsOf = (file: string) => {
      if (!ids.has(file))
        ids.set(file, new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(file)!;
    };
    for (const [from, html] of pages) {
      for (const href of new Set(hrefs(html))) {
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const url = new URL(href, 'http://x');
        const file = target(url.pathname);
        if (!file) broken.push(`${from} → ${href}`);
        else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('reaches every article from its clipping, a date page and a place page', () => {
    const fromClippings = linkedFrom(/^\/clippings\/[^/]+\/$/);
    const fromDates = linkedFrom(/^\/dates\//);
    const fromPlaces = linkedFrom(/^\/cities\//);
    const fromSources = linkedFrom(/^\/sources\//);
    for (const a of articles) {
      const url = `/articles/${a.id}/`;
      expect(
        [fromClippings, fromDates, fromPlaces, fromSources].map((s) => s.has(url)),
        url,
      ).toEqual([true, true, true, true]);
    }
  });

  it('opens every article page with its provenance, and gives a citation, its clipping and the text as received', () => {
    for (const a of articles) {
      const html = pages.get(`/articles/${a.id}/`)!;
      const head = html.slice(html.indexOf('<h1'), html.indexOf('class="body"'));
      expect(head).toContain('class="provenance"');
      if (a.date) expect(head).toContain(`<time datetime="${a.date}"`);
      else expect(head).toContain('日期不详');
      expect(head).toContain(`href="${clippingUrl(a.sourceFile)}"`);
      const cite = html.slice(html.indexOf('class="cite"'));
      expect(cite).toContain(`${new URL(`/articles/${a.id}/`, SITE).href}`);
      expect(html).toMatch(/<details class="received[^"]*"[^>]*>[\s\S]*?<ol class="received-text" start="\d+">\s*<li>/);
      expect(html).toContain(`<link rel="canonical" href="${new URL(`/articles/${a.id}/`, SITE).href}"`);
    }
  });

  it('gives search exactly the blocks the index holds: title, subtitle, provenance values, body', () => {
    for (const a of articles) {
      const expected = searchableBlocks(a).map((b) => b.replace(/\s+/g, ' ').trim());
      expect(searchedText(pages.get(`/articles/${a.id}/`)!), a.id).toEqual(expected);
    }
  });

  it('publishes each clipping as received, with a line anchor for every line', () => {
    const files = new Set(articles.map((a) => a.sourceFile));
    for (const file of files) {
      const url = clippingUrl(file);
      const text = fs.readFileSync(target(url.replace(/\/$/, '.txt'))!, 'utf8');
      const lines = text.replace(/\n$/, '').split('\n').length;
      const html = pages.get(url)!;
      expect(html).toContain(`id="L${lines}"`);
      expect(html).not.toContain(`id="L${lines + 1}"`);
    }
  });

  it('writes a valid RSS feed on the configured address, with dates as precise as known', () => {
    const xml = fs.readFileSync(path.join(DIST, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = new XMLParser().parse(xml).rss.channel.item as Array<Record<string, string>>;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.link!.startsWith(new URL('/articles/', SITE).href)).toBe(true);
      const a = articles.find((x) => item.link!.endsWith(`/articles/${x.id}/`))!;
      expect(item['dc:date'] === undefined ? null : String(item['dc:date'])).toBe(a.date);
      expect(item.pubDate !== undefined).toBe(a.date?.length === 10);
    }
  });

  it('writes a valid sitemap on the configured address, listing every article', () => {
    const index = fs.readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemaps = [new XMLParser().parse(index).sitemapindex.sitemap].flat() as Array<{ loc: string }>;
    const locs = sitemaps.flatMap((s) => {
      expect(s.loc.startsWith(SITE)).toBe(true);
      const xml = fs.readFileSync(path.join(DIST, new URL(s.loc).pathname), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      return ([new XMLParser().parse(xml).urlset.url].flat() as Array<{ loc: string }>).map((u) => u.loc);
    });
    for (const a of articles) expect(locs).toContain(new URL(`/articles/${a.id}/`, SITE).href);
    expect(locs.every((l) => l.startsWith(SITE))).toBe(true);
  });
});
