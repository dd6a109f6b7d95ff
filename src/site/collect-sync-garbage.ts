// The build process's memory peaks in the page stage, but what fills it is the content sync's
// garbage: the sync holds every article with its body (10,000 articles: ~300 MB of heap in
// use when it ends, against ~180 MB live once the pages render), and V8 sets the point of its
// next full collection from the live size at its last one, taken while the sync held all
// that. So nothing is collected until the bundling, the routes' getStaticPaths and the first
// pages have piled another ~280 MB on top, and the process's resident size then stays where
// that pile took it. One full collection when the sync is done (Astro's `astro:build:start`)
// frees the sync's objects while nothing else is in the way and lets V8 size the page stage's
// heap from what is live then. `gc` is not exposed without a Node flag the bench and `astro
// build` do not pass; the flag is set at run time and the function read from a fresh context,
// as Jest does for --logHeapUsage.
import v8 from 'node:v8';
import vm from 'node:vm';
import type { AstroIntegration } from 'astro';

function fullCollection(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

export default function collectSyncGarbage(): AstroIntegration {
  return {
    name: 'jianbao-collect-sync-garbage',
    hooks: { 'astro:build:start': fullCollection },
  };
}
