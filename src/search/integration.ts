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

/** where the index's process writes the JSON export before it is moved into the output */
const EXPORT_DRAFT = path.resolve('node_modules/.cache/jianbao', EXPORT_FILE);
/**
 * where the index's process lays out /pagefind/ while the pages render, moved into the output
 * when they are done (copying ~12,000 files after the pages took seconds of the build's end)
 */
const OUTPUT_DRAFT = path.resolve('node_modules/.cache/jianbao/pagefind-output');

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
        if (synced) indexing = indexInChild(synced, EXPORT_DRAFT, OUTPUT_DRAFT);
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
        moveFile(OUTPUT_DRAFT, output);
        const parts = built.dirs.length;
        const how = `${parts} part(s), ${parts - built.reused} indexed, ${built.reused} reused (no record changed)`;
        logger.info(`pagefind: ${how} in ${built.seconds.toFixed(1)} s → ${output}`);
      },
    },
  };
}

/** a rename, or a copy when the output is on another device (a file or a directory) */
function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch {
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true });
  }
}
