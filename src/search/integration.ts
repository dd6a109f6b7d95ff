// Astro integration: index every article with Pagefind as bigram tokens (see tokens.ts). The
// articles come from the content loader as soon as sync has them (handoff.ts), so Pagefind
// indexes while the pages render; failing that, from the site's own JSON export. Either way
// the index and the pages come from the same data and the normaliser runs once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import zlib from 'node:zlib';
import { decode as decodeCbor } from 'cbor-x';
import * as pagefind from 'pagefind';
import { articleSchema, type Article } from '../schema.ts';
import {
  byDateDesc,
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
import { takeSyncedArticles } from './handoff.ts';
import { CHUNK_STARTS_FILE, pageTokens, printedPatch, searchForm } from './tokens.ts';

/** Pagefind's version (an upgrade may write other files from the same records) */
const PAGEFIND_VERSION = (() => {
  try {
    const manifest = path.resolve('node_modules/pagefind/package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown'; // installed elsewhere: the records alone name the index
  }
})();

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

/** where built indexes are kept between builds, by the digest of their records */
const INDEX_CACHE = 'node_modules/.cache/jianbao/pagefind';
/** records sent to Pagefind's service before waiting for its answers */
const IN_FLIGHT = 64;

type SearchRecord = ReturnType<typeof searchRecord>;

export interface BuiltIndex {
  /** a directory holding the complete index (Pagefind's files and the chunk starts) */
  dir: string;
  /** true when no record changed since the index was built, so Pagefind did not run */
  reused: boolean;
  seconds: number;
}

/**
 * The index of these articles, built once per distinct set of records: the digest of every
 * record (and Pagefind's version) names a cached index, so a build whose search records did not
 * change (a typo fixed in front matter that no record holds, a page layout change) skips Pagefind.
 */
export async function prepareSearchIndex(articles: Article[], cacheRoot = INDEX_CACHE): Promise<BuiltIndex> {
  const start = performance.now();
  // the order of articles.json, so the index does not depend on the order files were read
  const records = [...articles].sort(byDateDesc).map(searchRecord);
  const digest = recordsDigest(records);
  const dir = path.join(cacheRoot, digest);
  const reused = fs.existsSync(path.join(dir, CHUNK_STARTS_FILE));
  if (!reused) {
    const building = `${dir}.${process.pid}.tmp`;
    fs.rmSync(building, { recursive: true, force: true });
    await indexRecords(records, building);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(building, dir);
  }
  // only the index of the current archive is worth keeping
  for (const other of fs.readdirSync(cacheRoot)) {
    if (other !== digest && !other.endsWith('.tmp')) fs.rmSync(path.join(cacheRoot, other), { recursive: true });
  }
  return { dir, reused, seconds: (performance.now() - start) / 1000 };
}

function recordsDigest(records: SearchRecord[]): string {
  const hash = crypto.createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\0`);
  for (const r of records) hash.update(JSON.stringify(r)).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** Pagefind's service, fed records IN_FLIGHT at a time, then closed so its memory goes at once. */
async function indexRecords(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (let from = 0; from < records.length; from += IN_FLIGHT) {
      const batch = records.slice(from, from + IN_FLIGHT);
      const added = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
      added.forEach((a, k) => {
        if (a.errors.length) throw new Error(`pagefind: ${batch[k]!.url}: ${a.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
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
  // started as soon as content sync has the articles, so Pagefind (its own process) indexes
  // while Astro renders the pages on the other core
  let indexing: Promise<BuiltIndex> | null = null;
  return {
    name: 'jianbao-search',
    hooks: {
      'astro:build:start': () => {
        const synced = takeSyncedArticles();
        if (synced) indexing = prepareSearchIndex(synced);
        // a failure surfaces when the build awaits it; until then it must not be unhandled
        indexing?.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const output = path.join(dist, 'pagefind');
        const built = await (indexing ?? prepareSearchIndex(exportedArticles(dist)));
        indexing = null;
        fs.rmSync(output, { recursive: true, force: true });
        fs.cpSync(built.dir, output, { recursive: true });
        const how = built.reused ? 'no search record changed, index reused' : 'indexed';
        logger.info(`pagefind: ${how} in ${built.seconds.toFixed(1)} s → ${output}`);
      },
    },
  };
}

/** the articles as the site exports them (when the build did not sync content in this process) */
function exportedArticles(dist: string): Article[] {
  const exported = JSON.parse(fs.readFileSync(path.join(dist, 'articles.json'), 'utf8')) as { articles: unknown[] };
  return exported.articles.map((a) => articleSchema.parse(a));
}
