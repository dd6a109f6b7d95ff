// The search index: every article as Pagefind records of folded bigram tokens (tokens.ts),
// indexed in parts of whole months, each part cached by the digest of its pages' fragments and
// each article's fragment by the digest of the article (article-cache.ts). The index
// files are Pagefind 1.6's, written by pagefind-index.ts (Pagefind's own `writeFiles` took
// ~65 s on one thread and 5–6 GB at 10,000 articles); Pagefind itself only supplies its
// runtime, once per version (pagefind-runtime.ts). Runs in a process of its own during a build
// (index-worker.ts): building the records reads every article's body and takes seconds of CPU
// that page rendering needs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../schema.ts';
import type { ArticleInfo } from '../site/bodies.ts';
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
import {
  ARTICLES_FILE,
  articleKey,
  readKnown,
  readWrittenPage,
  recordFormat,
  writeKnown,
  type Known,
} from './article-cache.ts';
import { linkOrCopy, pagePath } from './pagefind-files.ts';
import { PagefindIndexWriter, type WrittenFragment } from './pagefind-index.ts';
import { installedPagefindVersion, pagefindRuntime } from './pagefind-runtime.ts';
import { asideName, removeUnkept } from '../write-aside.ts';
import { CHUNK_STARTS_FILE, pageTokens, PARTS_FILE, printedPatch, searchForm } from './tokens.ts';

/**
 * The Pagefind version whose format the writer reproduces (tests/search-pagefind-files.test.ts
 * compares the two). Another installed version stops the build: its runtime might not read
 * these files, and only that test can tell.
 */
export const WRITER_PAGEFIND_VERSION = '1.6.0';

/**
 * What names an index besides its records: Pagefind's version (the writer's sources and the
 * records' are in recordFormat, followed from this module's imports).
 */
const indexFormat = (() => {
  let format: string | undefined;
  return () => (format ??= `pagefind ${installedPagefindVersion()} ${recordFormat()}`);
})();

function checkPagefindVersion(): void {
  const installed = installedPagefindVersion();
  if (installed !== WRITER_PAGEFIND_VERSION && installed !== 'unknown')
    throw new Error(
      `pagefind ${installed} is installed, but the index writer reproduces ${WRITER_PAGEFIND_VERSION}'s format: ` +
        `install pagefind@${WRITER_PAGEFIND_VERSION}, or update src/search/pagefind-*.ts until ` +
        'tests/search-pagefind-files.test.ts passes with the new version',
    );
}

/**
 * The Pagefind "language" of the token index: a code with no stemmer and no word segmenter on
 * either side, short because it prefixes every page's hash in the metadata each search loads
 * first. Pages in zh-CN fall back to it, the only index there is.
 */
export const TOKEN_LANGUAGE = 'zz';

const articleUrl = (article: ArticleInfo) => `/articles/${article.id}/`;

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
    url: articleUrl(article),
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

/** where built indexes are kept between builds, by the digest of their pages, with each article's page (article-cache.ts) */
const INDEX_CACHE = 'node_modules/.cache/jianbao/pagefind';
/**
 * Pages per part of the index. Pagefind's own writer held a whole index in memory while it
 * wrote it, ~0.6 MB a page (10,000 articles: 6–7 GB), so a larger archive was indexed in parts,
 * and the search page asks every part (engine.ts joinParts). Our writer's process peaks at
 * ~0.07 MB a page (10,164 articles: 0.72 GB), but the parts stay: a part is what a rebuild
 * writes again. Each part costs a search its own runtime (pagefind.js and the WASM, ~70 KB),
 * so a part is large: the 10,000-article benchmark archive stays one index within the 300 KB
 * a query may transfer.
 */
export const PART_PAGES = Number(process.env.JIANBAO_INDEX_PART_PAGES) || 12_000;
/** a part may grow this much past PART_PAGES before the parts are cut again */
const PART_SLACK = 1.25;

export interface BuiltIndex {
  /** one directory per part, each a complete Pagefind index (and its chunk starts), oldest first */
  dirs: string[];
  /** how many parts were reused: no record of theirs changed, so nothing was written */
  reused: number;
  seconds: number;
}

