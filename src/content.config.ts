// The articles collection: every clipping under content/clippings/ run through the normaliser.
// If any clipping has an error, the build stops and lists every problem, not only the first.
// In `npm run dev` a changed or new clipping is normalised again and the pages follow.
// Only what changed is redone: a clipping whose bytes (and the normaliser) are unchanged comes
// from the normalised-clipping cache (src/loader/cache.ts), and an article whose data is
// unchanged keeps its store entry (validated once). The store holds each article's data once
// and no rendered HTML (the article page renders the paragraphs it shows): at 10,000 articles
// every copy is ~100 MB of the build's memory and of the cache Astro writes after sync.
import path from 'node:path';
import { defineCollection } from 'astro:content';
import type { LoaderContext } from 'astro/loaders';
import { CLIPPINGS_DIR, listClippingFiles } from './clippings.ts';
import { normalizeArchive } from './loader/normalize-archive.ts';
import { offerSyncedArticles } from './search/handoff.ts';
import { formatProblem } from './problems.ts';
import { articleSchema, type Article } from './schema.ts';

async function sync({ store, logger, parseData, generateDigest }: LoaderContext): Promise<void> {
  const files = listClippingFiles();
  const { articles, problems, normalised, reused } = await normalizeArchive(files);
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
  if (errors.length > 0) {
    throw new Error(`${errors.length} problem(s) in the clippings:\n${errors.map(formatProblem).join('\n')}`);
  }
  logger.info(
    `${files.length} clipping file(s) (${normalised} normalised, ${reused} unchanged) → ${articles.length} article(s)`,
  );
  const entries: Parameters<LoaderContext['store']['set']>[0][] = [];
  let changed = 0;
  for (const article of articles) {
    const digest = generateDigest(article);
    const kept = store.get(article.id);
    if (kept?.digest === digest) {
      entries.push(kept);
      continue;
    }
    changed++;
    const data = await parseData({ id: article.id, data: article });
    entries.push({ id: article.id, data, digest });
  }
  // the search index starts on the store's own objects while pages render (no second copy)
  offerSyncedArticles(entries.map((e) => e.data as Article));
  // entries in the archive's order, as a cold build has them (pages list them in store order)
  const inOrder = store.keys().length === entries.length && store.keys().every((id, k) => id === entries[k]!.id);
  if (changed === 0 && inOrder) return;
  store.clear();
  for (const entry of entries) store.set(entry);
}

const articles = defineCollection({
  loader: {
    name: 'jianbao-clippings',
    load: async (context) => {
      await sync(context);
      const { watcher, logger } = context;
      if (!watcher) return;
      const dir = path.resolve(CLIPPINGS_DIR);
      watcher.add(dir);
      watcher.on('all', (_event, changed) => {
        if (!path.resolve(changed).startsWith(dir)) return;
        // while previewing, a bad clipping is reported and the last good pages stay up
        sync(context).catch((e: Error) => logger.error(e.message));
      });
    },
  },
  schema: articleSchema,
});

export const collections = { articles };
