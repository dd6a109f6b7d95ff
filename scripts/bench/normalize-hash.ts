// Is the normaliser's output unchanged? Hashes the JSON of normalising the seed clippings, a
// generated archive (~60 files) and the eval-layouts corpus files, per group and overall. A
// speed change must leave every hash as it was; `--out FILE` writes one hash per file, so two
// runs can be diffed to find the file that changed. `--omit-keywords` hashes the output without
// the articles' keywords: for a change meant to alter only those. `--articles N` sizes the
// generated archive (450 by default, ~60 files; 1000 is the archive bench:normalize times).
//   node scripts/bench/normalize-hash.ts [--out FILE] [--omit-keywords] [--articles N]
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { benchInputs } from './normalize-inputs.ts';
import { normalizeClipping } from '../../src/normalize/index.ts';

const { values: opts } = parseArgs({
  options: {
    out: { type: 'string' },
    'omit-keywords': { type: 'boolean' },
    articles: { type: 'string', default: '450' },
  },
});
const lines: string[] = [];
const summary: Record<string, string> = {};
const all = createHash('sha256');
for (const [group, files] of Object.entries(benchInputs(Number(opts.articles)))) {
  const hash = createHash('sha256');
  for (const f of files) {
    const result = normalizeClipping({ path: f.path, bytes: f.bytes, keep: f.keep });
    if (opts['omit-keywords']) for (const a of result.articles) a.keywords = [];
    const json = JSON.stringify(result);
    const one = createHash('sha256').update(json).digest('hex').slice(0, 16);
    lines.push(`${one} ${group} ${f.path}`);
    hash.update(json);
    all.update(json);
  }
  summary[group] = `${files.length} files ${hash.digest('hex').slice(0, 16)}`;
}
summary.all = all.digest('hex').slice(0, 16);
if (opts.out) fs.writeFileSync(opts.out, `${lines.join('\n')}\n`);
console.log(JSON.stringify(summary));
