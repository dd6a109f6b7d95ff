// Related articles for every article at once, from a keyword → articles index: each article
// looks only at the articles sharing one of its keywords, never at all pairs (8,467 articles
// took 27 s all-pairs). Shared keywords are weighted by rarity, so a word every other piece
// uses (发展, 工作) adds little, and a word in a large share of the archive is left out.
import type { Article } from '../schema.ts';

/**
 * A keyword in more than this share of the archive says little about a pair (on the seeds,
 * 工作 and 发展 are keywords of about a fifth of the pieces); skipping it also keeps each
 * article's candidate list short on a large archive.
 */
const MAX_KEYWORD_SHARE = 0.05;
/** on a small archive a keyword shared by this many articles still counts */
const MIN_KEYWORD_LIMIT = 10;

export function relatedIndex(articles: readonly Article[], count = 5): Map<string, Article[]> {
  const postings = new Map<string, number[]>();
  articles.forEach((a, k) => {
    for (const w of new Set(a.keywords)) {
      const list = postings.get(w);
      if (list) list.push(k);
      else postings.set(w, [k]);
    }
  });
  const limit = Math.max(MIN_KEYWORD_LIMIT, articles.length * MAX_KEYWORD_SHARE);
  const related = new Map<string, Article[]>();
  articles.forEach((a, k) => {
    const score = new Map<number, number>();
    for (const w of new Set(a.keywords)) {
      const list = postings.get(w)!;
      if (list.length > limit) continue;
      const weight = Math.log(articles.length / list.length) + 1;
      for (const j of list)
        if (j !== k && articles[j]!.sourceFile !== a.sourceFile) score.set(j, (score.get(j) ?? 0) + weight);
    }
    const best = [...score].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, count);
    related.set(
      a.id,
      best.map(([j]) => articles[j]!),
    );
  });
  return related;
}
