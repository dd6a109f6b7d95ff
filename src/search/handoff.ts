// The articles the content loader synced, handed to the search integration in the same
// process so indexing can start while Astro renders the pages. The loader runs inside Vite's
// module runner and the integration in Node's own loader: they share no module instance, only
// the global object, under a registered symbol.
import type { StoredArticle } from '../site/bodies.ts';

const KEY = Symbol.for('jianbao.synced-articles');

export function offerSyncedArticles(articles: StoredArticle[]): void {
  (globalThis as Record<symbol, unknown>)[KEY] = articles;
}

/** the articles of the last sync in this process (once: the caller owns them), or null */
export function takeSyncedArticles(): StoredArticle[] | null {
  const g = globalThis as Record<symbol, unknown>;
  const articles = (g[KEY] as StoredArticle[] | undefined) ?? null;
  delete g[KEY];
  return articles;
}
