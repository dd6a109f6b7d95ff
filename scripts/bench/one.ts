// One jianbao build of a generated project (scripts/bench/make.ts), timed as the benchmark
// times it, for iterating on one change:  node scripts/bench/one.ts DIR [--cold] [-- NODE_FLAG…]
import path from 'node:path';
import { coldStart } from './projects.ts';
import { run, stagesOf } from './run.ts';

const args = process.argv.slice(2);
const dir = path.resolve(args[0]!);
const flags = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
if (args.includes('--cold')) coldStart(dir);
const r = await run(process.execPath, [...flags, 'node_modules/astro/bin/astro.mjs', 'build'], dir);
const round = (x: number) => +x.toFixed(1);
console.log(JSON.stringify(stagesOf(r, r.seconds), (_, v) => (typeof v === 'number' ? round(v) : v)));
