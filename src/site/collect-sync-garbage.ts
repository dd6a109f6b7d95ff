// The build process's memory peaks in the page stage, but what fills it is the content sync's
// garbage: the sync holds every article with its body (10,000 articles: ~350 MB of heap in
// use when it ends, ~75 MB of it live), and V8 sets the point of its next full collection from
// the live size at its last one, taken while the sync held all that. So nothing was collected
// until the bundling, the routes' getStaticPaths and the first pages had piled more on top
// (585 MB in use), and the process's resident size stayed where that pile took it (1.28 GB).
// One full collection when the sync is done (Astro's `astro:build:start`) frees the sync's
// objects while nothing else is in the way. A plain full collection keeps the freed pages
// committed to the heap (a test: 491 of 555 MB resident stayed); the "last resort" flavour, the
// one V8 runs before giving up on memory, also hands them back to the system (66 MB stayed).
// `gc` is not exposed without a Node flag the bench and `astro build` do not pass; the flag is
// set at run time and the function read from a fresh context, as Jest does for --logHeapUsage.
import v8 from 'node:v8';
import vm from 'node:vm';
import type { AstroIntegration } from 'astro';

/** One full collection that returns freed memory; false where this Node exposes no `gc`. */
export function collectGarbage(): boolean {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('typeof gc === "function" ? gc : null') as ((options: object) => void) | null;
  gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return gc !== null;
}

export default function collectSyncGarbage(): AstroIntegration {
  return {
    name: 'jianbao-collect-sync-garbage',
    hooks: { 'astro:build:start': () => void collectGarbage() },
  };
}
