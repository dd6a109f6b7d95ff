// Reading clipping files from disk, as the build and the CLI both do: one place that turns
// paths into {articles, problems}, including the problems a missing file or a clash of ids
// makes across files. Two steps with a seam between them: normalising each file on its own
// (normalizeFile: the result depends on that file's bytes only, so the build caches it and
// spreads it over worker processes), then the archive-wide steps over all files' results
// (mergeClippings, src/archive/).
import fs from 'node:fs';
import { mergeClippings, type ArchiveOptions } from './archive/index.ts';
import { keepListContent, shownPath, unreadable } from './clipping-files.ts';
import { normalizeClipping } from './normalize/index.ts';
import { parseKeepList } from './normalize/keep.ts';
import type { NormalizeResult } from './schema.ts';

export { CLIPPINGS_DIR, keepListContent, listClippingFiles } from './clipping-files.ts';

export function loadClippings(files: string[], options: ArchiveOptions = {}): NormalizeResult {
  const keep = parseKeepList(keepListContent());
  return mergeClippings(
    files.map((file) => normalizeFile(file, undefined, keep)),
    options,
  );
}

/**
 * One file read and normalised on its own (bytes given when the caller has read them already;
 * the keep list given when normalising many files, so it is read once).
 */
export function normalizeFile(
  file: string,
  bytes?: Uint8Array,
  keep = parseKeepList(keepListContent()),
): NormalizeResult {
  try {
    bytes ??= fs.readFileSync(file);
  } catch (e) {
    return { articles: [], problems: [unreadable(file, e)] };
  }
  return normalizeClipping({ path: shownPath(file), bytes, keep });
}
