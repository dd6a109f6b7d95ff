// The search index of a built project alone, from its dist/articles.json, timed with the
// memory and CPU-seconds of every process (Pagefind's service included), to compare part sizes:
//   node scripts/bench/index-only.ts DIR [PART_PAGES]
// (runs itself again as the child it measures, with JIANBAO_INDEX_PART_PAGES set)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleSchema } from '../../src/schema.ts';
import { run } from './run.ts';

const [dir, partPages = ''] = process.argv.slice(2);
if (!dir) throw new Error('usage: node scripts/bench/index-only.ts DIR [PART_PAGES]');
if (process.env.JIANBAO_INDEX_ONLY_CHILD) {
  const { prepareSearchIndex } = await import('../../src/search/build-index.ts');
  const exported = JSON.parse(fs.readFileSync(path.join(dir, 'dist/articles.json'), 'utf8')) as { articles: unknown[] };
  const articles = exported.articles.map((a) => articleSchema.parse(a));
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-index-'));
  const built = await prepareSearchIndex(articles, (a) => a, cache);
  const kb = built.dirs.map((d) => Math.round(dirBytes(d) / 1024));
  // the cache is removed by the parent, after the measurement: deleting ~12,000 files is no
  // part of indexing (and in /tmp here it cost ~10 CPU-s)
  console.log(JSON.stringify({ parts: built.dirs.length, seconds: +built.seconds.toFixed(1), kb, cache }));
} else {
  const env = { JIANBAO_INDEX_ONLY_CHILD: '1', ...(partPages ? { JIANBAO_INDEX_PART_PAGES: partPages } : {}) };
  const r = await run(process.execPath, [import.meta.filename, dir], process.cwd(), env);
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
