// One build of a generated project (scripts/bench/make.ts), timed as the benchmark times it,
// for iterating on one change:  node scripts/bench/one.ts DIR [--cold] [--bare] [-- NODE_FLAG…]
// --bare: DIR is the bare site (Astro, then the Pagefind CLI), always built cold.
// JIANBAO_BENCH_LOG=FILE appends the build's output as it arrives; JIANBAO_BENCH_TIMELINE=FILE
// appends every memory sample (seconds, MB of all processes, MB of the build's process).
import path from 'node:path';
import { bareBuild, coldStart } from './projects.ts';
import { run, stagesOf } from './run.ts';

const args = process.argv.slice(2);
const dir = path.resolve(args[0]!);
const flags = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
const round = (x: number) => +x.toFixed(1);
let stages;
if (options.includes('--bare')) stages = await bareBuild(dir, flags);
else {
  if (options.includes('--cold')) coldStart(dir);
  const r = await run(process.execPath, [...flags, 'node_modules/astro/bin/astro.mjs', 'build'], dir);
  stages = stagesOf(r, r.seconds);
}
console.log(JSON.stringify(stages, (_, v) => (typeof v === 'number' ? round(v) : v)));
