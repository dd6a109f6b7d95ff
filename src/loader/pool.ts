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
import type { NormalizeResult } from '../schema.ts';
import type { Job } from './normalize-worker.ts';

/**
 * Below this many files per worker a second worker costs more than it saves: starting one
 * and loading the dictionary takes ~0.5 s, the time to normalise about half a megabyte.
 */
const MIN_FILES_PER_WORKER = 4;

/**
 * V8's compile cache for the workers (Node's NODE_COMPILE_CACHE): without it every worker
 * strips, parses and compiles the normaliser and its libraries anew, ~0.2 of the ~2.5
 * CPU-seconds a worker spends before its first file (docs/performance.md, session 7).
 */
const COMPILE_CACHE_DIR = 'node_modules/.cache/jianbao/compile';

export function workerCount(jobs: number, cores = os.availableParallelism()): number {
  const wanted = Number(process.env.JIANBAO_WORKERS) || cores;
  return Math.max(1, Math.min(wanted, Math.ceil(jobs / MIN_FILES_PER_WORKER)));
}

function workerFile(): string {
  // Vite may load this module from its own path or from a bundled chunk: fall back to the source
  const here = new URL('./normalize-worker.ts', import.meta.url);
  const nextToThis = here.protocol === 'file:' ? fileURLToPath(here) : '';
  return fs.existsSync(nextToThis) ? nextToThis : path.resolve('src/loader/normalize-worker.ts');
}

/** Normalise every job's file in worker processes; results come back in the jobs' order. */
export async function normalizeInWorkers(jobs: Omit<Job, 'index'>[]): Promise<NormalizeResult[]> {
  const results: NormalizeResult[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  const queue = jobs.map((j, index) => ({ ...j, index })).sort((a, b) => b.bytes.length - a.bytes.length);
  const run = (worker: ChildProcess) =>
    new Promise<void>((resolve, reject) => {
      let busy = false;
      const next = () => {
        const job = queue.shift();
        busy = job !== undefined;
        if (job) worker.send(job);
        else resolve();
      };
      worker.on('message', (m: { index: number; result?: NormalizeResult; error?: string }) => {
        if (m.error) return reject(new Error(`normalising ${jobs[m.index]!.file} failed: ${m.error}`));
        results[m.index] = m.result!;
        next();
      });
      worker.on('error', reject);
      worker.on('exit', (code, signal) => {
        if (busy) reject(new Error(`a normalising worker stopped mid-file (${signal ?? code})`));
      });
      next();
    });
  // structured clone over the channel, so the clippings' bytes go as bytes, not JSON
  const workers = Array.from({ length: workerCount(jobs.length) }, () =>
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
  return results;
}
