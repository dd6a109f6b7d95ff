// Cost of finding reprints and duplicate clippings across a large archive (src/archive/).
// Generates N articles (default 100,000) in N/10 clippings from the sentences of the seed
// clippings, each sentence with a share of its characters replaced so that articles differ
// as real ones do while sharing the genre's phrases; 1% of them are reprinted in another
// clipping (headline and first sentence rewritten, one sentence cut). Measures, over --runs
// runs (median): shingling + signatures + banding + verifying (findMatches), the candidate
// pairs compared, and how many planted reprints were found (recall) against false matches.
// Usage: npm run bench:reprints -- [--articles N] [--runs N] [--seed N]
import { performance } from 'node:perf_hooks';
import { articleFacts, textOf } from '../src/archive/facts.ts';
import { findMatches, REPRINT } from '../src/archive/reprints.ts';
import { candidatePairs, jaccard, shingles, signature, wordText } from '../src/archive/similar.ts';
import { listClippingFiles, loadClippings } from '../src/clippings.ts';
import type { Article } from '../src/schema.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('articles', 100_000);
const RUNS = arg('runs', 3);
let seed = arg('seed', 7) >>> 0 || 1;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** share of a sentence's characters replaced, so no two generated articles are copies */
const MUTATION = 0.15;

const seeds = loadClippings(listClippingFiles()).articles;
const sentences = seeds.flatMap((a) => a.paragraphs.join('').match(/[^。！？]{8,}[。！？]/gu) ?? []);
const chars = [...new Set(sentences.join(''))];
const mutate = (s: string) => [...s].map((c) => (rand() < MUTATION ? pick(chars) : c)).join('');

function generate(): { articles: Article[]; planted: Set<string> } {
  const articles: Article[] = [];
  const planted = new Set<string>();
  for (let k = 0; articles.length < N; k++) {
    const paragraphs = Array.from({ length: 6 + Math.floor(rand() * 14) }, () => mutate(pick(sentences)));
    const file = `content/clippings/f${Math.floor(k / 10)}.txt`;
    articles.push(article(`a${k}`, file, paragraphs));
    if (rand() < 0.01 && articles.length < N) {
      const copy = [mutate(pick(sentences)), ...paragraphs.slice(1, -1)];
      articles.push(article(`r${k}`, `content/clippings/reprints-${k % 97}.txt`, copy));
      planted.add(`a${k} r${k}`);
    }
  }
  return { articles, planted };
}

function article(id: string, sourceFile: string, paragraphs: string[]): Article {
  return {
    ...{ id, title: id, subtitle: null, byline: [], source: null, place: null, city: null, province: null },
    ...{ date: null, keywords: [], paragraphs, sectionHeads: [], sourceFile, corrections: [] },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times: Record<string, number[]> = { shingles: [], signatures: [], banding: [], findMatches: [] };
/** CPU seconds of findMatches: on a shared machine, wall time says more about the neighbours */
const cpu: number[] = [];
let report = '';
for (let run = 0; run < RUNS; run++) {
  const { articles, planted } = generate();
  const texts = articles.map((a) => wordText(a.paragraphs.join('')));
  let t = performance.now();
  const sets = texts.map(shingles);
  times.shingles!.push(performance.now() - t);
  t = performance.now();
  const sigs = sets.map(signature);
  times.signatures!.push(performance.now() - t);
  t = performance.now();
  const pairs = candidatePairs(
    sigs,
    articles.map((a) => Number(/\d+/.exec(a.sourceFile)![0]) * (a.sourceFile.includes('reprints') ? -1 : 1)),
  );
  times.banding!.push(performance.now() - t);
  t = performance.now();
  const before = process.cpuUsage();
  const matches = findMatches(articles, { facts: articles.map(articleFacts), textOf });
  times.findMatches!.push(performance.now() - t);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  const found = new Set(matches.map((m) => `${articles[m.i]!.id} ${articles[m.j]!.id}`));
  const hits = [...planted].filter((p) => found.has(p)).length;
  // of the planted reprints not found, how many are under the threshold (not a banding miss)
  const byId = new Map(articles.map((a, k) => [a.id, k]));
  const under = [...planted]
    .filter((p) => !found.has(p))
    .filter((p) => {
      const [a, b] = p.split(' ').map((id) => sets[byId.get(id)!]!);
      return jaccard(a!, b!) < REPRINT;
    }).length;
  report = `${articles.length} articles, ${planted.size} planted reprints: found ${hits} (recall ${(hits / planted.size).toFixed(3)}; of the ${planted.size - hits} missed, ${under} under Jaccard ${REPRINT}), ${matches.length - hits} other matches; ${pairs.length} candidate pairs (of ${((articles.length * (articles.length - 1)) / 2).toExponential(1)} possible)`;
}
console.log(report);
for (const [name, xs] of Object.entries(times))
  console.log(`${name.padEnd(12)} median ${(median(xs) / 1000).toFixed(2)} s over ${xs.length} run(s)`);
console.log(`findMatches  median ${(median(cpu) / 1000).toFixed(2)} s of CPU`);
console.log('(findMatches = shingles + signatures + banding + verifying the candidates, end to end)');
