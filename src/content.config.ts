// The articles collection: every clipping under content/clippings/ run through the normaliser.
// If any clipping has an error, the build stops and lists every problem, not only the first.
// In `npm run dev` a changed or new clipping is normalised again and the pages follow.
import path from 'node:path';
import { defineCollection } from 'astro:content';
import type { LoaderContext } from 'astro/loaders';
import { CLIPPINGS_DIR, listClippingFiles, loadClippings } from './clippings.ts';
import { formatProblem } from './problems.ts';
import { articleSchema } from './schema.ts';
import { renderParagraphs } from './site/render-body.ts';

async function sync({ store, logger, parseData, generateDigest }: LoaderContext): Promise<void> {
  const files = listClippingFiles();
  const { articles, problems } = loadClippings(files, { wholeArchive: true });
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
  if (errors.length > 0) {
    throw new Error(`${errors.length} problem(s) in the clippings:\n${errors.map(formatProblem).join('\n')}`);
  }
  logger.info(`${files.length} clipping file(s) → ${articles.length} article(s)`);
  store.clear();
  for (const article of articles) {
    const data = await parseData({ id: article.id, data: article });
    store.set({
      id: article.id,
      data,
      digest: generateDigest(data),
      rendered: { html: renderParagraphs(article.paragraphs, article.sectionHeads) },
    });
  }
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
