// Each article's page in the index, kept between builds: the digest of the article as the
// index is handed it (its metadata and its body's digest) → its fragment's hash and the file
// the fragment is in. A fragment is Pagefind's JSON of the page (url, tokens, word count,
// filters, metadata) gzipped: all the writer needs of a record. So a rebuild makes the
// records of new and changed articles only; every other page is read back from its fragment
// and the file is hard-linked into the new index, not compressed and written again (at
// 10,000 articles a one-clipping rebuild rewrote ~10,000 fragments: ~20 s after the pages).
//
// The fragments live in the cached index parts (build-index.ts), which are never changed once
// renamed into place. This file is written aside and renamed after the parts it names are in
// place and before the parts it no longer names are removed, so a build cut off at any point
// leaves a file whose every entry names a complete fragment, or no file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sourcesDigest } from '../sources-digest.ts';
import { writeFileAside } from '../write-aside.ts';
import { unpacked, type PagefindRecord } from './pagefind-files.ts';

export const ARTICLES_FILE = 'articles.json';

/**
 * What the cache knows of an article: its fragment's full hash and its file (relative to the
 * cache's root), or null when its record has no words (Pagefind leaves such a page out).
 */
export type Known = [hash: string, file: string] | null;

interface Saved {
  format: string;
  articles: Record<string, Known>;
}

/** an article's key: the digest of what the index was handed of it */
export const articleKey = (article: unknown): string =>
  crypto.createHash('sha256').update(JSON.stringify(article)).digest('base64url').slice(0, 32);

/**
 * What makes a record of an article besides the article: the sources of every module the
 * index's code imports (build-index.ts makes the records with tokens.ts, fold.ts and the
 * site's catalog), the packages (opencc's tables) and Node itself (Unicode tables of its
 * regular expressions). Found by following the imports, so a new import cannot be forgotten.
 */
export function recordFormat(root = '.'): string {
  const sources = [...importedSources('src/search/build-index.ts', root), 'package-lock.json'];
  return `records ${sourcesDigest(sources, root)} node ${process.versions.node}`;
}

/** a module's file and every project file it names by a relative path, directly or not */
export function importedSources(entry: string, root = '.'): string[] {
  const seen = new Set<string>();
  const todo = [path.normalize(entry)];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    // a path named and not there throws: it would otherwise drop out of the key without a word
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    // import … from '…', import('…'), new URL('…', import.meta.url): any relative module path
    for (const [, , named] of text.matchAll(/(['"])(\.{1,2}\/[^'"\n]+\.(?:ts|mjs|js|json))\1/g))
      todo.push(path.normalize(path.join(path.dirname(file), named!)));
  }
  return [...seen].sort();
}

/** the entries of the last build made in this format (none when it is missing, unreadable or other) */
export function readKnown(cacheRoot: string, format: string): Map<string, Known> {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(cacheRoot, ARTICLES_FILE), 'utf8')) as Saved;
    const entries = saved.format === format ? Object.entries(saved.articles) : [];
    if (entries.every(([, k]) => k === null || (typeof k?.[0] === 'string' && typeof k[1] === 'string')))
      return new Map(entries);
  } catch {
    // no cache yet, or one cut off mid-write by an older version: build as if cold
  }
  return new Map();
}

/** the entries of this build: only the current archive's articles, so the file stays bounded */
export function writeKnown(cacheRoot: string, format: string, known: Map<string, Known>): void {
  const saved: Saved = { format, articles: Object.fromEntries(known) };
  writeFileAside(path.join(cacheRoot, ARTICLES_FILE), JSON.stringify(saved));
}

/** a page as its fragment holds it: the record the writer needs, with its word count */
export type WrittenPage = Omit<PagefindRecord, 'language'> & { word_count: number };

/**
 * The page of a cached fragment file, or null when the file is gone or not a fragment of
 * this URL (gzip's checksum catches a damaged file): the record is then made again.
 */
export function readWrittenPage(file: string, url: string): WrittenPage | null {
  try {
    const page = JSON.parse(unpacked(fs.readFileSync(file)).toString('utf8')) as WrittenPage;
    return page.url === url && typeof page.content === 'string' ? page : null;
  } catch {
    return null;
  }
}
