// Every address the site links to, built in one place so pages, feeds, the sitemap and the
// crawl test agree. Slugs are pinyin (the convention on Chinese sites) and depend only on the
// name they stand for, so an address stays the same when other articles are added.
import path from 'node:path';
import { pinyinSlug } from '../normalize/slug.ts';
import type { ArticleInfo } from './bodies.ts';

/** the slug of a group whose value is not known (日期不详, 地区不详, 来源不详) */
export const UNKNOWN_SLUG = 'unknown';

export const articleUrl = (a: Pick<ArticleInfo, 'id'>): string => `/articles/${a.id}/`;

/** slugs already made: a page links to its clipping once per line it cites (pinyin is slow) */
const clippingSlugs = new Map<string, string>();

/** a clipping file's slug: its name without extension, in pinyin when it is Chinese */
export function clippingSlug(sourceFile: string): string {
  let slug = clippingSlugs.get(sourceFile);
  if (slug === undefined) {
    slug = pinyinSlug(path.basename(sourceFile).replace(/\.[^.]+$/, '')) || 'clipping';
    clippingSlugs.set(sourceFile, slug);
  }
  return slug;
}
export const clippingUrl = (sourceFile: string): string => `/clippings/${clippingSlug(sourceFile)}/`;
/** the clipping as received, as a plain-text file */
export const clippingTextUrl = (sourceFile: string): string => `/clippings/${clippingSlug(sourceFile)}.txt`;
/** a line of the clipping as received, on the clipping page */
export const clippingLineUrl = (sourceFile: string, line: number): string => `${clippingUrl(sourceFile)}#L${line}`;

/** /dates/2022/, /dates/2022/06/, /dates/2022/06/29/; /dates/unknown/ for an undated article */
export function dateUrl(date: string | null): string {
  return date ? `/dates/${date.split('-').join('/')}/` : `/dates/${UNKNOWN_SLUG}/`;
}

/** an absolute address on the configured site (canonical links, feeds, citations) */
export function absoluteUrl(pathname: string, site: URL | string | undefined): string {
  return new URL(pathname, site ?? 'http://localhost/').href;
}
