// Normalising many clippings over all cores: worker processes, each with its own normaliser
// (nodejieba's dictionary and the word scores take ~600 MB per worker), fed the largest files
// first from one queue so the workers finish together. Processes, not threads: when they exit
// after content sync their memory goes back to the system at once (a thread's heap stayed in
// the build's resident set, 1.4 GB at 1,000 articles, through page generation and indexing),
// and the build's own process never loads the normaliser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import { parseEntry, type NormalisedClipping } from './clipping-entry.ts';
import type { Done, Job } from './normalize-worker.ts';

/**
 * Below this many bytes per worker another worker costs more than it saves: starting one
 * (modules ~1 CPU-s, nodejieba's dictionary ~1.7) takes ~2.5 CPU-s, the time to normalise
 * about 2.5 MB at ~1 MB per CPU-second (1,000 generated articles, 3.8 MB: see
 * docs/performance-history.md, session 8).
 */
const MIN_BYTES_PER_WORKER = 2_500_000;
/**
 * Files sent to a worker ahead of the one it is on, so it never waits for the build's thread
 * (busy, or descheduled on a loaded machine) between two files.
 */
const FILES_AHEAD = 2;

/**
 * V8's compile cache for the workers (Node's NODE_COMPILE_CACHE): without it every worker
 * strips, parses and compiles the normaliser and its libraries anew, ~0.2 of the ~2.5
 * CPU-seconds a worker spends before its first file (docs/performance.md, session 7).
 */
const COMPILE_CACHE_DIR = 'node_modules/.cache/jianbao/compile';

/** workers for this many files of this many bytes in all: every core, each with enough work */
export function workerCount(files: number, bytes: number, cores = os.availableParallelism()): number {
  // JIANBAO_WORKERS, when set, is a choice (a shared machine, a benchmark of every core): kept
  const asked = Number(process.env.JIANBAO_WORKERS);
  if (asked >= 1) return Math.min(Math.floor(asked), Math.max(1, files));
  return Math.max(1, Math.min(cores, files, Math.floor(bytes / MIN_BYTES_PER_WORKER)));
}

function workerFile(): string {
  // Vite may load this module from its own path or from a bundled chunk: fall back to the source
  const here = new URL('./normalize-worker.ts', import.meta.url);
  const nextToThis = here.protocol === 'file:' ? fileURLToPath(here) : '';
  return fs.existsSync(nextToThis) ? nextToThis : path.resolve('src/loader/normalize-worker.ts');
}

/**
 * Normalise every job's file in worker processes (each writes the cache entry of a job with a
 * key); results come back in the jobs' order. Once `abandoned` aborts, no more files are sent:
 * the workers finish the ones they have and exit (the results are then incomplete).
 */
export async function normalizeInWorkers(
  jobs: Omit<Job, 'index'>[],
  abandoned?: AbortSignal,
): Promise<NormalisedClipping[]> {
  const results: NormalisedClipping[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  const queue = jobs.map((j, index) => ({ ...j, index })).sort((a, b) => b.bytes.length - a.bytes.length);
  abandoned?.addEventListener('abort', () => (queue.length = 0));
  const run = (worker: ChildProcess) =>
    new Promise<void>((resolve, reject) => {
      let sent = 0;
      let done = 0;
      const send = () => {
        const job = queue.shift();
        if (job) {
          sent++;
          worker.send(job);
        } else if (done === sent) resolve();
      };
      worker.on('message', (m: Done) => {
        if (m.error !== undefined) return reject(new Error(`normalising ${jobs[m.index]!.file} failed: ${m.error}`));
        results[m.index] = parseEntry(m.json!);
        done++;
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code, signal) => {
        if (done < sent) reject(new Error(`a normalising worker stopped mid-file (${signal ?? code})`));
      });
      for (let k = 0; k < FILES_AHEAD; k++) send();
    });
  const bytes = jobs.reduce((n, j) => n + j.bytes.length, 0);
  // structured clone over the channel, so the clippings' bytes go as bytes, not JSON
  const workers = Array.from({ length: workerCount(jobs.length, bytes) }, () =>
    fork(workerFile(), {
      serialization: 'advanced',
      stdio: 'inherit',
      env: { NODE_COMPILE_CACHE: path.resolve(COMPILE_CACHE_DIR), ...process.env },
    }),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    for (const w of workers) w.disconnect();
  }
  // the channels close on the next tick, and the build's thread then runs the archive-wide
  // steps and the store without yielding: without this turn of the loop the workers (~600 MB
  // each at 10,000 articles) stayed alive, idle, until the end of content sync
  await new Promise((resolve) => setImmediate(resolve));
  return results;
}
