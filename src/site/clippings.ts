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

/** each clipping's text as received, decoded once per build (the lines are split per use) */
const received = new Map<string, string>();
/** the lines of the clipping read last: an article's pages follow each other in file order */
let lastLines: { sourceFile: string; lines: string[] } | null = null;

/** The clipping's text as received (decoded to UTF-8, line ends as LF), read once per build. */
export function receivedText(sourceFile: string): string {
  let text = received.get(sourceFile);
  if (text === undefined) {
    text = decodeClipping(fs.readFileSync(path.resolve(sourceFile))).text;
    received.set(sourceFile, text);
  }
  return text;
}

function linesOf(sourceFile: string): string[] {
  if (lastLines?.sourceFile !== sourceFile)
    lastLines = { sourceFile, lines: receivedText(sourceFile).replace(/\n$/, '').split('\n') };
  return lastLines.lines;
}

/** The received text as numbered lines; `from`/`to` (1-based, inclusive) pick an article's lines. */
export function receivedLines(sourceFile: string, from = 1, to = Infinity): Array<{ n: number; text: string }> {
  const lines = linesOf(sourceFile);
  const last = Math.min(to, lines.length);
  return Array.from({ length: Math.max(0, last - from + 1) }, (_, k) => ({ n: from + k, text: lines[from - 1 + k]! }));
}

/** A digest of those lines, for a page's cache key (the page reads the lines when it renders). */
export function receivedDigest(sourceFile: string, from = 1, to = Infinity): string {
  const lines = linesOf(sourceFile);
  const picked = lines.slice(Math.max(0, from - 1), Math.min(to, lines.length));
  return crypto
    .createHash('sha1')
    .update(`${from}\n${picked.join('\n')}`)
    .digest('base64url');
}
