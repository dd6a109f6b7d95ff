// Duplicate clippings and reprints, across the archive, after every file is normalised.
//
// - A clipping whose articles all match articles of one other clipping (the same file saved
//   twice under another name, or a part of a page saved again) is a duplicate: a warning
//   names both files and its articles are not published a second time.
// - An article that substantially matches an article of another clipping (the same report in
//   two papers, a county report reprinted by the city paper) is kept — both are real
//   printings — and each lists the other under 同文见于 (its `reprints`).
import path from 'node:path';
import type { Problem, Reprint } from '../schema.ts';
import { compact } from '../normalize/chars.ts';
import type { MatchInput } from './facts.ts';
import type { ArticleInfo } from '../site/bodies.ts';
import { candidatePairs, jaccard, shingles } from './similar.ts';

/**
 * Share of shingles two texts have in common (Jaccard) from which they are one article: the
 * same text, after normalising, with at most a changed sentence or two (a copy whose repair
 * went a little differently, a caption kept in one copy only). For a duplicate clipping the
 * two must also have the same headline, paper and date: the same text in another paper is a
 * reprint, and both printings stay.
 */
export const SAME_ARTICLE = 0.8;
/**
 * From which an article is a reprint of another: the same report, edited by a second paper
 * (a headline and lead rewritten, a paragraph cut), still shares half its phrases.
 */
export const REPRINT = 0.5;
export interface Match {
  i: number;
  j: number;
  similarity: number;
}

/**
 * Every pair of articles of different clippings sharing at least REPRINT of their shingles
 * (articles of MIN_CHARS or more), or with the very same text (any length). Shingle sets are
 * made only for the articles of candidate pairs (a few in a hundred), from `textOf`.
 */
export function findMatches<A extends ArticleInfo>(articles: A[], { facts, textOf }: MatchInput<A>): Match[] {
  // facts pair with articles by position: a list out of step would link the wrong reprints
  if (facts.length !== articles.length)
    throw new Error(`reprint matching: ${facts.length} articles' facts for ${articles.length} articles`);
  const files = new Map<string, number>();
  const groups = articles.map((a) => files.get(a.sourceFile) ?? files.set(a.sourceFile, files.size).get(a.sourceFile)!);
  const compared = facts.map((f, i) => (f.signature ? i : -1)).filter((i) => i >= 0);
  const pairs = candidatePairs(
    compared.map((i) => facts[i]!.signature!),
    compared.map((i) => groups[i]!),
  ).map(([a, b]) => [compared[a]!, compared[b]!] as const);
  const sets = new Map<number, Uint32Array>();
  const setOf = (i: number) => sets.get(i) ?? sets.set(i, shingles(textOf(articles[i]!))).get(i)!;
  const matches = new Map<string, Match>();
  for (const [i, j] of pairs) {
    const similarity = jaccard(setOf(i), setOf(j));
    if (similarity >= REPRINT) matches.set(`${i} ${j}`, { i, j, similarity });
  }
  for (const [i, j] of sameTexts(articles, { facts, textOf }, groups))
    matches.set(`${i} ${j}`, { i, j, similarity: 1 });
  return [...matches.values()].sort((x, y) => x.i - y.i || x.j - y.j);
}

/**
 * Pairs [i, j] (i < j) of different groups with the very same (non-empty) text: the same
 * digest, then the texts themselves compared (a digest is not the text).
 */
function sameTexts<A extends ArticleInfo>(
  articles: A[],
  { facts, textOf }: MatchInput<A>,
  groups: number[],
): Array<[number, number]> {
  const byDigest = new Map<string, number[]>();
  facts.forEach((f, i) => f.textDigest && byDigest.set(f.textDigest, [...(byDigest.get(f.textDigest) ?? []), i]));
  return [...byDigest.values()].flatMap((same) => {
    if (same.length < 2) return [];
    const texts = same.map((i) => textOf(articles[i]!));
    return same.flatMap((i, a) =>
      same
        .slice(a + 1)
        .flatMap((j, b) =>
          groups[i] !== groups[j] && texts[a] === texts[a + 1 + b] ? [[i, j] as [number, number]] : [],
        ),
    );
  });
}

