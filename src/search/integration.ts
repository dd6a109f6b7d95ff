// Astro integration: index every article as bigram tokens in Pagefind's format (build-index.ts,
// pagefind-index.ts). The articles come from the content loader as soon as sync has them
// (handoff.ts), and a process of their own builds the index and writes the JSON export
// (site/export.ts) while Astro renders the pages; both come from the same data and the
// normaliser runs once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EXPORT_FILE } from '../site/export.ts';
import type { BuiltIndex } from './build-index.ts';
import { takeSyncedArticles } from './handoff.ts';
import { indexInChild } from './index-in-child.ts';
import { PARTS_FILE } from './tokens.ts';

/** where the index's process writes the JSON export before it is moved into the output */
const EXPORT_DRAFT = path.resolve('node_modules/.cache/jianbao', EXPORT_FILE);

export default function jianbaoSearch(): AstroIntegration {
  // started as soon as content sync has the articles, in a process of its own, so the index is
  // built while Astro renders the pages on the other core
  let indexing: Promise<BuiltIndex> | null = null;
  return {
    name: 'jianbao-search',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // a build writes the export from the index's process; the dev server has a route for it
        if (command === 'dev')
          injectRoute({
            pattern: `/${EXPORT_FILE}`,
            entrypoint: fileURLToPath(new URL('../site/export-route.ts', import.meta.url)),
            prerender: false,
          });
      },
      'astro:build:start': () => {
        const synced = takeSyncedArticles();
        fs.mkdirSync(path.dirname(EXPORT_DRAFT), { recursive: true });
        if (synced) indexing = indexInChild(synced, EXPORT_DRAFT);
        // a failure surfaces when the build awaits it; until then it must not be unhandled
        indexing?.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const output = path.join(dist, 'pagefind');
        if (!indexing) throw new Error('search index: the content loader handed no articles to this build process');
        const built = await indexing;
        indexing = null;
        moveFile(EXPORT_DRAFT, path.join(dist, EXPORT_FILE));
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

/** a rename, or a copy when the output is on another device */
function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
    fs.rmSync(from);
  }
}
