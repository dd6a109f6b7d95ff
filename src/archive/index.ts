// The archive-wide pass: what only shows across files, computed after every file has been
// normalised on its own (so it works the same when per-file results come from a cache or a
// worker). Callers: loadClippings (CLI, build) — or any loader holding per-file results.
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
