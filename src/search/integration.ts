// Astro integration: after the build, index every article with Pagefind as bigram tokens
// (see tokens.ts) from the site's own JSON export, so the index and the pages come from the
// same data and the normaliser runs once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import zlib from 'node:zlib';
import { decode as decodeCbor } from 'cbor-x';
import * as pagefind from 'pagefind';
import { articleSchema, type Article } from '../schema.ts';
import {
  cityOf,
  formatDate,
  placeLabel,
  searchableBlocks,
  UNKNOWN_CITY,
  UNKNOWN_DATE,
  UNKNOWN_SLUG,
  yearOf,
} from '../site/catalog.ts';
import { CHUNK_STARTS_FILE, pageTokens } from './tokens.ts';

/**
 * The Pagefind "language" of the token index: a code with no stemmer and no word segmenter on
 * either side, short because it prefixes every page's hash in the metadata each search loads
 * first. Pages in zh-CN fall back to it, the only index there is.
 */
export const TOKEN_LANGUAGE = 'zz';

export function searchRecord(article: Article) {
  return {
    url: `/articles/${article.id}/`,
    content: pageTokens(searchableBlocks(article)),
    language: TOKEN_LANGUAGE,
    meta: {
      title: article.title,
      date: formatDate(article.date),
      place: placeLabel(article),
      source: article.source ?? '',
    },
    // No Pagefind `sort`: it puts every page's rank in the metadata each visitor loads first
    // (24 KB on 10,000 pages). Sorting by date walks the year and month filters instead.
    filters: {
      province: [article.province ?? UNKNOWN_CITY],
      city: [cityOf(article)],
      year: [yearOf(article) === UNKNOWN_SLUG ? UNKNOWN_DATE : yearOf(article)],
      month: [article.date && article.date.length >= 7 ? article.date.slice(0, 7) : UNKNOWN_DATE],
    },
  };
}

export async function writeSearchIndex(articles: Article[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const article of articles) {
    const added = await index.addCustomRecord(searchRecord(article));
    if (added.errors.length) throw new Error(`pagefind: ${article.id}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  writeChunkStarts(outputPath);
}

/**
 * Pagefind loads one index chunk per search term, the chunk where the term would sort. A
 * one-character query is a prefix whose bigrams can run over several chunks on a large
 * archive, so the search page needs the chunk boundaries to load them all: the first word of
 * every chunk, read from Pagefind's metadata (gzip, a `pagefind_dcd` marker, then CBOR).
 */
function writeChunkStarts(outputPath: string): void {
  const metaFile = fs
    .readdirSync(outputPath)
    .find((f) => f.startsWith(`pagefind.${TOKEN_LANGUAGE}`) && f.endsWith('.pf_meta'));
  if (!metaFile) throw new Error(`pagefind: no metadata for ${TOKEN_LANGUAGE} in ${outputPath}`);
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(outputPath, metaFile)));
  const marker = 'pagefind_dcd';
  if (bytes.subarray(0, marker.length).toString('latin1') !== marker)
    throw new Error(`pagefind: unexpected metadata format in ${metaFile}`);
  const [, , chunks] = decodeCbor(bytes.subarray(marker.length)) as [string, unknown, Array<[string, string, string]>];
  fs.writeFileSync(path.join(outputPath, CHUNK_STARTS_FILE), JSON.stringify(chunks.map(([from]) => from)));
}

export default function jianbaoSearch(): AstroIntegration {
  return {
    name: 'jianbao-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const exported = JSON.parse(fs.readFileSync(path.join(dist, 'articles.json'), 'utf8')) as {
          articles: unknown[];
        };
        const articles = exported.articles.map((a) => articleSchema.parse(a));
        await writeSearchIndex(articles, path.join(dist, 'pagefind'));
        await pagefind.close();
        logger.info(`pagefind: indexed ${articles.length} article(s) into ${path.join(dist, 'pagefind')}`);
      },
    },
  };
}
