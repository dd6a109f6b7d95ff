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

export function writeFoldTable(articles: readonly Article[], file = FOLD_TABLE_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(foldTable(blocksOf(articles))));
}

export function readFoldTable(file = FOLD_TABLE_FILE): Record<string, string> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}
