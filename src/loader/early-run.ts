// A build starts normalising when its config is read (early-start.ts), ~3 s before Astro runs
// content sync, and the content loader takes that run over. The integration runs in Node's own
// loader and the content loader inside Vite's module runner: they share no module instance,
// only the global object, under a registered symbol (as search/handoff.ts does).
import type { FilesRun } from './normalize-archive.ts';

const KEY = Symbol.for('jianbao.early-normalising');

export function offerEarlyRun(run: FilesRun): void {
  (globalThis as Record<symbol, unknown>)[KEY] = run;
}

/**
 * The run started early for exactly these files (once: the caller owns it), or null. A run
 * for other files (a clipping added or removed in the build's first seconds) is abandoned so
 * its workers do not take the cores from the run that replaces it.
 */
export function takeEarlyRun(files: string[]): FilesRun | null {
  const g = globalThis as Record<symbol, unknown>;
  const run = (g[KEY] as FilesRun | undefined) ?? null;
  delete g[KEY];
  const same = run !== null && run.files.length === files.length && run.files.every((f, k) => f === files[k]);
  if (same) return run;
  run?.abandon();
  return null;
}

/** whether a run is waiting to be taken */
export const hasEarlyRun = (): boolean => KEY in globalThis;
