// The fold table (fold.ts foldTable) needs every character of the archive's searchable text,
// which only content sync has at hand (the store keeps no bodies: site/bodies.ts). Sync writes
// it here; the search page's fold files (pages/search/fold/) are cut from it.
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../schema.ts';
import { searchableBlocks } from '../site/catalog.ts';
import { foldTable } from './fold.ts';

export const FOLD_TABLE_FILE = 'node_modules/.cache/jianbao/fold-table.json';

function* blocksOf(articles: readonly Article[]): Generator<string> {
  for (const a of articles) yield* searchableBlocks(a);
}

interface Saved {
  /** what the table was made from (the caller's digest of the articles) */
  key: string;
  table: Record<string, string>;
}

/**
 * Writes the fold table of these articles, unless the table there was made from the same
 * articles (`key`, the caller's digest of them): reading every character of the archive takes
 * a second or two at 10,000 articles, for a rebuild that added one clipping.
 */
export function writeFoldTable(articles: readonly Article[], key: string, file = FOLD_TABLE_FILE): void {
  if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as Saved).key === key) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ key, table: foldTable(blocksOf(articles)) } satisfies Saved));
}

export function readFoldTable(file = FOLD_TABLE_FILE): Record<string, string> {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as Saved).table;
}
