// The search index of a built project alone, from its dist/articles.json, timed with the
// memory and CPU-seconds of every process it starts, to compare part sizes:
//   node scripts/bench/index-only.ts DIR [PART_PAGES] [--rebuild FILE]
// (runs itself again as the child it measures, with JIANBAO_INDEX_PART_PAGES set)
// --rebuild FILE: first indexes the articles of every clipping but FILE (not measured), then
// measures indexing them all, as a rebuild after FILE was added does; `rebuildCpu` is the
// CPU-seconds of that second index alone (the child's own, all its threads).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleSchema, type Article } from '../../src/schema.ts';
import { run } from './run.ts';

const args = process.argv.slice(2);
const rebuildAt = args.indexOf('--rebuild');
const added = rebuildAt >= 0 ? args.splice(rebuildAt, 2)[1] : undefined;
const [dir, partPages = ''] = args;
if (!dir) throw new Error('usage: node scripts/bench/index-only.ts DIR [PART_PAGES] [--rebuild FILE]');
if (process.env.JIANBAO_INDEX_ONLY_CHILD) {
  const { prepareSearchIndex, stageOutput } = await import('../../src/search/build-index.ts');
  const exported = JSON.parse(fs.readFileSync(path.join(dir, 'dist/articles.json'), 'utf8')) as { articles: unknown[] };
  const articles = exported.articles.map((a) => articleSchema.parse(a));
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-index-'));
  const output = path.join(cache, 'output');
  const index = async (some: Article[]) => {
    const built = await prepareSearchIndex(some, (a) => a, path.join(cache, 'index'));
    stageOutput(built.dirs, output);
    return built;
  };
  let rebuild = {};
  if (added) {
    const before = articles.filter((a) => path.basename(a.sourceFile) !== added);
    if (before.length === articles.length) throw new Error(`no article comes from ${added}`);
    await index(before);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const built = await index(articles);
    const used = process.cpuUsage(cpu);
    rebuild = {
      added: articles.length - before.length,
      reused: built.reused,
      rebuildSeconds: +((performance.now() - start) / 1000).toFixed(2),
      rebuildCpu: +((used.user + used.system) / 1e6).toFixed(2),
    };
  }
  const built = added ? null : await index(articles);
  const kb = built?.dirs.map((d) => Math.round(dirBytes(d) / 1024));
  // the cache is removed by the parent, after the measurement: deleting ~12,000 files is no
  // part of indexing (and in /tmp here it cost ~10 CPU-s)
  const parts = built ? { parts: built.dirs.length, seconds: +built.seconds.toFixed(1), kb } : {};
  console.log(JSON.stringify({ ...parts, ...rebuild, cache }));
} else {
  const env = { JIANBAO_INDEX_ONLY_CHILD: '1', ...(partPages ? { JIANBAO_INDEX_PART_PAGES: partPages } : {}) };
  const again = added ? ['--rebuild', added] : [];
  const r = await run(process.execPath, [...process.execArgv, import.meta.filename, dir, ...again], process.cwd(), env);
  const last = r.lines.at(-1)?.text ?? '';
  const { cache, ...result } = JSON.parse(last.startsWith('{') ? last : '{}') as { cache?: string };
  if (cache) fs.rmSync(cache, { recursive: true, force: true });
  console.log(
    `${JSON.stringify(result)} wall ${r.seconds.toFixed(1)} s, CPU ${r.cpuSeconds.toFixed(1)} s (all processes), ` +
      `peak all ${r.peakMB} MB, node ${r.rootPeakMB} MB`,
  );
}

function dirBytes(d: string): number {
  return fs.readdirSync(d, { withFileTypes: true }).reduce((n, e) => {
    const p = path.join(d, e.name);
    return n + (e.isDirectory() ? dirBytes(p) : fs.statSync(p).size);
  }, 0);
}
