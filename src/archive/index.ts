// The archive-wide pass: what only shows across files, computed after every file has been
// normalised on its own (so it works the same when per-file results come from a cache or a
// worker). Callers: loadClippings (CLI), the build's loader (per-file results from its cache or
// its workers).
import { addressProblems, readAddressBook } from './addresses.ts';
import type { ArticleFacts } from './facts.ts';
import { linkReprints } from './reprints.ts';
import type { NormalizeResult } from '../schema.ts';

export interface ArchiveOptions {
  /** the results are the whole archive, not a few files: check the published addresses too */
  wholeArchive?: boolean;
  /** each article's facts for matching (reprints.ts), in the articles' order, when cached */
  facts?: ArticleFacts[];
}

export function finishArchive(result: NormalizeResult, options: ArchiveOptions = {}): NormalizeResult {
  const linked = linkReprints(result, options.facts);
  const problems = [...linked.problems];
  if (options.wholeArchive) problems.push(...addressProblems(readAddressBook(), linked.articles));
  return { articles: linked.articles, problems };
}

/**
 * The archive-wide steps over every file's result, in file order: ids must not clash, then
 * duplicate clippings, reprints and published addresses (src/archive/).
 */
export function mergeClippings(perFile: NormalizeResult[], options: ArchiveOptions = {}): NormalizeResult {
  const result: NormalizeResult = { articles: [], problems: [] };
  const seenIds = new Map<string, string>();
  for (const one of perFile) {
    for (const a of one.articles) {
      const other = seenIds.get(a.id);
      if (other)
        result.problems.push({
          file: a.sourceFile,
          line: null,
          severity: 'error',
          message: `article id "${a.id}" is also made by ${other}; rename one of the files`,
        });
      seenIds.set(a.id, a.sourceFile);
    }
    result.articles.push(...one.articles);
    result.problems.push(...one.problems);
    // appended in place: copying the list for every file made merging quadratic in files
    (result.readings ??= []).push(...(one.readings ?? []));
  }
  // what each file was read as is per file: the archive-wide steps keep it as it is
  return { ...finishArchive(result, options), readings: result.readings ?? [] };
}
