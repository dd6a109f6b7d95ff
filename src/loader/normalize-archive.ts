// The build's normalising step: every clipping's own result from the cache when its key (see
// cache.ts) is known, the others normalised in worker processes (which write their cache
// entries); then the archive-wide steps (mergeClippings) over all files' results, which are
// never cached since they depend on every file — only each article's facts for them are.
import fs from 'node:fs';
import { mergeClippings, shownPath } from '../clippings.ts';
import type { NormalizeResult } from '../schema.ts';
import { clippingKey, keyContext, pruneCache, readCached, type NormalisedClipping } from './cache.ts';
import { normalizeInWorkers } from './pool.ts';

export interface ArchiveResult extends NormalizeResult {
  /** files normalised in this run (the rest came from the cache) */
  normalised: number;
  reused: number;
}

export async function normalizeArchive(files: string[]): Promise<ArchiveResult> {
  const context = keyContext();
  const perFile: NormalisedClipping[] = new Array(files.length);
  const keys = new Set<string>();
  const todo: Array<{ at: number; key: string; file: string; bytes: Uint8Array }> = [];
  files.forEach((file, at) => {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      const message = `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
      const result = {
        articles: [],
        problems: [{ file: shownPath(file), line: null, severity: 'error' as const, message }],
      };
      perFile[at] = { result, facts: [] };
      return;
    }
    const key = clippingKey(context, shownPath(file), bytes);
    keys.add(key);
    const cached = readCached(key);
    if (cached) perFile[at] = cached;
    else todo.push({ at, key, file, bytes });
  });
  const fresh = await normalizeInWorkers(todo.map(({ file, bytes, key }) => ({ file, bytes, key })));
  todo.forEach(({ at }, k) => (perFile[at] = fresh[k]!));
  pruneCache(keys);
  const facts = perFile.flatMap((p) => p.facts);
  return {
    ...mergeClippings(
      perFile.map((p) => p.result),
      { wholeArchive: true, facts },
    ),
    normalised: todo.length,
    reused: files.length - todo.length,
  };
}
