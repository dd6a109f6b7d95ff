// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import jianbaoSearch from './src/search/integration.ts';
import { articleRedirects } from './src/archive/addresses.ts';
import editorsReview from './src/review/integration.ts';
import clearOutputAside from './src/site/clear-output.ts';
import collectSyncGarbage from './src/site/collect-sync-garbage.ts';
import normaliseEarly from './src/loader/early-start.ts';

/**
 * The published address, set here once: RSS, the sitemap, canonical and Open Graph links and
 * the permanent URL in citations all use it. Set SITE_URL when building for another host.
 */
export const SITE = process.env.SITE_URL ?? 'https://jianbao.example.org';

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  build: {
    // pages rendered 4 at a time (JIANBAO_PAGE_CONCURRENCY): writing a page (its directory, file) waits
    // on the disk, and one at a time left the build's thread idle for a third of the page stage
    concurrency: Number(process.env.JIANBAO_PAGE_CONCURRENCY) || 4,
  },
  // old article addresses (content/redirects.json, kept by `npx jianbao addresses`)
  redirects: articleRedirects(),
  // normaliseEarly first: its workers start while the others and Astro set up (loader/early-start.ts)
  integrations: [
    normaliseEarly(),
    clearOutputAside(),
    collectSyncGarbage(),
    sitemap(),
    jianbaoSearch(),
    editorsReview(),
  ],
  experimental: {
    // a page whose getStaticPaths entry returns the same cacheKey as last build (and whose code
    // is unchanged) is not rendered again (src/site/page-key.ts): it is still in dist/
    // (src/site/clear-output.ts), or copied from Astro's cache
    incrementalBuild: true,
  },
  vite: {
    // nodejieba is a native addon: load it with Node's require, never bundle it
    ssr: { external: ['nodejieba'] },
    // the output is cleared by src/site/clear-output.ts, which keeps the pages Astro can reuse
    build: { emptyOutDir: false },
  },
});
