// A process of the normalising pool: it loads the normaliser (and nodejieba's dictionary)
// once, then normalises the files the build sends, one message each, until disconnected.
// It keeps the build's thread out of every per-file step (clipping-entry.ts): it writes the
// articles' bodies and the cache entry, and sends the entry as the text it cached, which the
// build reads faster than a structured clone of the same objects.
import { keepListContent } from '../clipping-files.ts';
import { normalizeFile } from '../clippings.ts';
import { parseKeepList } from '../normalize/keep.ts';
import { writeCached } from './cache.ts';
import { entryJson, normalisedClipping } from './clipping-entry.ts';

export interface Job {
  index: number;
  file: string;
  bytes: Uint8Array;
  /** the clipping's cache key (cache.ts): the entry is written under it; no key, no entry */
  key?: string;
  /** where its articles' bodies go, when not the build's BODY_DIR (a test's own directory) */
  bodyDir?: string;
}

/** what a worker sends back for a job: the entry's JSON (clipping-entry.ts), or why it failed */
export interface Done {
  index: number;
  json?: string;
  error?: string;
}

// a pool lives for one build: the keep list is read once, when it starts
const keep = parseKeepList(keepListContent());

function normalised(job: Job): string {
  const json = entryJson(normalisedClipping(normalizeFile(job.file, job.bytes, keep), job.bodyDir));
  if (job.key) writeCached(job.key, json);
  return json;
}

process.on('message', (job: Job) => {
  let done: Done;
  try {
    done = { index: job.index, json: normalised(job) };
  } catch (e) {
    done = { index: job.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  process.send!(done);
});
process.on('disconnect', () => process.exit(0));