/**
 * The index of these articles, in parts of whole months, oldest first (a new clipping is
 * mostly recent news: it changes the last part). A part's index is cached under the digest of
 * its pages' fragments (and the index format), so a build whose search records did not change
 * writes nothing, and a new clipping re-indexes only the part it falls in. Each article's
 * fragment is cached too (article-cache.ts): re-indexing a part makes the records of its new
 * and changed articles only, and links every other fragment from the part's last index. Parts
 * are indexed one after another, so memory holds one part's postings at a time.
 */
export async function prepareSearchIndex<A extends ArticleInfo>(
  articles: A[],
  whole: (a: A) => Article,
  cacheRoot = INDEX_CACHE,
): Promise<BuiltIndex> {
  const start = performance.now();
  checkPagefindVersion();
  fs.mkdirSync(cacheRoot, { recursive: true });
  // the order of articles.json, so the index does not depend on the order files were read
  const sorted = [...articles].sort(byDateDesc);
  const starts = partStarts(sorted, cacheRoot);
  const format = indexFormat();
  const pages: ArticlePages<A> = { known: readKnown(cacheRoot, format), now: new Map(), whole, cacheRoot };
  const dirs: string[] = [];
  let reused = 0;
  for (const [k, from] of starts.entries()) {
    const to = starts[k + 1];
    const part = sorted.filter((a) => monthOf(a) >= from && (to === undefined || monthOf(a) < to));
    const built = await indexPart(part, pages);
    dirs.push(built.dir);
    if (built.reused) reused++;
  }
  // the parts it names are in place: now the entries of articles no longer in the archive go,
  // and then the parts no longer named
  writeKnown(cacheRoot, format, pages.now);
  const keep = new Set([...dirs.map((d) => path.basename(d)), PARTS_STATE, ARTICLES_FILE]);
  removeUnkept(cacheRoot, (name) => keep.has(name));
  return { dirs, reused, seconds: (performance.now() - start) / 1000 };
}

/** the month a part is cut by ('' for undated pieces: the oldest end) */
const monthOf = (a: ArticleInfo): string => a.date?.slice(0, 7) ?? '';

/** where the cut months of the last build are kept, so parts stay where they were */
const PARTS_STATE = 'parts.json';

/**
 * The first month of each part: the last build's cut when every part still fits (within
 * PART_SLACK), else cut again: whole months, oldest first, a new part when the next month would
 * take the current one past PART_PAGES.
 */
function partStarts(articles: ArticleInfo[], cacheRoot: string): string[] {
  const perMonth = new Map<string, number>();
  for (const a of articles) perMonth.set(monthOf(a), (perMonth.get(monthOf(a)) ?? 0) + 1);
  const months = [...perMonth].sort(([x], [y]) => x.localeCompare(y));
  const sizes = (starts: string[]) =>
    starts.map((from, k) =>
      months
        .filter(([m]) => m >= from && (k + 1 >= starts.length || m < starts[k + 1]!))
        .reduce((n, [, c]) => n + c, 0),
    );
  const stateFile = path.join(cacheRoot, PARTS_STATE);
  const last = fs.existsSync(stateFile) ? (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as State) : null;
  if (last?.pages === PART_PAGES && sizes(last.starts).every((n) => n <= PART_PAGES * PART_SLACK)) return last.starts;
  const starts = [''];
  let size = 0;
  for (const [month, n] of months) {
    if (size > 0 && size + n > PART_PAGES) {
      starts.push(month);
      size = 0;
    }
    size += n;
  }
  fs.writeFileSync(stateFile, JSON.stringify({ pages: PART_PAGES, starts } satisfies State));
  return starts;
}
interface State {
  pages: number;
  starts: string[];
}

/** the articles' fragments: those the last build left, those of this build, how to make a record */
interface ArticlePages<A> {
  known: Map<string, Known>;
  now: Map<string, Known>;
  whole: (a: A) => Article;
  cacheRoot: string;
}

