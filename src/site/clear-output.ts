// Astro empties the output directory at the start of a build with one synchronous call: on a
// 10,000-article site (~25,000 files) that blocked the build for a minute or more before the
// first page was rendered. Instead the old output is renamed aside (one cheap call) and deleted
// in the background while the pages render; the build waits for it only at the end.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** the sibling a previous output is moved to while it is deleted */
const ASIDE = '.old-output-';

export default function clearOutputAside(): AstroIntegration {
  let outDir = '';
  let clearing: Promise<void> | null = null;
  return {
    name: 'jianbao-clear-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (!outDir || !fs.existsSync(outDir)) return;
        const parent = path.dirname(outDir);
        // a build cut short before it could finish deleting leaves its aside directory behind
        const stale = fs.readdirSync(parent).filter((f) => f.startsWith(`${path.basename(outDir)}${ASIDE}`));
        const aside = `${outDir}${ASIDE}${process.pid}`;
        try {
          fs.renameSync(outDir, aside);
        } catch {
          return; // another device or a locked directory: Astro empties it as before
        }
        const gone = [aside, ...stale.map((f) => path.join(parent, f))];
        clearing = Promise.all(gone.map((d) => fs.promises.rm(d, { recursive: true, force: true }))).then(() => {});
      },
      'astro:build:done': async () => {
        await clearing;
        clearing = null;
      },
    },
  };
}
