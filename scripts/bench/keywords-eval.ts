// How much do cheaper keywords change the related-articles lists, and how much CPU do they save?
// Normalises the bench inputs (seeds, a generated archive, the eval-layouts corpus files) once,
// then recomputes every article's keywords with each variant and compares with keywordsOf as
// the normaliser calls it (nodejieba.extract over the title twice and the body's first
// KEYWORD_BODY_BUDGET characters): keyword lists identical, related lists (src/site/related.ts)
// identical and agreeing in ≥ 4 of 5, first related article unchanged; the share of the text
// jieba reads (extract's cost is linear in it, measured: 1.0–1.2 µs a character at any length)
// and the CPU-seconds per MB of clipping files each variant takes (median of `--reps`; on a
// loaded machine these vary by ±10%, so a saving under that is read from the text share). Variants:
// - a number: extract over the body's first N characters (cut at a sentence end);
// - `cut`, `cut-nohmm`: nodejieba.cut with or without its HMM for unknown words, then TF-IDF in
//   JavaScript from jieba's own idf table and stop words (what cppjieba's extract does after
//   its cut; ties ordered by the word).
//   node scripts/bench/keywords-eval.ts [--variants 1000,2000,cut,cut-nohmm] [--groups bench,seeds,layouts] [--reps 3]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import nodejieba from 'nodejieba';
import { generatedFiles, layoutFiles, seedFiles, type BenchFile } from './normalize-inputs.ts';
import { normalizeClipping } from '../../src/normalize/index.ts';
import { KEYWORD_BODY_BUDGET, keywordsOf, keywordText, worthKeeping } from '../../src/normalize/describe/keywords.ts';
import { seededRandom } from '../layouts/text.ts';
import { relatedIndex } from '../../src/site/related.ts';
import type { Article } from '../../src/schema.ts';

