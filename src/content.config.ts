// The articles collection: every clipping under content/clippings/ run through the normaliser.
// If any clipping has an error, the build stops and lists every problem, not only the first.
import { defineCollection } from 'astro:content';
import { listClippingFiles, loadClippings } from './clippings.ts';
import { formatProblem } from './problems.ts';
import { articleSchema } from './schema.ts';
import { renderParagraphs } from './site/render-body.ts';

const articles = defineCollection({
  loader: {
    name: 'jianbao-clippings',
    load: async ({ store, logger, parseData, generateDigest, watcher }) => {
      const files = listClippingFiles();
      const { articles, problems } = loadClippings(files);
      const errors = problems.filter((p) => p.severity === 'error');
      for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
      if (errors.length > 0) {
        throw new Error(`${errors.length} problem(s) in the clippings:\n${errors.map(formatProblem).join('\n')}`);
      }
      logger.info(`${files.length} clipping file(s) → ${articles.length} article(s)`);
      store.clear();
      for (const article of articles) {
        const data = await parseData({ id: article.id, data: article });
        store.set({ id: article.id, data, digest: generateDigest(data), rendered: { html: renderParagraphs(article.paragraphs) } });
      }
      // `npm run dev`: rebuild when an editor drops in or changes a clipping
      watcher?.add('content/clippings');
    },
  },
  schema: articleSchema,
});

export const collections = { articles };