/**
 * One part's index, from the cache when its pages' fragments are unchanged: when every
 * article's fragment is known, their hashes name the part's index without reading anything.
 * Otherwise each page is written as it comes (a known fragment read back and linked, or a new
 * record made), and if the part's digest turns out cached after all, what was written is
 * dropped.
 */
async function indexPart<A extends ArticleInfo>(
  part: A[],
  pages: ArticlePages<A>,
): Promise<{ dir: string; reused: boolean }> {
  const { cacheRoot } = pages;
  const isCached = (digest: string) => fs.existsSync(path.join(cacheRoot, digest, CHUNK_STARTS_FILE));
  const keys = part.map(articleKey);
  const known = keys.map((k) => pages.known.get(k));
  if (known.every((f) => f !== undefined)) {
    const digest = digestOf(known.reduce((h, f) => (f ? h.update(`${f[0]}\0`) : h), digestStart()));
    if (isCached(digest)) {
      keys.forEach((key, k) => pages.now.set(key, known[k]!));
      return { dir: path.join(cacheRoot, digest), reused: true };
    }
  }
  const runtime = await pagefindRuntime(undefined, TOKEN_LANGUAGE);
  const building = asideName(path.join(cacheRoot, 'building'));
  fs.rmSync(building, { recursive: true, force: true });
  const writer = new PagefindIndexWriter(building, TOKEN_LANGUAGE);
  let finished = false;
  try {
    const hash = digestStart();
    const written: Array<WrittenFragment | null> = [];
    for (const [k, article] of part.entries()) {
      const fragment = await addArticle(writer, article, known[k], pages);
      if (fragment) hash.update(`${fragment.hash}\0`);
      written.push(fragment);
    }
    const digest = digestOf(hash);
    const dir = path.join(cacheRoot, digest);
    const fileOf = (f: WrittenFragment) => pagePath(digest, 'fragment', f.name);
    keys.forEach((key, k) => pages.now.set(key, written[k] ? [written[k].hash, fileOf(written[k])] : null));
    if (isCached(digest)) return { dir, reused: true };
    finished = true;
    const chunkStarts = await writer.finish(runtime);
    // the first word of every chunk, for one-character queries (engine.ts)
    fs.writeFileSync(path.join(building, CHUNK_STARTS_FILE), JSON.stringify(chunkStarts));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(building, dir);
    return { dir, reused: false };
  } finally {
    if (!finished) await writer.discard();
    fs.rmSync(building, { recursive: true, force: true });
  }
}

/** an article's page: its known fragment when its file reads back, else a record made now */
async function addArticle<A extends ArticleInfo>(
  writer: PagefindIndexWriter,
  article: A,
  known: Known | undefined,
  pages: ArticlePages<A>,
): Promise<WrittenFragment | null> {
  if (known === null) return null; // a record without words: no page
  if (known) {
    const file = path.join(pages.cacheRoot, known[1]);
    const page = readWrittenPage(file, articleUrl(article));
    if (page) return writer.addWritten(page, known[0], file);
  }
  return writer.add(searchRecord(pages.whole(article)));
}

const digestStart = () => crypto.createHash('sha256').update(`${indexFormat()}\0`);
const digestOf = (hash: crypto.Hash) => hash.digest('hex').slice(0, 32);

/**
 * The parts as the site serves them, in `outputDir`: the first where a one-part index has
 * always been (/pagefind/), the others below it, and the list of their addresses. Files are
 * hard links to the cached index (never changed in place: a part is replaced by a rename).
 */
export function stageOutput(dirs: string[], outputDir: string): void {
  fs.rmSync(outputDir, { recursive: true, force: true });
  const bases = dirs.map((_, k) => (k === 0 ? '' : `p${k}/`));
  dirs.forEach((d, k) => linkTree(d, path.join(outputDir, bases[k]!)));
  fs.writeFileSync(path.join(outputDir, PARTS_FILE), JSON.stringify(bases.map((b) => `/pagefind/${b}`)));
}

function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const [src, dst] = [path.join(from, e.name), path.join(to, e.name)];
    if (e.isDirectory()) linkTree(src, dst);
    else linkOrCopy(src, dst);
  }
}
