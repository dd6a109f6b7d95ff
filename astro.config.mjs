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
    // is unchanged) is copied, not rendered again (src/site/page-key.ts)
    incrementalBuild: true,
  },
  vite: {
    // nodejieba is a native addon: load it with Node's require, never bundle it
    ssr: { external: ['nodejieba'] },
  },
});
