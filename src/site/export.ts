// The JSON export, /articles.json: every article as contract C1 describes it, newest first, for
// researchers and for the search indexer. Written article by article, each body read from its
// file (site/bodies.ts): on a large archive one JSON string of it all would pass V8's limit on
// string length (~0.5 G characters; ~50,000 articles at 6 KB each come close).
//
// A build writes it from the search index's process (search/index-worker.ts), beside the
// indexing, and the search integration moves it into the output: as an Astro endpoint it was
// ~6 s of the page stage's thread at 10,000 articles, and Astro held the whole response
// (99 MB) in memory to write it — the build process's peak (1.65 GB against 1.2 GB for the
// rest of the page stage). `npm run dev` serves the same bytes from a route (export-route.ts).
import fs from 'node:fs';
import type { Article } from '../schema.ts';
import type { StoredArticle } from './bodies.ts';
import { byDateDesc } from './catalog.ts';

/** its name in the output */
export const EXPORT_FILE = 'articles.json';
/** articles serialised per chunk written */
const ARTICLES_PER_CHUNK = 200;

/** The export's text in chunks of ARTICLES_PER_CHUNK articles, each body read as it is reached. */
export function* exportChunks(stored: readonly StoredArticle[], whole: (a: StoredArticle) => Article) {
  const articles = [...stored].sort(byDateDesc);
  yield `{"generated":"jianbao","count":${articles.length},"articles":[`;
  for (let next = 0; next < articles.length; next += ARTICLES_PER_CHUNK) {
    const part = articles.slice(next, next + ARTICLES_PER_CHUNK).map((a) => JSON.stringify(whole(a)));
    yield (next > 0 ? ',' : '') + part.join(',');
  }
  yield ']}';
}

/**
 * Writes the export to `file`, waiting for each chunk's write, so the process stays free
 * between chunks (the indexer sends Pagefind its records meanwhile).
 */
export async function writeExport(
  stored: readonly StoredArticle[],
  whole: (a: StoredArticle) => Article,
  file: string,
): Promise<void> {
  const out = await fs.promises.open(file, 'w');
  try {
    for (const chunk of exportChunks(stored, whole)) await out.write(chunk);
  } finally {
    await out.close();
  }
}
