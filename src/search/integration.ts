// Astro integration: index every article with Pagefind as bigram tokens (build-index.ts). The
// articles come from the content loader as soon as sync has them (handoff.ts), so the index is
// built while the pages render; failing that, from the site's own JSON export. Either way
// the index and the pages come from the same data and the normaliser runs once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleSchema, type Article } from '../schema.ts';
import { prepareSearchIndex, type BuiltIndex } from './build-index.ts';
import { takeSyncedArticles } from './handoff.ts';
import { indexInChild } from './index-in-child.ts';
import { PARTS_FILE } from './tokens.ts';

export default function jianbaoSearch(): AstroIntegration {
  // started as soon as content sync has the articles, in a process of its own (with Pagefind's
  // service below it), so the index is built while Astro renders the pages on the other core
  let indexing: Promise<BuiltIndex> | null = null;
  return {
    name: 'jianbao-search',
    hooks: {
      'astro:build:start': () => {
        const synced = takeSyncedArticles();
        if (synced) indexing = indexInChild(synced);
        // a failure surfaces when the build awaits it; until then it must not be unhandled
        indexing?.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const output = path.join(dist, 'pagefind');
        const built = await (indexing ?? prepareSearchIndex(exportedArticles(dist), (a) => a));
        indexing = null;
        fs.rmSync(output, { recursive: true, force: true });
        // the first part where a one-part index has always been, the others below it
        const bases = built.dirs.map((_, k) => (k === 0 ? '' : `p${k}/`));
        built.dirs.forEach((d, k) => fs.cpSync(d, path.join(output, bases[k]!), { recursive: true }));
        fs.writeFileSync(path.join(output, PARTS_FILE), JSON.stringify(bases.map((b) => `/pagefind/${b}`)));
        const parts = built.dirs.length;
        const how = `${parts} part(s), ${parts - built.reused} indexed, ${built.reused} reused (no record changed)`;
        logger.info(`pagefind: ${how} in ${built.seconds.toFixed(1)} s → ${output}`);
      },
    },
  };
}

/** the articles as the site exports them (when the build did not sync content in this process) */
function exportedArticles(dist: string): Article[] {
  const exported = JSON.parse(fs.readFileSync(path.join(dist, 'articles.json'), 'utf8')) as { articles: unknown[] };
  return exported.articles.map((a) => articleSchema.parse(a));
}
