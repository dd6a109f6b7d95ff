// What the build keeps of one normalised clipping, worked out where it is normalised (a
// worker) and cached with it (cache.ts), so the build's thread never holds an article's body
// (at 10,000 articles it held them all, ~43 KB an article, until the store was written):
// - its result, each article as the content store holds it, its body (paragraphs and
//   corrections, ~97% of the data) written to a file of its own (site/bodies.ts);
// - each article's facts for reprint matching (archive/facts.ts);
// - why an article does not fit contract C1, when one does not (the check needs the body);
// - every character of its paragraphs, once: the bulk of what the search's fold table is
//   made from (content.config.ts), which would otherwise need every body again.
import type { Results } from '../archive/index.ts';
import { articleFacts, type ArticleFacts } from '../archive/facts.ts';
import { articleSchema, type Article, type NormalizeResult } from '../schema.ts';
import { BODY_DIR, storeBody, type StoredArticle } from '../site/bodies.ts';

export interface NormalisedClipping {
  result: Results<StoredArticle>;
  /** its articles' facts, in the same order */
  facts: ArticleFacts[];
  /** one line per article that does not fit the article schema (file, id, the issues) */
  unfit: string[];
  paragraphChars: string;
}

/** why an article does not fit contract C1 (its file, id and the schema's issues), or null */
function unfitness(article: Article): string | null {
  const checked = articleSchema.safeParse(article);
  if (checked.success) return null;
  const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return `${article.sourceFile}: article ${article.id}: ${issues}`;
}

/**
 * Every character of these texts once, in the order first met. A flag per UTF-16 unit rather
 * than a Set of strings: a Set cost ~0.13 CPU-s per 1,000 articles, a fifth of what the
 * worker does besides normalising. A surrogate pair is one character, as the fold reads it.
 */
export function distinctCharacters(texts: readonly string[]): string {
  const seen = new Uint8Array(0x10000);
  const astral = new Set<string>();
  const out: string[] = [];
  for (const text of texts)
    for (let k = 0; k < text.length; k++) {
      if (isSurrogatePairAt(text, k)) {
        const pair = text.slice(k, k + 2);
        k++;
        if (astral.has(pair)) continue;
        astral.add(pair);
        out.push(pair);
      } else if (!seen[text.charCodeAt(k)]) {
        seen[text.charCodeAt(k)] = 1;
        out.push(text[k]!);
      }
    }
  return out.join('');
}

function isSurrogatePairAt(text: string, k: number): boolean {
  const [high, low] = [text.charCodeAt(k), text.charCodeAt(k + 1)];
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** One clipping's result as the build keeps it; its articles' bodies are written to `bodyDir`. */
export function normalisedClipping(result: NormalizeResult, bodyDir = BODY_DIR): NormalisedClipping {
  const { articles, ...rest } = result;
  return {
    result: { ...rest, articles: articles.map((a) => storeBody(a, bodyDir)) },
    facts: articles.map(articleFacts),
    unfit: articles.map(unfitness).filter((u) => u !== null),
    paragraphChars: distinctCharacters(articles.flatMap((a) => a.paragraphs)),
  };
}

/** facts as JSON holds them: the signature's bytes in base64 */
interface JsonFacts {
  signature: string | null;
  textDigest: string;
}

/** the entry as text: what the cache file holds and what a worker sends the build */
export function entryJson(entry: NormalisedClipping): string {
  const facts: JsonFacts[] = entry.facts.map(({ signature, textDigest }) => ({
    signature:
      signature && Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64'),
    textDigest,
  }));
  return JSON.stringify({ ...entry, facts });
}

export function parseEntry(json: string): NormalisedClipping {
  const entry = JSON.parse(json) as Omit<NormalisedClipping, 'facts'> & { facts: JsonFacts[] };
  const facts = entry.facts.map(({ signature, textDigest }) => ({
    signature: signature === null ? null : new Uint32Array(new Uint8Array(Buffer.from(signature, 'base64')).buffer),
    textDigest,
  }));
  return { ...entry, facts };
}
