// Related articles for every article at once, from a keyword → articles index: each article
// looks only at the articles sharing one of its keywords, never at all pairs (8,467 articles
// took 27 s all-pairs). Shared keywords are weighted by rarity, so a word every other piece
// uses (发展, 工作) adds little, and a word in a large share of the archive is left out.
import type { ArticleInfo } from './bodies.ts';

/**
 * A keyword in more than this share of the archive says little about a pair (on the seeds,
 * 工作 and 发展 are keywords of about a fifth of the pieces); skipping it also keeps each
 * article's candidate list short on a large archive.
 */
const MAX_KEYWORD_SHARE = 0.05;
/** on a small archive a keyword shared by this many articles still counts */
const MIN_KEYWORD_LIMIT = 10;
/**
 * ...and on a large one a keyword shared by more than this many is a topic of the archive, not
 * a link between two pieces; the cap also keeps the work per article bounded (10,000 articles:
 * about 1 s instead of 4 s with the share alone, on this 2-core machine under load).
 */
const MAX_KEYWORD_POSTINGS = 200;

export function relatedIndex(articles: readonly ArticleInfo[], count = 5): Map<string, ArticleInfo[]> {
  const postings = keywordPostings(articles);
  const limit = Math.max(MIN_KEYWORD_LIMIT, Math.min(articles.length * MAX_KEYWORD_SHARE, MAX_KEYWORD_POSTINGS));
  // one score array reused for every article, and the list of entries it touched
  const score = new Float64Array(articles.length);
  const related = new Map<string, ArticleInfo[]>();
  articles.forEach((a, k) => {
    const touched: number[] = [];
    for (const w of new Set(a.keywords)) {
      const list = postings.get(w)!;
      if (list.length > limit) continue;
      const weight = Math.log(articles.length / list.length) + 1;
      for (const j of list) {
        if (j === k || articles[j]!.sourceFile === a.sourceFile) continue;
        if (score[j] === 0) touched.push(j);
        score[j] = score[j]! + weight;
      }
    }
    related.set(
      a.id,
      best(touched, score, count).map((j) => articles[j]!),
    );
    for (const j of touched) score[j] = 0;
  });
  return related;
}

/** keyword → the indices of the articles that have it */
function keywordPostings(articles: readonly ArticleInfo[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  articles.forEach((a, k) => {
    for (const w of new Set(a.keywords)) {
      const list = postings.get(w);
      if (list) list.push(k);
      else postings.set(w, [k]);
    }
  });
  return postings;
}

/** the `count` highest-scoring candidates, ties to the earlier article, without sorting them all */
function best(candidates: number[], score: Float64Array, count: number): number[] {
  const top: number[] = [];
  const before = (x: number, y: number) => score[x]! > score[y]! || (score[x] === score[y] && x < y);
  for (const j of candidates) {
    if (top.length === count && !before(j, top[count - 1]!)) continue;
    let p = Math.min(top.length, count - 1);
    top[p] = j;
    for (; p > 0 && before(j, top[p - 1]!); p--) {
      top[p] = top[p - 1]!;
      top[p - 1] = j;
    }
  }
  return top;
}
