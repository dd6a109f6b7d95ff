// The articles collection: every clipping under content/clippings/ run through the normaliser.
// If any clipping has an error, the build stops and lists every problem, not only the first.
// In `npm run dev` a changed or new clipping is normalised again and the pages follow.
// Only what changed is redone: a clipping whose bytes (and the normaliser) are unchanged comes
// from the normalised-clipping cache (src/loader/cache.ts), and an article whose data is
// unchanged keeps its store entry. The store holds each article without its paragraphs and
// corrections (97% of the data; they are files of their own, src/site/bodies.ts) and no rendered
// HTML: Astro serialises the store, bundles it into the build and parses it back, so every
// megabyte in it is paid several times in time and memory.
import crypto from 'node:crypto';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import type { LoaderContext } from 'astro/loaders';
import { CLIPPINGS_DIR, listClippingFiles } from './clipping-files.ts';
import { normalizeArchive } from './loader/normalize-archive.ts';
import { offerSyncedArticles } from './search/handoff.ts';
import { formatProblem } from './problems.ts';
import { storedArticleSchema, type StoredArticle } from './site/bodies.ts';
import { writeFoldTable } from './search/fold-table.ts';

async function sync({ store, logger, parseData, generateDigest }: LoaderContext): Promise<void> {
  const files = listClippingFiles();
  const { articles, problems, unfit, paragraphChars, normalised, reused } = await normalizeArchive(files);
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
  if (errors.length > 0) {
    throw new Error(`${errors.length} problem(s) in the clippings:\n${errors.map(formatProblem).join('\n')}`);
  }
  logger.info(
    `${files.length} clipping file(s) (${normalised} normalised, ${reused} unchanged) → ${articles.length} article(s)`,
  );
  // checked where each body was at hand (loader/clipping-entry.ts), reported here with the rest
  if (unfit.length) throw new Error(`${unfit.length} article(s) do not fit the article schema:\n${unfit.join('\n')}`);
  const { entries, changed } = await storeEntries(articles, { store, parseData, generateDigest });
  // the search page's fold table, from every searchable character (made again only when an article changed)
  writeFoldTable(articles, paragraphChars, digestOfAll(entries.map((e) => String(e.digest))));
  // the search index is built from the store's own objects in a process of its own
  offerSyncedArticles(entries.map((e) => e.data as StoredArticle));
  // entries in the archive's order, as a cold build has them (pages list them in store order)
  const inOrder = store.keys().length === entries.length && store.keys().every((id, k) => id === entries[k]!.id);
  if (changed === 0 && inOrder) return;
  store.clear();
  for (const entry of entries) store.set(entry);
}

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** the store's entry of each article: the one it holds when the article is unchanged */
async function storeEntries(
  articles: StoredArticle[],
  { store, parseData, generateDigest }: Pick<LoaderContext, 'store' | 'parseData' | 'generateDigest'>,
): Promise<{ entries: Entry[]; changed: number }> {
  const entries: Entry[] = [];
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
  return { entries, changed };
}

const digestOfAll = (digests: string[]) => crypto.createHash('sha256').update(digests.join('\n')).digest('hex');

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
  schema: storedArticleSchema,
});

export const collections = { articles };
