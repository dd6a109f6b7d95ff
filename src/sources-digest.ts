// What a cached result was made by: the digest of the source files (and data) that made it,
// so any edit to them makes the cache miss, with no version number to forget to raise. Used
// by the normalised-clipping cache (loader/cache.ts) and the search index's cache
// (search/build-index.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** the digest of every file under these paths (files or directories, relative to `root`) */
export function sourcesDigest(paths: readonly string[], root = '.'): string {
  const hash = crypto.createHash('sha256');
  for (const file of paths.flatMap((p) => filesUnder(path.join(root, p)))) {
    hash.update(`${path.relative(root, file)}\0`).update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .sort()
    .flatMap((f) => filesUnder(path.join(p, f)));
}
