// The fold table (fold.ts foldTable) needs every character of the archive's searchable text,
// which only content sync has at hand (the store keeps no bodies: site/bodies.ts). Sync writes
// it here; the search page's fold files (pages/search/fold/) are cut from it. Sync holds no
// bodies either: the characters of the paragraphs come from the workers that wrote them, a
// string per clipping (loader/clipping-entry.ts), and the other blocks from the articles.
import fs from 'node:fs';
import path from 'node:path';
import type { StoredArticle } from '../site/bodies.ts';
import { searchableBlocks } from '../site/catalog.ts';
import { foldTable } from './fold.ts';

export const FOLD_TABLE_FILE = 'node_modules/.cache/jianbao/fold-table.json';

/** every searchable block but the paragraphs, then the paragraphs' characters */
function* textsOf(articles: readonly StoredArticle[], paragraphChars: readonly string[]): Generator<string> {
  for (const a of articles) yield* searchableBlocks({ ...a, paragraphs: [], corrections: [] });
  yield* paragraphChars;
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
export function writeFoldTable(
  articles: readonly StoredArticle[],
  paragraphChars: readonly string[],
  key: string,
  file = FOLD_TABLE_FILE,
): void {
  if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as Saved).key === key) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ key, table: foldTable(textsOf(articles, paragraphChars)) } satisfies Saved));
}

export function readFoldTable(file = FOLD_TABLE_FILE): Record<string, string> {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as Saved).table;
}
