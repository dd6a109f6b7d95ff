// What reprint matching (reprints.ts) needs of one article, which depends on that article
// alone: so it is worked out where the article is normalised (a worker, beside the other files)
// and cached with it (src/loader/cache.ts), and the archive-wide step reads only these —
// 10,000 articles' shingles made again on the build's thread took ~2.5 of its CPU-seconds
// after the workers were done, on every rebuild too.
import crypto from 'node:crypto';
import type { Article } from '../schema.ts';
import type { ArticleInfo } from '../site/bodies.ts';
import { shingles, signature, wordText } from './similar.ts';

/** articles shorter than this (letters and digits) are not compared: a two-line notice is a formula */
export const MIN_CHARS = 80;

export interface ArticleFacts {
  /** MinHash signature of its shingles; null when it is shorter than MIN_CHARS */
  signature: Uint32Array | null;
  /** digest of its letters and digits ('' when it has none): the very same text has the same */
  textDigest: string;
}

/** the letters and digits of an article's body, which matching compares */
export const textOf = (a: Article): string => wordText(a.paragraphs.join(''));

export function articleFacts(a: Article): ArticleFacts {
  const text = textOf(a);
  return {
    signature: text.length >= MIN_CHARS ? signature(shingles(text)) : null,
    textDigest: text && crypto.createHash('sha256').update(text).digest('base64url'),
  };
}

/**
 * What matching reads of the archive: each article's facts, in the articles' order, and the
 * text of an article of a candidate pair (a few in a hundred), which the build's loader reads
 * from the article's body file: it holds the articles without their bodies.
 */
export interface MatchInput<A extends ArticleInfo> {
  facts: ArticleFacts[];
  textOf: (a: A) => string;
}
