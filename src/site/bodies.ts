// Article bodies live outside the content store. The paragraphs and the corrections are 97% of
// an article's data (10,000 generated articles: 61 MB of corrections, 36 MB of paragraphs, 3 MB
// of everything else), and Astro serialises the whole store after sync, bundles it into the
// build as one module and parses it back before rendering, holding copies in memory at each
// step. So the store keeps what lists, trees and keys need, with the digest of the body, and
// each body is a file of its own named by that digest: the article page, the JSON export, the
// feed and the search index read the bodies they show, one at a time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleSchema, type Article } from '../schema.ts';
import { removeUnkept, writeFileAside } from '../write-aside.ts';

/** where the bodies of the last sync are (one JSON file per distinct body) */
export const BODY_DIR = 'node_modules/.cache/jianbao/bodies';

export type Body = Pick<Article, 'paragraphs' | 'corrections'>;
/** an article without its body: what lists, trees, pagers and the search's filters read */
export type ArticleInfo = Omit<Article, keyof Body>;
/** what the content store holds of an article: its info and the digest naming its body's file */
export type StoredArticle = ArticleInfo & { body: string };

/** the store's schema: the article's, without the body, plus the body's digest */
export const storedArticleSchema = articleSchema.omit({ paragraphs: true, corrections: true }).extend({
  body: z.string().regex(/^[A-Za-z0-9_-]+$/),
});

/** the field order of contract C1, so an article put back together serialises as before */
const FIELDS = Object.keys(articleSchema.shape) as Array<keyof Article>;

const bodyFile = (digest: string, dir: string) => path.join(dir, `${digest}.json`);

/**
 * Writes one article's body to its file and returns the article as the store holds it. Written
 * aside and renamed into place, every time its clipping is normalised: a body file is shared by
 * every clipping with the same paragraphs, so one cut off mid-write would stand under another
 * clipping's valid cache entry. (The rename costs ~1 CPU-s at 10,000 articles, spread over the
 * workers.)
 */
export function storeBody({ paragraphs, corrections, ...info }: Article, dir = BODY_DIR): StoredArticle {
  const json = JSON.stringify({ paragraphs, corrections } satisfies Body);
  const digest = crypto.createHash('sha256').update(json).digest('base64url').slice(0, 32);
  try {
    writeFileAside(bodyFile(digest, dir), json);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    fs.mkdirSync(dir, { recursive: true });
    writeFileAside(bodyFile(digest, dir), json);
  }
  return { ...info, body: digest };
}

/** whether the body of this digest is in its file */
export const hasBody = (digest: string, dir = BODY_DIR): boolean => fs.existsSync(bodyFile(digest, dir));

/** Removes the body files no article names any more, and what killed writers left half-written. */
export function pruneBodies(names: ReadonlySet<string>, dir = BODY_DIR): void {
  removeUnkept(dir, (f) => f.endsWith('.json') && names.has(f.slice(0, -5)));
}

/**
 * Writes each article's body to its file and returns the articles as the store holds them.
 * Files no article names any more are removed.
 */
export function storeBodies(articles: readonly Article[], dir = BODY_DIR): StoredArticle[] {
  const stored = articles.map((a) => storeBody(a, dir));
  pruneBodies(new Set(stored.map((a) => a.body)), dir);
  return stored;
}

/** The whole article again: its stored info and its body read from the body's file. */
export function withBody(a: StoredArticle, dir = BODY_DIR): Article {
  let body: Body;
  try {
    body = JSON.parse(fs.readFileSync(bodyFile(a.body, dir), 'utf8')) as Body;
  } catch (e) {
    throw new Error(`${a.sourceFile}: the body of article ${a.id} is missing (${String(e)}); build again`, {
      cause: e,
    });
  }
  const merged: Record<string, unknown> = { ...a, ...body };
  const article: Record<string, unknown> = {};
  for (const k of FIELDS) if (merged[k] !== undefined) article[k] = merged[k];
  return article as Article;
}
