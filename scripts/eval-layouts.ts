// Lays the development corpus out as clipping files the ways real ones come, runs the real
// normaliser on each and reports per layout how it read them (see README, "Measured on real text").
//   npm run eval:layouts -- [--seed N] [--limit N] [--layout NAME] [--json] [--show-failures N] [--corpus FILE]
import { parseArgs } from 'node:util';
import { corpusReports, DEFAULT_CORPUS } from './layouts/corpus.ts';
import { layOut, LAYOUTS } from './layouts/generate.ts';
import { scoreFile } from './layouts/score.ts';
import { describeFailure, summarise, TABLE_HEAD, tableRow, total } from './layouts/summary.ts';

const { values: opts } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    limit: { type: 'string' },
    layout: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    'show-failures': { type: 'string', default: '0' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  console.log(`npm run eval:layouts -- [options]
  --seed N            lay the corpus out with this random seed (default 1)
  --limit N           only the first N corpus reports
  --layout NAME       only this layout (repeatable): ${LAYOUTS.map((l) => l.name).join(', ')}
  --json              the summary as JSON
  --show-failures N   print the first N failed reports (what was expected, what came out)
  --corpus FILE       the corpus (default ../shared/corpus/news.jsonl)`);
  process.exit(0);
}

const unknown = (opts.layout ?? []).filter((name) => !LAYOUTS.some((l) => l.name === name));
if (unknown.length) {
  console.error(`unknown layout ${unknown.join(', ')}; layouts: ${LAYOUTS.map((l) => l.name).join(', ')}`);
  process.exit(2);
}
const reports = corpusReports(opts.corpus).slice(0, opts.limit ? Number(opts.limit) : undefined);
const chosen = LAYOUTS.filter((l) => !opts.layout || opts.layout.includes(l.name));
const started = performance.now();
const results = chosen.map((layout) => {
  const scored = layOut(layout, reports, Number(opts.seed)).map(scoreFile);
  return { summary: summarise(layout.name, scored), scored };
});
const summaries = results.map((r) => r.summary);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (opts.json) {
  console.log(JSON.stringify({ seed: Number(opts.seed), layouts: summaries, total: total(summaries) }, null, 2));
} else {
  console.log([...TABLE_HEAD, ...summaries.map(tableRow), tableRow(total(summaries))].join('\n'));
  console.log(`\n${reports.length} corpus reports, seed ${opts.seed}, ${seconds} s`);
  const failures = results.flatMap((r) => r.scored.flatMap((f) => f.reports.map(describeFailure)));
  for (const line of failures.filter((f) => f !== null).slice(0, Number(opts['show-failures']))) console.log(line);
}
