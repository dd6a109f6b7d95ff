// A worker thread of the normalising pool: it loads the normaliser (and nodejieba's
// dictionary) once, then normalises the files the main thread sends, one message each.
import { parentPort } from 'node:worker_threads';
import { normalizeFile } from '../clippings.ts';

export interface Job {
  index: number;
  file: string;
  bytes: Uint8Array;
}

parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ index: job.index, result: normalizeFile(job.file, job.bytes) });
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    parentPort!.postMessage({ index: job.index, error });
  }
});
