// Astro's incremental build (experimental.incrementalBuild) copies a page from the previous
// build instead of rendering it again when the page's code is unchanged and its getStaticPaths
// entry returns the same `cacheKey`. The key is a digest of everything the page shows: its
// props, and whatever else it reads (the clipping's lines), never the day it is built: an
// archive that adds a clipping a day would render every page again at every addition. Another
// article appearing on a page (related, neighbours, a list) enters the key by what a list
// shows of it, so a correction in one article does not re-render the lists it appears in.
import crypto from 'node:crypto';
import type { ArticleInfo } from './bodies.ts';

/** what a list, a pager or a breadcrumb shows of an article (ArticleList, Reprints) */
const listed = (a: ArticleInfo) => [
  a.id,
  a.title,
  a.date,
  a.province,
  a.city,
  a.place,
  a.source,
  a.sourceFile,
  a.lines,
];

/** an article, whole or as the store holds it (a reprint or a clipping has no keywords) */
const isArticle = (v: unknown): v is ArticleInfo =>
  typeof v === 'object' && v !== null && 'keywords' in v && 'sourceFile' in v;

/**
 * The digest of the values a page renders. `shown` is the page's own article, if any, which
 * enters whole; every other article enters as it is listed.
 */
export function pageKey(values: unknown, shown?: ArticleInfo): string {
  const json = JSON.stringify(values, (_key, v: unknown) =>
    isArticle(v) && v !== shown ? listed(v) : v instanceof Map ? [...v] : v,
  );
  return crypto.createHash('sha256').update(json).digest('base64url').slice(0, 32);
}
