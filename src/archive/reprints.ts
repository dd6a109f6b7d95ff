// Duplicate clippings and reprints, across the archive, after every file is normalised.
//
// - A clipping whose articles all match articles of one other clipping (the same file saved
//   twice under another name, or a part of a page saved again) is a duplicate: a warning
//   names both files and its articles are not published a second time.
// - An article that substantially matches an article of another clipping (the same report in
//   two papers, a county report reprinted by the city paper) is kept — both are real
//   printings — and each lists the other under 同文见于 (its `reprints`).
import path from 'node:path';
import type { Article, NormalizeResult, Problem, Reprint } from '../schema.ts';
import { candidatePairs, jaccard, shingles, signature } from './similar.ts';

/**
 * Share of shingles two texts have in common (Jaccard) from which they are one article: the
 * same text, after normalising, with at most a changed sentence or two (a copy whose repair
 * went a little differently, a caption kept in one copy only).
 */
export const SAME_ARTICLE = 0.8;
/**
 * From which an article is a reprint of another: the same report, edited by a second paper
 * (a headline and lead rewritten, a paragraph cut), still shares half its phrases.
 */
export const REPRINT = 0.5;
/** articles shorter than this (letters and digits) are not compared: a two-line notice is a formula */
export const MIN_CHARS = 80;

export interface Match {
  i: number;
  j: number;
  similarity: number;
}

/** Every pair of articles of different clippings sharing at least REPRINT of their shingles. */
export function findMatches(articles: Article[]): Match[] {
  const sets = articles.map((a) => {
    const text = a.paragraphs.join('');
    return text.replace(/[^\p{L}\p{N}]+/gu, '').length >= MIN_CHARS ? shingles(text) : new Uint32Array();
  });
  const files = new Map<string, number>();
  const groups = articles.map((a) => files.get(a.sourceFile) ?? files.set(a.sourceFile, files.size).get(a.sourceFile)!);
  const compared = sets.map((s, i) => (s.length > 0 ? i : -1)).filter((i) => i >= 0);
  const pairs = candidatePairs(
    compared.map((i) => signature(sets[i]!)),
    compared.map((i) => groups[i]!),
  );
  return pairs
    .map(([a, b]) => ({
      i: compared[a]!,
      j: compared[b]!,
      similarity: jaccard(sets[compared[a]!]!, sets[compared[b]!]!),
    }))
    .filter((m) => m.similarity >= REPRINT);
}

/** The archive without duplicate clippings, with reprints listed, and a warning per duplicate. */
export function linkReprints(result: NormalizeResult): NormalizeResult {
  const { articles } = result;
  const matches = findMatches(articles);
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

function reprintOf(a: Article): Reprint {
  return { id: a.id, title: a.title, source: a.source, date: a.date, sourceFile: a.sourceFile };
}

/**
 * Clippings every article of which is the same article as one in a single other clipping →
 * that other clipping. Of two that repeat each other, the one whose name sorts later goes;
 * a clipping that repeats only part of a longer one goes.
 */
function duplicateClippings(articles: Article[], matches: Match[]): Map<string, string> {
  const byFile = new Map<string, number[]>();
  articles.forEach((a, k) => byFile.set(a.sourceFile, [...(byFile.get(a.sourceFile) ?? []), k]));
  // for each article, the files holding the same article
  const twins = articles.map(() => new Set<string>());
  for (const { i, j, similarity } of matches) {
    if (similarity < SAME_ARTICLE) continue;
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

/** whether `file` (whose articles are all in `other`) is the one to go */
function repeats(file: string, other: string, byFile: Map<string, number[]>): boolean {
  const [mine, theirs] = [byFile.get(file)!.length, byFile.get(other)!.length];
  return mine < theirs || (mine === theirs && byName(file, other) > 0);
}

function byName(a: string, b: string): number {
  return path.basename(a) < path.basename(b) ? -1 : path.basename(a) > path.basename(b) ? 1 : a < b ? -1 : 1;
}
