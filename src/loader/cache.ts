// The normalised-clipping cache: a clipping's result depends only on its bytes, its path (ids
// and sourceFile come from it), the normaliser's code and data, and the editors' keep list, so
// the digest of those is its key and a rebuild normalises only the files whose key is new.
// One JSON file per key under node_modules/.cache (deleted with node_modules, never committed),
// written by the worker that normalised the clipping. An entry holds the result without the
// articles' bodies (their files are under site/bodies.ts BODY_DIR) and what else the build
// needs of the clipping (clipping-entry.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KEEP_FILE, keepListContent } from '../clipping-files.ts';
import { sourcesDigest } from '../sources-digest.ts';
import { removeUnkept, writeFileAside } from '../write-aside.ts';
import { BODY_DIR, hasBody } from '../site/bodies.ts';
import { parseEntry, type NormalisedClipping } from './clipping-entry.ts';

export const CACHE_DIR = 'node_modules/.cache/jianbao/normalized';
/**
 * What the normaliser's output depends on besides the clipping itself: its sources and data
 * (any edit re-normalises everything, so no version number to forget to bump), the schema,
 * the file reader, and the lockfile (nodejieba's dictionary, the gazetteer's version).
 */
export const NORMALISER_INPUTS = [
  'src/normalize',
  'src/schema.ts',
  'src/clippings.ts',
  'src/clipping-files.ts',
  'package-lock.json',
  // the articles' facts (shingles, signatures), bodies and the entries' format; not the
  // archive-wide matching (reprints.ts), which reads the facts after every build, never cached
  'src/archive/similar.ts',
  'src/archive/facts.ts',
  'src/site/bodies.ts',
  'src/loader/clipping-entry.ts',
  'src/loader/cache.ts',
];

export function normaliserVersion(root = '.'): string {
  return sourcesDigest(NORMALISER_INPUTS, root);
}

/** the key of one clipping: normaliser version + keep list + path + bytes */
export function clippingKey(context: string, shown: string, bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(context).update(`\0${shown}\0`).update(bytes).digest('hex');
}

/** what every key shares: the normaliser version and the keep list's bytes */
export function keyContext(root = '.'): string {
  const keep = keepListContent(path.join(root, KEEP_FILE));
  const keepDigest = crypto.createHash('sha256').update(keep).digest('hex');
  return `${normaliserVersion(root)}:${keepDigest}`;
}

/**
 * The entry under this key, or null when there is none usable: absent, unreadable, of another
 * format, or naming a body file that is gone (the bodies' directory deleted on its own).
 */
export function readCached(key: string, dir = CACHE_DIR, bodyDir = BODY_DIR): NormalisedClipping | null {
  try {
    const entry = parseEntry(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8'));
    return entry.result.articles.every((a) => hasBody(a.body, bodyDir)) ? entry : null;
  } catch {
    return null; // normalise again
  }
}

/** the entry's text (clipping-entry.ts entryJson) under its key */
export function writeCached(key: string, json: string, dir = CACHE_DIR): void {
  fs.mkdirSync(dir, { recursive: true });
  writeFileAside(path.join(dir, `${key}.json`), json);
}

/** Entries no current clipping uses go, so the cache stays the size of the archive. */
export function pruneCache(used: Set<string>, dir = CACHE_DIR): number {
  return removeUnkept(dir, (f) => f.endsWith('.json') && used.has(f.slice(0, -5)));
}
