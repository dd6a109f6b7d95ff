// A thread that gzips and writes fragments (fragment-writer.ts): fflate is JavaScript, and in
// the index's process, whose heap holds the postings of 10,000 articles, its buffers cost ~1 ms
// of garbage collection a fragment; here the heap is small and the main thread goes on.
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { packedFragment } from './pagefind-files.ts';

export interface FragmentJob {
  id: number;
  file: string;
  json: string;
}

parentPort!.on('message', ({ id, file, json }: FragmentJob) => {
  try {
    // never over an existing file: a fragment linked from an earlier index shares its bytes
    fs.writeFileSync(file, packedFragment(json), { flag: 'wx' });
    parentPort!.postMessage({ id });
  } catch (e) {
    parentPort!.postMessage({ id, error: String((e as Error).stack ?? e) });
  }
});