const { values: opts } = parseArgs({
  options: {
    variants: { type: 'string', default: '1000,1500,2000,2500,cut,cut-nohmm' },
    groups: { type: 'string', default: 'bench,seeds,layouts' },
    reps: { type: 'string', default: '3' },
  },
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 1000) / 1000;
const share = (n: number, of: number) => round(n / of);

type Keywords = (title: string, paragraphs: string[]) => string[];

/** jieba's idf table and stop words, as cppjieba's KeywordExtractor reads them */
function idfTable() {
  const dir = `${import.meta.dirname}/../../node_modules/nodejieba/submodules/cppjieba/dict`;
  const idf = new Map<string, number>();
  let sum = 0;
  let lines = 0;
  for (const line of fs.readFileSync(`${dir}/idf.utf8`, 'utf8').split('\n')) {
    if (line === '') continue;
    lines++;
    const [word, value, ...rest] = line.split(' ');
    if (value === undefined || rest.length > 0) continue;
    idf.set(word!, Number.parseFloat(value));
    sum += Number.parseFloat(value);
  }
  const stop = new Set(fs.readFileSync(`${dir}/stop_words.utf8`, 'utf8').split('\n').filter(Boolean));
  return { idf, average: sum / lines, stop };
}

/** TF-IDF over a cut: cppjieba's extract after its segmentation, in JavaScript */
function viaCut(hmm: boolean): Keywords {
  const { idf, average, stop } = idfTable();
  return (title, paragraphs) => {
    const counts = new Map<string, number>();
    for (const w of nodejieba.cut(keywordText(title, paragraphs), hmm)) {
      if ([...w].length === 1 || stop.has(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return [...counts]
      .map(([w, n]) => [w, n * (idf.get(w) ?? average)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 24)
      .map(([w]) => w)
      .filter(worthKeeping)
      .slice(0, 6);
  };
}

function variant(name: string): Keywords {
  if (name === 'cut' || name === 'cut-nohmm') return viaCut(name === 'cut');
  return (title, paragraphs) => keywordsOf(title, paragraphs, 6, Number(name));
}

// this thread's CPU only: the process's would charge the garbage collector's helper threads,
// still sweeping what the variant before allocated, to the variant after it
const cpuNow = () => {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1e6;
};

/** a fixed-seed generator, so runs are repeatable */
const random = seededRandom(7);

/**
 * 0 … n−1 in a random order: each variant runs after each other one as often, so the garbage
 * one leaves (a cut's thousands of tokens) is collected in every variant's time alike
 */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Every article's keywords by each variant, and the CPU-seconds each took (median of `reps`).
 * The variants take turns article by article, in a new order each time, so a busy minute on
 * this shared machine falls on all of them alike.
 */
function timed(articles: Article[], variants: Keywords[], reps: number): { lists: string[][][]; cpu: number[] } {
  const cpu = variants.map(() => [] as number[]);
  const lists = variants.map(() => [] as string[][]);
  for (let r = 0; r < reps; r++) {
    const spent = variants.map(() => 0);
    articles.forEach((a, k) => {
      for (const v of shuffled(variants.length)) {
        const start = cpuNow();
        lists[v]![k] = variants[v]!(a.title, a.paragraphs);
        spent[v]! += cpuNow() - start;
      }
    });
    spent.forEach((s, v) => cpu[v]!.push(s));
  }
  return { lists, cpu: cpu.map(median) };
}

function compare(articles: Article[], lists: string[][]) {
  const before = relatedIndex(articles);
  const after = relatedIndex(articles.map((a, k) => ({ ...a, keywords: lists[k]! })));
  let same = 0;
  let agreeing = 0;
  let firstSame = 0;
  for (const a of articles) {
    const x = before.get(a.id)!.map((r) => r.id);
    const y = after.get(a.id)!.map((r) => r.id);
    const o =
      x.length === 0 && y.length === 0 ? 1 : y.filter((id) => x.includes(id)).length / Math.max(x.length, y.length);
    if (x.join() === y.join()) same++;
    if (o >= 0.8) agreeing++;
    if (x[0] === y[0]) firstSame++;
  }
  const n = articles.length;
  const keywordsSame = articles.filter((a, k) => a.keywords.join() === lists[k]!.join()).length;
  return {
    keywordsSame: share(keywordsSame, n),
    listsSame: share(same, n),
    listsAgreeing: share(agreeing, n),
    firstSame: share(firstSame, n),
  };
}

const inputs: Record<string, () => BenchFile[]> = {
  bench: () => [...generatedFiles(1000, 7), ...seedFiles()],
  seeds: seedFiles,
  layouts: () => layoutFiles(),
};
const reps = Number(opts.reps);
for (const group of opts.groups.split(',')) {
  const files = inputs[group]!();
  const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  const articles = files.flatMap((f) => normalizeClipping({ path: f.path, bytes: f.bytes, keep: f.keep }).articles);
  const names = opts.variants.split(',');
  const { lists, cpu } = timed(articles, [(t, p) => keywordsOf(t, p), ...names.map(variant)], reps);
  const rows: Record<string, unknown>[] = [
    { variant: `extract ${KEYWORD_BODY_BUDGET}`, cpuSPerMB: round(cpu[0]! / mb) },
  ];
  // the text jieba reads: extract's cost is linear in it, where CPU times on a loaded machine are not steady
  const read = (budget: number) => articles.reduce((n, a) => n + keywordText(a.title, a.paragraphs, budget).length, 0);
  const whole = read(KEYWORD_BODY_BUDGET);
  names.forEach((name, v) => {
    const saved = round((cpu[0]! - cpu[v + 1]!) / mb);
    rows.push({
      variant: name,
      text: round(/^\d+$/u.test(name) ? read(Number(name)) / whole : 1),
      cpuSPerMB: round(cpu[v + 1]! / mb),
      savedPerMB: saved,
      ...compare(articles, lists[v + 1]!),
    });
  });
  console.log(`${group}: ${files.length} files, ${round(mb)} MB, ${articles.length} articles`);
  console.table(rows);
}
