// Reading clipping files from disk, as the build and the CLI both do: one place that turns
// paths into {articles, problems}, including the problems a missing file or a clash of ids
// makes across files.
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
  const result: NormalizeResult = { articles: [], problems: [] };
  const seenIds = new Map<string, string>();
  const keep = parseKeepList(keepListContent());
  for (const file of files) {
    const shown = path.relative(process.cwd(), path.resolve(file)) || file;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      result.problems.push({
        file: shown,
        line: null,
        severity: 'error',
        message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      });
      continue;
    }
    const one = normalizeClipping({ path: shown, bytes, keep });
    for (const a of one.articles) {
      const other = seenIds.get(a.id);
      if (other)
        result.problems.push({
          file: shown,
          line: null,
          severity: 'error',
          message: `article id "${a.id}" is also made by ${other}; rename one of the files`,
        });
      seenIds.set(a.id, shown);
    }
    result.articles.push(...one.articles);
    result.problems.push(...one.problems);
  }
  return finishArchive(result, options);
}

export function listClippingFiles(dir = CLIPPINGS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}
