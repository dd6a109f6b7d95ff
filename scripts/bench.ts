// npm run bench: the whole build, against a bare Astro + Pagefind site with the same articles.
// For each size (default 1,000 and 10,000 articles) it generates a deterministic archive of
// clipping files from the seeds' sentences (scripts/bench/archive.ts), then, alternating,
// builds it cold with jianbao (`astro build`, content store and normalised-clipping cache
// cleared) and builds the bare site (Markdown → `astro build` → `pagefind --site dist`),
// sampling the memory of every process each build starts. On the largest size it also times a
// rebuild after one clipping file is added (run the next day: an archive grows by a clipping a
// day), and measures search on the built site in Chromium.
// The last line printed is one JSON object (the numbers the targets are checked on).
// Options: --sizes 1000,10000  --runs N (below 5,000 articles, default 2)  --runs-large N (default 1)
//          --seed N  --queries N  --no-search  --keep
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArchive, Rand, seedMaterial, type Archive } from './bench/archive.ts';
import { bareBuild, bareProject, coldStart, jianbaoProject } from './bench/projects.ts';
import { run, stagesOf, type Stages } from './bench/run.ts';
import { measureSearch } from './bench/search.ts';
import { measureNormalize, type NormalizeThroughput } from './bench/normalize.ts';
import { articleSchema } from '../src/schema.ts';

const option = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const SIZES = option('sizes', '1000,10000').split(',').map(Number);
/** builds per size: repeated on small archives, once on large ones unless asked (15-minute budget) */
const RUNS = Number(option('runs', '2'));
const LARGE = 5000;
const RUNS_LARGE = Number(option('runs-large', '1'));
const runsFor = (size: number) => (size >= LARGE ? RUNS_LARGE : RUNS);
const SEED = Number(option('seed', '7'));
const QUERIES = Number(option('queries', '20'));
const WORK = path.join(os.tmpdir(), 'jianbao-bench');
const NODE = process.execPath;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** one jianbao build (cold: caches cleared); stages read off Astro's log (the index runs after the pages) */
async function jianbaoBuild(dir: string, cold = true, env: NodeJS.ProcessEnv = {}): Promise<Stages> {
  if (cold) coldStart(dir);
  const r = await run(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], dir, env);
  return stagesOf(r, r.seconds);
}

