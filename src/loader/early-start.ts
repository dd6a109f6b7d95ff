// Content sync starts ~3 s into `astro build` (1,000 articles: config read at 2.3 s, sync at
// 5.4 s; between them Astro's routes, Vite's server and the content layer's setup, on the
// build's thread). The normalising pool needs none of that, and its workers take ~2.5 s to
// start (modules, jieba's dictionary): so the build reads the clippings and starts the pool
// when the config is set up, and content sync takes over the run under way (early-run.ts).
import type { AstroIntegration } from 'astro';
import { listClippingFiles } from '../clipping-files.ts';
import { hasEarlyRun, offerEarlyRun } from './early-run.ts';
import { startNormalising } from './normalize-archive.ts';

export default function normaliseEarly(): AstroIntegration {
  return {
    name: 'jianbao-normalise-early',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // the dev server syncs too, but it also watches: its sync starts its own runs
        if ((command === 'build' || command === 'sync') && !hasEarlyRun())
          offerEarlyRun(startNormalising(listClippingFiles()));
      },
    },
  };
}
