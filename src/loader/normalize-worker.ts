// A process of the normalising pool: it loads the normaliser (and nodejieba's dictionary)
// once, then normalises the files the build sends, one message each, until disconnected.
import { keepListContent, normalizeFile } from '../clippings.ts';
import { parseKeepList } from '../normalize/keep.ts';

export interface Job {
  index: number;
  file: string;
  bytes: Uint8Array;
}

// a pool lives for one build: the keep list is read once, when it starts
const keep = parseKeepList(keepListContent());

process.on('message', (job: Job) => {
  try {
    process.send!({ index: job.index, result: normalizeFile(job.file, job.bytes, keep) });
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.send!({ index: job.index, error });
  }
});
process.on('disconnect', () => process.exit(0));