/** a build's environment with its clock a day ahead (bench/next-day.ts) */
const nextDay = (): NodeJS.ProcessEnv => ({
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${fileURLToPath(new URL('./bench/next-day.ts', import.meta.url))}`,
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const medianStages = (xs: Stages[]): Stages =>
  Object.fromEntries(Object.keys(xs[0]!).map((k) => [k, median(xs.map((x) => x[k as keyof Stages]))])) as never;
const round = (x: number, d = 1) => +x.toFixed(d);

async function benchSize(size: number, material: ReturnType<typeof seedMaterial>, last: boolean) {
  const jdir = path.join(WORK, `jianbao-${size}`);
  const bdir = path.join(WORK, `bare-${size}`);
  const archive: Archive = generateArchive(jianbaoProject(jdir), size, SEED, material);
  bareProject(bdir, archive.articles);
  log(`${size} articles: ${archive.files} files, ${(archive.bytes / 2 ** 20).toFixed(1)} MB`);
  const jianbao: Stages[] = [];
  const bare: Stages[] = [];
  for (let i = 0; i < runsFor(size); i++) {
    jianbao.push(await jianbaoBuild(jdir));
    log(`  jianbao run ${i + 1}: ${JSON.stringify(jianbao.at(-1), (_, v) => (typeof v === 'number' ? round(v) : v))}`);
    bare.push(await bareBuild(bdir));
    log(`  bare    run ${i + 1}: ${JSON.stringify(bare.at(-1), (_, v) => (typeof v === 'number' ? round(v) : v))}`);
  }
  const result = { size, archive, jianbao: medianStages(jianbao), bare: medianStages(bare), jdir };
  if (!last) return { ...result, rebuild: null };
  // one clipping file more (a file of another archive), on top of the last build, the next day
  const extra = generateArchive(path.join(WORK, 'extra'), 8, SEED + 1, material);
  fs.cpSync(path.join(WORK, 'extra', 'bench-000000.txt'), path.join(jdir, 'content/clippings/zz-added.txt'));
  const rebuild = await jianbaoBuild(jdir, false, nextDay());
  const stages = JSON.stringify(rebuild, (_, v) => (typeof v === 'number' ? round(v) : v));
  log(`  rebuild after adding one file (${extra.articles.length} articles): ${stages}`);
  return { ...result, rebuild };
}

const material = seedMaterial();
const results: Awaited<ReturnType<typeof benchSize>>[] = [];
// the normaliser's own throughput, as the normaliser's bench measures it (one run: 15-minute budget)
const normalize: NormalizeThroughput = await measureNormalize({ articles: 1000, seed: SEED, runs: 1 });
log(`normalising: ${JSON.stringify(normalize)}`);
for (const [k, size] of SIZES.entries()) results.push(await benchSize(size, material, k === SIZES.length - 1));
const largest = results.at(-1)!;
let search = null;
if (!process.argv.includes('--no-search')) {
  const built = JSON.parse(fs.readFileSync(path.join(largest.jdir, 'dist/articles.json'), 'utf8')) as {
    articles: unknown[];
  };
  search = await measureSearch(
    path.join(largest.jdir, 'dist'),
    built.articles.map((a) => articleSchema.parse(a)),
    QUERIES,
    new Rand(SEED),
  );
}
if (!process.argv.includes('--keep')) fs.rmSync(WORK, { recursive: true, force: true });

const bySize = (n: number) => results.find((r) => r.size === n);
const r1 = bySize(1000) ?? results[0]!;
const r10 = bySize(10000) ?? largest;
console.log('| articles | files | MB | stage | jianbao s | bare s | ratio |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  for (const stage of ['sync', 'pages', 'index', 'total', 'cpu'] as const)
    console.log(
      `| ${r.size} | ${r.archive.files} | ${(r.archive.bytes / 2 ** 20).toFixed(1)} | ${stage} | ${round(r.jianbao[stage])} | ${round(r.bare[stage])} | ${round(r.jianbao[stage] / r.bare[stage], 2)} |`,
    );
  console.log(
    `| ${r.size} | | | peak MB all / node | ${r.jianbao.peakMB} / ${r.jianbao.nodePeakMB} | ${r.bare.peakMB} / ${r.bare.nodePeakMB} | |`,
  );
}
if (search) console.log(JSON.stringify(search));
const summary = {
  runs: SIZES.map(runsFor),
  sizes: SIZES,
  normalizeMBps: round(normalize.allCoresMBps, 2),
  normalizeMBpsPerCore: round(normalize.steadyMBpsPerCore, 2),
  normalizeCpuMBps: round(normalize.steadyCpuMBps, 2),
  build1kSeconds: round(r1.jianbao.total),
  baseline1kSeconds: round(r1.bare.total),
  build10kSeconds: round(r10.jianbao.total),
  baseline10kSeconds: round(r10.bare.total),
  ratio10k: round(r10.jianbao.total / r10.bare.total, 2),
  // CPU-seconds of all processes: on a shared machine steadier than wall time
  cpu10kSeconds: round(r10.jianbao.cpu),
  baselineCpu10kSeconds: round(r10.bare.cpu),
  cpuRatio10k: round(r10.jianbao.cpu / r10.bare.cpu, 2),
  growth1kTo10k: round(
    r10.jianbao.total / r10.archive.articles.length / (r1.jianbao.total / r1.archive.articles.length),
    2,
  ),
  peakRssMB: largest.jianbao.peakMB,
  baselinePeakRssMB: largest.bare.peakMB,
  nodePeakRssMB: largest.jianbao.nodePeakMB,
  rebuildOneSeconds: round(largest.rebuild!.total),
  rebuildRatio: round(largest.rebuild!.total / largest.bare.total, 2),
  searchMedianMs: search?.interactiveMs.median ?? null,
  searchKBPerQuery: search?.coldKB.searchMedian ?? null,
  exactCount: search?.exactCount ?? null,
};
console.log(JSON.stringify(summary));