/**
 * The archive without duplicate clippings, with reprints listed, and a warning per duplicate
 * (each article's facts in the articles' order, and its text when a pair must be compared).
 */
export function linkReprints<A extends ArticleInfo>(
  result: { articles: A[]; problems: Problem[] },
  match: MatchInput<A>,
): { articles: A[]; problems: Problem[] } {
  const { articles } = result;
  const matches = findMatches(articles, match);
  const dropped = duplicateClippings(articles, matches);
  const problems: Problem[] = [...dropped].map(([file, of]) => ({
    file,
    line: null,
    severity: 'warning',
    message: `this clipping repeats ${of}: every article in it is also there, so its articles are not published twice (delete one of the two files)`,
  }));
  const reprints = new Map<number, Reprint[]>();
  for (const { i, j } of matches) {
    if (dropped.has(articles[i]!.sourceFile) || dropped.has(articles[j]!.sourceFile)) continue;
    reprints.set(i, [...(reprints.get(i) ?? []), reprintOf(articles[j]!)]);
    reprints.set(j, [...(reprints.get(j) ?? []), reprintOf(articles[i]!)]);
  }
  const kept = articles.flatMap((a, k) => {
    if (dropped.has(a.sourceFile)) return [];
    const list = (reprints.get(k) ?? []).sort(
      (x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id),
    );
    return [{ ...a, reprints: list }];
  });
  return { articles: kept, problems: [...result.problems, ...problems] };
}

function reprintOf(a: ArticleInfo): Reprint {
  return { id: a.id, title: a.title, source: a.source, date: a.date, sourceFile: a.sourceFile };
}

/**
 * Clippings every article of which is the same article as one in a single other clipping →
 * that other clipping. Of two that repeat each other, the one whose name sorts later goes;
 * a clipping that repeats only part of a longer one goes.
 */
function duplicateClippings(articles: ArticleInfo[], matches: Match[]): Map<string, string> {
  const byFile = new Map<string, number[]>();
  articles.forEach((a, k) => byFile.set(a.sourceFile, [...(byFile.get(a.sourceFile) ?? []), k]));
  // for each article, the files holding the same article
  const twins = articles.map(() => new Set<string>());
  for (const { i, j, similarity } of matches) {
    if (!sameArticle(articles[i]!, articles[j]!, similarity)) continue;
    twins[i]!.add(articles[j]!.sourceFile);
    twins[j]!.add(articles[i]!.sourceFile);
  }
  const dropped = new Map<string, string>();
  const files = [...byFile.keys()].sort(byName);
  for (const file of files) {
    const own = byFile.get(file)!;
    const others = [...twins[own[0]!]!].filter((other) => own.every((k) => twins[k]!.has(other)));
    const of = others.filter((other) => !dropped.has(other)).find((other) => repeats(file, other, byFile));
    if (of) dropped.set(file, of);
  }
  return dropped;
}

function sameArticle(a: ArticleInfo, b: ArticleInfo, similarity: number): boolean {
  return (
    similarity >= SAME_ARTICLE && compact(a.title) === compact(b.title) && a.source === b.source && a.date === b.date
  );
}

/** whether `file` (whose articles are all in `other`) is the one to go */
function repeats(file: string, other: string, byFile: Map<string, number[]>): boolean {
  const [mine, theirs] = [byFile.get(file)!.length, byFile.get(other)!.length];
  return mine < theirs || (mine === theirs && byName(file, other) > 0);
}

function byName(a: string, b: string): number {
  return path.basename(a) < path.basename(b) ? -1 : path.basename(a) > path.basename(b) ? 1 : a < b ? -1 : 1;
}
