// A process of the normalising pool: it loads the normaliser (and nodejieba's dictionary)
// once, then normalises the files the build sends, one message each, until disconnected.
// Besides the result it works out each article's facts for the archive-wide matching and
// writes the cache entry itself, so the build's thread has neither to do after the workers.
import { keepListContent, normalizeFile } from '../clippings.ts';
import { parseKeepList } from '../normalize/keep.ts';
import { normalisedClipping, writeCached, type NormalisedClipping } from './cache.ts';

export interface Job {
  index: number;
  file: string;
  bytes: Uint8Array;
  /** the clipping's cache key (cache.ts): the entry is written under it; no key, no entry */
  key?: string;
}

// a pool lives for one build: the keep list is read once, when it starts
const keep = parseKeepList(keepListContent());

function normalised(job: Job): NormalisedClipping {
  const entry = normalisedClipping(normalizeFile(job.file, job.bytes, keep));
  if (job.key) writeCached(job.key, entry);
  return entry;
}

process.on('message', (job: Job) => {
  try {
    process.send!({ index: job.index, entry: normalised(job) });
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.send!({ index: job.index, error });
  }
});
process.on('disconnect', () => process.exit(0));
