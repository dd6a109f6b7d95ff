// Reading clipping files from disk, as the build and the CLI both do: one place that turns
// paths into {articles, problems}, including the problems a missing file or a clash of ids
// makes across files. Two steps with a seam between them: normalising each file on its own
// (normalizeFile: the result depends on that file's bytes only, so the build caches it and
// spreads it over worker threads), then the archive-wide steps over all files' results
// (mergeClippings).
import fs from 'node:fs';
import path from 'node:path';
import { finishArchive, type ArchiveOptions } from './archive/index.ts';
import { normalizeClipping } from './normalize/index.ts';
import { parseKeepList } from './normalize/keep.ts';
import type { NormalizeResult } from './schema.ts';

export const CLIPPINGS_DIR = 'content/clippings';
/** the archive's keep-as-printed list: strings no repair may change, one a line */
export const KEEP_FILE = 'content/keep.txt';

/**
 * The keep list file's content ('' when there is none). It is an input of normalising every
 * file: a cache of per-file results must key on it (with the file's bytes and the normaliser).
 */
export function keepListContent(file = KEEP_FILE): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

export function loadClippings(files: string[], options: ArchiveOptions = {}): NormalizeResult {
  const keep = parseKeepList(keepListContent());
  return mergeClippings(
    files.map((file) => normalizeFile(file, undefined, keep)),
    options,
  );
}

/** The path shown in problems and sourceFile: relative to the project when it can be. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)) || file;
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
  const shown = shownPath(file);
  try {
    bytes ??= fs.readFileSync(file);
  } catch (e) {
    const message = `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
    return { articles: [], problems: [{ file: shown, line: null, severity: 'error', message }] };
  }
  return normalizeClipping({ path: shown, bytes, keep });
}

/**
 * The archive-wide steps over every file's result, in file order: ids must not clash, then
 * duplicate clippings, reprints and published addresses (src/archive/).
 */
export function mergeClippings(perFile: NormalizeResult[], options: ArchiveOptions = {}): NormalizeResult {
  const result: NormalizeResult = { articles: [], problems: [] };
  const seenIds = new Map<string, string>();
  for (const one of perFile) {
    for (const a of one.articles) {
      const other = seenIds.get(a.id);
      if (other)
        result.problems.push({
          file: a.sourceFile,
          line: null,
          severity: 'error',
          message: `article id "${a.id}" is also made by ${other}; rename one of the files`,
        });
      seenIds.set(a.id, a.sourceFile);
    }
    result.articles.push(...one.articles);
    result.problems.push(...one.problems);
    // appended in place: copying the list for every file made merging quadratic in files
    (result.readings ??= []).push(...(one.readings ?? []));
  }
  // what each file was read as is per file: the archive-wide steps keep it as it is
  return { ...finishArchive(result, options), readings: result.readings ?? [] };
}

export function listClippingFiles(dir = CLIPPINGS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}
