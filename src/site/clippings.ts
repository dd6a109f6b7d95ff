// Clippings as wholes: each file's articles in the order printed, its text as received (read
// from content/clippings at build time, decoded as the normaliser decodes it, so line numbers
// match the corrections), and an article's neighbours within its clipping.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decodeClipping } from '../normalize/decode.ts';
import type { ArticleInfo } from './bodies.ts';
import type { Link } from './browse.ts';
import { DATE_UNKNOWN, formatDate, printedOrder } from './dates.ts';
import { namedSource } from './sources.ts';
import { articleUrl, clippingUrl } from './urls.ts';

export interface Clipping {
  sourceFile: string;
  /** the file's name, as an editor saved it */
  name: string;
  url: string;
  articles: ArticleInfo[];
  /** the papers its articles name, most named first */
  sources: string[];
  /** the dates its articles carry, as shown (2022年6月29日), oldest first */
  dates: string[];
}

export function clippings(articles: readonly ArticleInfo[]): Clipping[] {
  const byFile = new Map<string, ArticleInfo[]>();
  for (const a of articles) {
    const list = byFile.get(a.sourceFile);
    if (list) list.push(a);
    else byFile.set(a.sourceFile, [a]);
  }
  return [...byFile]
    .map(([sourceFile, list]) => ({
      sourceFile,
      name: path.basename(sourceFile),
      url: clippingUrl(sourceFile),
      articles: list.sort(printedOrder),
      sources: mostNamedFirst(list.map(namedSource)),
      dates: [...new Set(list.map((a) => a.date).filter((d): d is string => Boolean(d)))].sort().map(formatDate),
    }))
    .sort((x, y) => x.name.localeCompare(y.name));
}

function mostNamedFirst(values: Array<string | null>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1]).map(([v]) => v);
}

/** up to this many dates are listed one by one; more read as a range */
const DATES_LISTED = 3;

/** the clipping's dates for a reader: 2022年6月29日; a few listed; many as a range; 日期不详 */
export function clippingDates(c: Pick<Clipping, 'dates'>): string {
  if (c.dates.length === 0) return DATE_UNKNOWN;
  if (c.dates.length <= DATES_LISTED) return c.dates.join('、');
  return `${c.dates[0]} 至 ${c.dates.at(-1)}（${c.dates.length} 个日期）`;
}

/** the articles before and after this one in its clipping */
export function neighbours(clipping: Clipping, a: ArticleInfo): { prev: Link | null; next: Link | null } {
  const k = clipping.articles.findIndex((x) => x.id === a.id);
  const link = (x: ArticleInfo | undefined) => (x ? { name: x.title, url: articleUrl(x) } : null);
  return { prev: link(clipping.articles[k - 1]), next: link(clipping.articles[k + 1]) };
}

/**
 * The clipping read last, decoded, and its lines: pages are rendered in file order (an
 * article's page, then the next article of the same clipping), so one file is enough. Holding
 * every clipping's text for the whole build was ~30 MB of the heap at 10,000 articles.
 */
let lastRead: { sourceFile: string; text: string; lines: string[] | null } | null = null;

function readDecoded(sourceFile: string): NonNullable<typeof lastRead> {
  if (lastRead?.sourceFile !== sourceFile)
    lastRead = { sourceFile, text: decodeClipping(fs.readFileSync(path.resolve(sourceFile))).text, lines: null };
  return lastRead;
}

/** The clipping's text as received (decoded to UTF-8, line ends as LF). */
export function receivedText(sourceFile: string): string {
  return readDecoded(sourceFile).text;
}

function linesOf(sourceFile: string): string[] {
  const file = readDecoded(sourceFile);
  file.lines ??= file.text.replace(/\n$/, '').split('\n');
  return file.lines;
}

/** The received text as numbered lines; `from`/`to` (1-based, inclusive) pick an article's lines. */
export function receivedLines(sourceFile: string, from = 1, to = Infinity): Array<{ n: number; text: string }> {
  const lines = linesOf(sourceFile);
  const last = Math.min(to, lines.length);
  return Array.from({ length: Math.max(0, last - from + 1) }, (_, k) => ({ n: from + k, text: lines[from - 1 + k]! }));
}

/** each clipping file's bytes' digest, computed once per build (a short string per file) */
const fileDigests = new Map<string, string>();

/**
 * A key for those lines, for a page's cache key (the page reads the lines when it renders):
 * the digest of the file's bytes and the range. The lines are decoded from those bytes alone,
 * so the same key means the same lines, and no clipping is decoded or split to make it (the
 * digest of the picked lines cost every article's text joined again). A change anywhere in a
 * file gives all its articles' pages new keys; that file is normalised again anyway.
 */
export function receivedDigest(sourceFile: string, from = 1, to = Infinity): string {
  let digest = fileDigests.get(sourceFile);
  if (digest === undefined) {
    digest = crypto
      .createHash('sha1')
      .update(fs.readFileSync(path.resolve(sourceFile)))
      .digest('base64url');
    fileDigests.set(sourceFile, digest);
  }
  return `${digest}:${from}-${to}`;
}
