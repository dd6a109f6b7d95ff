// How much do cheaper keywords change the related-articles lists? Normalises the bench inputs
// (seeds, a generated archive, the eval-layouts corpus files) once, then for each body budget
// recomputes every article's keywords from its title and the body's opening and compares with
// the whole-body keywords: keyword Jaccard (median), the related lists (src/site/related.ts)
// overlap (median), the share of articles whose first related article is unchanged, and the
// share of lists agreeing in at least 0.8 of their entries. Also times keywordsOf per budget.
//   node scripts/bench/keywords-eval.ts [--budgets 250,600,1000] [--groups seeds,layouts]
import { parseArgs } from 'node:util';
import { benchInputs } from './normalize-inputs.ts';
import { normalizeClipping } from '../../src/normalize/index.ts';
import { keywordsOf } from '../../src/normalize/describe/keywords.ts';
import { relatedIndex } from '../../src/site/related.ts';
import type { Article } from '../../src/schema.ts';

const { values: opts } = parseArgs({
  options: { budgets: { type: 'string', default: '250,600,1000,1500,2500' }, groups: { type: 'string' } },
});
const budgets = opts.budgets.split(',').map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 1000) / 1000;
const jaccard = (a: readonly string[], b: readonly string[]) => {
  const sa = new Set(a);
  const both = b.filter((x) => sa.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 1 : both / union;
};

function withKeywords(articles: Article[], budget: number): { articles: Article[]; seconds: number } {
  const t = performance.now();
  const out = articles.map((a) => ({ ...a, keywords: keywordsOf(a.title, a.paragraphs, 6, budget) }));
  return { articles: out, seconds: (performance.now() - t) / 1000 };
}

function compare(old: Article[], now: Article[]) {
  const before = relatedIndex(old);
  const after = relatedIndex(now);
  const overlap: number[] = [];
  let firstSame = 0;
  let agreeing = 0;
  for (const a of old) {
    const x = before.get(a.id)!.map((r) => r.id);
    const y = after.get(a.id)!.map((r) => r.id);
    const o =
      x.length === 0 && y.length === 0 ? 1 : y.filter((id) => x.includes(id)).length / Math.max(x.length, y.length);
    overlap.push(o);
    if (x[0] === y[0]) firstSame++;
    if (o >= 0.8) agreeing++;
  }
  return {
    keywordJaccard: round(median(old.map((a, k) => jaccard(a.keywords, now[k]!.keywords)))),
    relatedOverlap: round(median(overlap)),
    firstSame: round(firstSame / old.length),
    listsAgreeing: round(agreeing / old.length),
  };
}

const only = opts.groups?.split(',');
const groups = Object.entries(benchInputs())
  .filter(([group]) => !only || only.includes(group))
  .map(([group, files]) => {
    const articles = files.flatMap((f) => normalizeClipping({ path: f.path, bytes: f.bytes, keep: f.keep }).articles);
    return { group, articles };
  });
for (const { group, articles } of groups) {
  const chars = articles.reduce((n, a) => n + a.paragraphs.join('\n').length, 0);
  const full = withKeywords(articles, Infinity);
  const rows: Record<string, unknown>[] = [{ budget: 'all', seconds: round(full.seconds) }];
  for (const budget of budgets) {
    const b = withKeywords(articles, budget);
    rows.push({ budget, seconds: round(b.seconds), ...compare(full.articles, b.articles) });
  }
  console.log(
    `${group}: ${articles.length} articles, median body ${median(articles.map((a) => a.paragraphs.join('\n').length))} chars, ${chars} chars`,
  );
  console.table(rows);
}
