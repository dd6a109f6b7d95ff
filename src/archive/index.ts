// The archive-wide pass: what only shows across files, computed after every file has been
// normalised on its own (so it works the same when per-file results come from a cache or a
// worker). Callers: loadClippings (CLI), the build's loader (per-file results from its cache or
// its workers).
import { addressProblems, readAddressBook } from './addresses.ts';
import { articleFacts, textOf, type ArticleFacts, type MatchInput } from './facts.ts';
import { linkReprints } from './reprints.ts';
import type { Article, NormalizeResult, Problem } from '../schema.ts';
import type { ArticleInfo } from '../site/bodies.ts';

export interface ArchiveOptions {
  /** the results are the whole archive, not a few files: check the published addresses too */
  wholeArchive?: boolean;
  /** each article's facts for matching (reprints.ts), in the articles' order, when cached */
  facts?: ArticleFacts[];
}

/** per-file results whose articles may be whole or without their bodies (the build's loader) */
export interface Results<A extends ArticleInfo> {
  articles: A[];
  problems: Problem[];
  readings?: NormalizeResult['readings'];
}

/** The archive-wide steps over whole articles' per-file results (the CLI, tests). */
export function mergeClippings(perFile: NormalizeResult[], options: ArchiveOptions = {}): NormalizeResult {
  const articles = perFile.flatMap((r) => r.articles);
  const facts = options.facts ?? articles.map(articleFacts);
  return mergeResults(perFile, { facts, textOf: (a: Article) => textOf(a) }, options.wholeArchive);
}

/**
 * The archive-wide steps over every file's result, in file order: ids must not clash, then
 * duplicate clippings, reprints and published addresses (src/archive/).
 */
export function mergeResults<A extends ArticleInfo>(
  perFile: Results<A>[],
  match: MatchInput<A>,
  wholeArchive = false,
): Results<A> {
  const articles: A[] = [];
  const problems: Problem[] = [];
  const readings: NonNullable<Results<A>['readings']> = [];
  const seenIds = new Map<string, string>();
  for (const one of perFile) {
    for (const a of one.articles) {
      const other = seenIds.get(a.id);
      if (other)
        problems.push({
          file: a.sourceFile,
          line: null,
          severity: 'error',
          message: `article id "${a.id}" is also made by ${other}; rename one of the files`,
        });
      seenIds.set(a.id, a.sourceFile);
    }
    // appended in place: copying the lists for every file made merging quadratic in files
    articles.push(...one.articles);
    problems.push(...one.problems);
    readings.push(...(one.readings ?? []));
  }
  const linked = linkReprints({ articles, problems }, match);
  if (wholeArchive) linked.problems.push(...addressProblems(readAddressBook(), linked.articles));
  // what each file was read as is per file: the archive-wide steps keep it as it is
  return { ...linked, readings };
}
