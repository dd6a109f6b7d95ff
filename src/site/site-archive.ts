// The archive every page renders from, built once per build: Astro calls each route's
// getStaticPaths (and each page) separately, and every one of them asks for the same trees.
// Only this module reads the collection; pages take what they show from its result.
import { getCollection, type CollectionEntry } from 'astro:content';
import { archive, type Archive } from './archive.ts';
import type { StoredArticle } from './bodies.ts';

export interface SiteArchive extends Archive {
  /** as the store holds them: without their bodies (site/bodies.ts withBody reads one) */
  articles: StoredArticle[];
  entries: CollectionEntry<'articles'>[];
}

let cached: SiteArchive | null = null;

/** The archive of the synced collection; recomputed only when the collection changed (dev). */
export async function siteArchive(): Promise<SiteArchive> {
  const entries = await getCollection('articles');
  const same =
    cached !== null &&
    cached.entries.length === entries.length &&
    cached.entries.every((e, k) => e.data === entries[k]!.data);
  if (!same) {
    const articles = entries.map((e) => e.data);
    cached = { ...archive(articles), articles, entries };
  }
  return cached!;
}

/**
 * The archive the last getStaticPaths computed, for a page as it renders: reading the
 * collection again for each of 15,000 pages would copy every entry each time.
 */
export function currentArchive(): SiteArchive {
  if (!cached) throw new Error('the site archive is read before any route listed its pages');
  return cached;
}
