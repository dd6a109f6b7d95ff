// Normaliser throughput, in MB of clipping text per second:
// - cold: one fresh process normalising the files once, its start, module loads and
//   dictionary loads included (what a one-file `jianbao normalize` or a small rebuild pays);
// - steady: the same process's later passes over the same files, per core;
// - all cores: the build's own worker pool (src/loader/pool.ts) over the files, worker start
//   and dictionary loads included, and that divided by the workers it used.
// Medians of `runs` runs. The files: a generated archive (scripts/bench/archive.ts) plus the seeds.
//   npm run bench:normalize -- [--articles 1000] [--seed 7] [--runs 3] [--profile FILE]
// The last line printed is one JSON object (NormalizeThroughput).
import { fork } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { normalizeInWorkers, workerCount } from '../../src/loader/pool.ts';
import type { ChildJob, ChildResult } from './normalize-child.ts';
import { generatedFiles, seedFiles, type BenchFile } from './normalize-inputs.ts';

export interface NormalizeThroughput {
  files: number;
  megabytes: number;
  /** one process, start-up and dictionary loads included */
  coldMBps: number;
  /** the same per CPU-second */
  coldCpuMBps: number;
  /** one process after warm-up: MB/s on one core */
  steadyMBpsPerCore: number;
  /** the same per CPU-second of that process: what an idle core would give */
  steadyCpuMBps: number;
  /** the worker pool over all cores, start-up included */
  allCoresMBps: number;
  workers: number;
  /** allCoresMBps / workers */
  allCoresMBpsPerCore: number;
}

export interface NormalizeBenchOptions {
  /** the archive's size in articles (137 files, 3.8 MB per 1,000); the seeds come on top (0: the seeds alone) */
  articles?: number;
  seed?: number;
  runs?: number;
  /** write a CPU profile of the steady passes here (.cpuprofile) */
  profile?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Normalise `files` in a fresh process: its cold time and `passes` warm passes. */
function inFreshProcess(files: BenchFile[], passes: number, profile?: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./normalize-child.ts', import.meta.url), { serialization: 'advanced' });
    child.once('message', (m: ChildResult) => resolve(m));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`benchmark process exited with ${code}`)));
    child.send({ files, passes, profile } satisfies ChildJob);
  });
}

/** Measure the normaliser's throughput on a generated archive plus the seeds (see the file's head). */
export async function measureNormalize(options: NormalizeBenchOptions = {}): Promise<NormalizeThroughput> {
  const { articles = 1000, seed = 7, runs = 3, profile } = options;
  const files = [...(articles > 0 ? generatedFiles(articles, seed) : []), ...seedFiles()];
  const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  const cold: number[] = [];
  const coldCpu: number[] = [];
  const steady: number[] = [];
  const steadyCpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const m = await inFreshProcess(files, r === 0 ? runs : 0);
    cold.push(m.coldSeconds);
    coldCpu.push(m.coldCpuSeconds);
    steady.push(...m.passSeconds);
    steadyCpu.push(...m.passCpuSeconds);
  }
  // the profiler slows what it watches: its passes are not timed
  if (profile) await inFreshProcess(files, runs, profile);
  const { seconds: pool, workers } = await timePool(files, runs, mb);
  return {
    files: files.length,
    megabytes: round(mb),
    coldMBps: round(mb / median(cold)),
    coldCpuMBps: round(mb / median(coldCpu)),
    steadyMBpsPerCore: round(mb / median(steady)),
    steadyCpuMBps: round(mb / median(steadyCpu)),
    allCoresMBps: round(mb / median(pool)),
    workers,
    allCoresMBpsPerCore: round(mb / median(pool) / workers),
  };
}

/**
 * The build's pool over the files on every core, as the target asks, though the build gives an
 * archive this small fewer workers (JIANBAO_WORKERS, set for these runs only: the builds a
 * benchmark starts afterwards inherit this process's environment).
 */
async function timePool(files: BenchFile[], runs: number, mb: number) {
  const before = process.env.JIANBAO_WORKERS;
  process.env.JIANBAO_WORKERS = before ?? String(os.availableParallelism());
  const seconds: number[] = [];
  const workers = workerCount(files.length, mb * 1e6);
  try {
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      await normalizeInWorkers(files.map((f) => ({ file: f.path, bytes: f.bytes })));
      seconds.push((performance.now() - t) / 1000);
    }
  } finally {
    if (before === undefined) delete process.env.JIANBAO_WORKERS;
  }
  return { seconds, workers };
}

if (import.meta.main) {
  const { values: opts } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      runs: { type: 'string', default: '3' },
      profile: { type: 'string' },
    },
  });
  const result = await measureNormalize({
    articles: Number(opts.articles),
    seed: Number(opts.seed),
    runs: Number(opts.runs),
    profile: opts.profile,
  });
  console.log(JSON.stringify(result));
}
