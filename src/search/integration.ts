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
  DATE_UNKNOWN,
  formatDate,
  placeLabel,
  PLACE_UNKNOWN,
  searchableBlocks,
  UNKNOWN_SLUG,
  yearOf,
} from '../site/catalog.ts';
import { namedSource } from '../site/sources.ts';
import { foldChar } from './fold.ts';
import { CHUNK_STARTS_FILE, pageTokens, printedPatch, searchForm } from './tokens.ts';

/**
 * The Pagefind "language" of the token index: a code with no stemmer and no word segmenter on
 * either side, short because it prefixes every page's hash in the metadata each search loads
 * first. Pages in zh-CN fall back to it, the only index there is.
 */
export const TOKEN_LANGUAGE = 'zz';

/**
 * What the index holds for an article: the blocks its page shows inside data-pagefind-body
 * (title, subtitle, provenance values, body; catalog.ts searchableBlocks) as folded bigram
 * tokens, and in its metadata what a result shows, with the printed patch for excerpts.
 */
export function searchRecord(article: Article) {
  const blocks = searchableBlocks(article);
  const patch = printedPatch(blocks, foldChar);
  // where the body starts, in tokens: an excerpt prefers a match in the body to one in the header
  const header = blocks.slice(0, blocks.length - article.paragraphs.length);
  const bodyStart = header.reduce((n, b) => n + searchForm(b).length, 0);
  return {
    url: `/articles/${article.id}/`,
    content: pageTokens(blocks, foldChar),
    language: TOKEN_LANGUAGE,
    meta: {
      title: article.title,
      date: formatDate(article.date),
      place: placeLabel(article),
      source: namedSource(article) ?? '',
      body: String(bodyStart),
      ...(Object.keys(patch).length ? { printed: JSON.stringify(patch) } : {}),
    },
    // No Pagefind `sort`: it puts every page's rank in the metadata each visitor loads first
    // (24 KB on 10,000 pages). Sorting by date walks the year and month filters instead.
    filters: {
      province: [article.province ?? PLACE_UNKNOWN],
      city: [cityOf(article)],
      year: [yearOf(article) === UNKNOWN_SLUG ? DATE_UNKNOWN : yearOf(article)],
      month: [article.date && article.date.length >= 7 ? article.date.slice(0, 7) : DATE_UNKNOWN],
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
