// The build's normalising step: every clipping's own result from the cache when its key (see
// cache.ts) is known, the others normalised in worker processes (which write their cache
// entries); then the archive-wide steps (mergeClippings) over all files' results, which are
// never cached since they depend on every file — only each article's facts for them are.
// The two halves are apart so the first can start before content sync does (early-run.ts).
import fs from 'node:fs';
import { textOf } from '../archive/facts.ts';
import { mergeResults, type Results } from '../archive/index.ts';
import { shownPath, unreadable } from '../clipping-files.ts';
import { pruneBodies, withBody, type StoredArticle } from '../site/bodies.ts';
import { clippingKey, keyContext, pruneCache, readCached } from './cache.ts';
import type { NormalisedClipping } from './clipping-entry.ts';
import { takeEarlyRun } from './early-run.ts';
import { normalizeInWorkers } from './pool.ts';

export interface ArchiveResult extends Results<StoredArticle> {
  /** the articles of the clippings kept that do not fit contract C1, one line each */
  unfit: string[];
  /** every character of the kept clippings' paragraphs (clipping-entry.ts), a string a file */
  paragraphChars: string[];
  /** files normalised in this run (the rest came from the cache) */
  normalised: number;
  reused: number;
}

/** every file's own result, under way: from the cache, or from the pool when it is done */
export interface FilesRun {
  files: string[];
  /** the cache keys of the files read (an entry under no other key is pruned) */
  keys: Set<string>;
  normalised: number;
  perFile: Promise<NormalisedClipping[]>;
  /** stops sending files to the workers (a run nobody will take: its files changed) */
  abandon: () => void;
}

/** Reads and keys every file now and sends the ones not in the cache to the pool. */
export function startNormalising(files: string[]): FilesRun {
  const context = keyContext();
  const perFile: NormalisedClipping[] = new Array(files.length);
  const keys = new Set<string>();
  const todo: Array<{ at: number; key: string; file: string; bytes: Uint8Array }> = [];
  files.forEach((file, at) => {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      const result = { articles: [], problems: [unreadable(file, e)] };
      perFile[at] = { result, facts: [], unfit: [], paragraphChars: '' };
      return;
    }
    const key = clippingKey(context, shownPath(file), bytes);
    keys.add(key);
    const cached = readCached(key);
    if (cached) perFile[at] = cached;
    else todo.push({ at, key, file, bytes });
  });
  const abandoned = new AbortController();
  const fresh = normalizeInWorkers(
    todo.map(({ file, bytes, key }) => ({ file, bytes, key })),
    abandoned.signal,
  );
  const all = fresh.then((results) => {
    todo.forEach(({ at }, k) => (perFile[at] = results[k]!));
    return perFile;
  });
  // a failure surfaces where the run is awaited; until then it must not be unhandled
  all.catch(() => {});
  return { files, keys, normalised: todo.length, perFile: all, abandon: () => abandoned.abort() };
}

/**
 * The archive: the run the build started early when it is for these files, else a new one.
 * Its articles come without their bodies, which are in their files (site/bodies.ts).
 */
export async function normalizeArchive(files: string[]): Promise<ArchiveResult> {
  const run = takeEarlyRun(files) ?? startNormalising(files);
  const perFile = await run.perFile;
  pruneCache(run.keys);
  pruneBodies(new Set(perFile.flatMap((p) => p.result.articles.map((a) => a.body))));
  const facts = perFile.flatMap((p) => p.facts);
  const merged = mergeResults(
    perFile.map((p) => p.result),
    { facts, textOf: (a) => textOf(withBody(a)) },
    true,
  );
  // a duplicate clipping's articles are all dropped (archive/reprints.ts): its own lines go too
  const kept = new Set(merged.articles.map((a) => a.sourceFile));
  const keptFiles = perFile.filter((p) => kept.has(p.result.articles[0]?.sourceFile ?? ''));
  return {
    ...merged,
    unfit: keptFiles.flatMap((p) => p.unfit),
    paragraphChars: keptFiles.map((p) => p.paragraphChars),
    normalised: run.normalised,
    reused: files.length - run.normalised,
  };
}
