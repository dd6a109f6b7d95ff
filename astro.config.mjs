// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import jianbaoSearch from './src/search/integration.ts';
import { articleRedirects } from './src/archive/addresses.ts';
import editorsReview from './src/review/integration.ts';

export default defineConfig({
  // the published address; feeds and the sitemap need absolute URLs
  site: process.env.SITE_URL ?? 'https://jianbao.example.org',
  trailingSlash: 'always',
  // old article addresses (content/redirects.json, kept by `npx jianbao addresses`)
  redirects: articleRedirects(),
  integrations: [sitemap(), jianbaoSearch(), editorsReview()],
  vite: {
    // nodejieba is a native addon: load it with Node's require, never bundle it
    ssr: { external: ['nodejieba'] },
  },
});
