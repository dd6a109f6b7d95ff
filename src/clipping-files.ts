// Where the clippings are and how their paths are shown: what the build needs before it
// normalises anything (the early start, cache keys), without loading the normaliser (~0.7 CPU-s
// of modules: src/clippings.ts has the reading and normalising).
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './schema.ts';

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

/** The path shown in problems and sourceFile: relative to the project when it can be. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)) || file;
}

/** the error of a clipping that cannot be read (the build fails listing it with the others) */
export function unreadable(file: string, e: unknown): Problem {
  const message = `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  return { file: shownPath(file), line: null, severity: 'error', message };
}

export function listClippingFiles(dir = CLIPPINGS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}
