// Astro empties the output directory at the start of a build with one synchronous call: on a
// 10,000-article site (~25,000 files) that blocked the build for a minute or more before the
// first page was rendered, and every unchanged page was then copied back from the incremental
// build's cache. Instead, when the previous build finished, the top-level entries holding its
// pages stay in place: Astro's incremental build finds an unchanged page already in `dist/`
// (an existsSync, no copy). Everything else is renamed aside (one cheap call each) and deleted
// in the background while the pages render. At the end, the pages the previous build wrote and
// this one did not are deleted, and this build's list of pages is kept for the next one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** the sibling a previous output is moved to while it is deleted */
const ASIDE = '.old-output-';
/** the pages (paths in the output directory) the last finished build wrote, in Astro's cache dir */
const PAGES_FILE = 'jianbao-output-pages.json';

/** The top-level entries of the output directory that hold those pages: they stay. */
export function keptEntries(pages: readonly string[]): Set<string> {
  return new Set(pages.map((p) => p.split('/')[0]!));
}

/** The pages the previous build wrote that this build did not: left over, to delete. */
export function leftOver(previous: readonly string[], current: readonly string[]): string[] {
  const now = new Set(current);
  return previous.filter((p) => !now.has(p));
}

/** every file a route wrote (or Astro reused) this build, as a path in the output directory */
export function routeOutputs(assets: Map<string, URL[]>, outDir: string): string[] {
  return [...assets.values()].flat().map((u) => path.relative(outDir, fileURLToPath(u)).split(path.sep).join('/'));
}

function readPages(file: string): string[] {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
  } catch {
    return []; // no finished build before this one (or its list unreadable): keep nothing
  }
}

/** Rename every entry of `outDir` but the kept ones into `aside`; false when it cannot. */
function moveAside(outDir: string, keep: Set<string>, aside: string): boolean {
  try {
    const entries = fs.readdirSync(outDir);
    fs.mkdirSync(aside);
    for (const entry of entries) if (!keep.has(entry)) fs.renameSync(path.join(outDir, entry), path.join(aside, entry));
    return true;
  } catch {
    return false; // another device or a locked directory
  }
}

/** Delete the files, then the directories they leave empty (never `outDir` itself). */
function deleteFiles(outDir: string, files: readonly string[]): void {
  for (const f of files) {
    fs.rmSync(path.join(outDir, f), { force: true });
    for (let dir = path.dirname(f); dir !== '.'; dir = path.dirname(dir)) {
      try {
        fs.rmdirSync(path.join(outDir, dir));
      } catch {
        break; // not empty (or gone)
      }
    }
  }
}

export default function clearOutputAside(): AstroIntegration {
  let outDir = '';
  let pagesFile = '';
  let previous: string[] = [];
  let clearing: Promise<void> | null = null;
  return {
    name: 'jianbao-clear-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = path.resolve(fileURLToPath(config.outDir)); // without the URL's trailing slash
        pagesFile = fileURLToPath(new URL(PAGES_FILE, config.cacheDir));
      },
      'astro:build:start': () => {
        // read and forget: a build cut short leaves no list, so the next one keeps nothing
        previous = readPages(pagesFile);
        fs.rmSync(pagesFile, { force: true });
        if (!outDir || !fs.existsSync(outDir)) return;
        const parent = path.dirname(outDir);
        // a build cut short before it could finish deleting leaves its aside directory behind
        const stale = fs.readdirSync(parent).filter((f) => f.startsWith(`${path.basename(outDir)}${ASIDE}`));
        const aside = `${outDir}${ASIDE}${process.pid}`;
        if (!moveAside(outDir, keptEntries(previous), aside)) {
          // Astro no longer empties the output (vite.build.emptyOutDir: false): do it here
          previous = [];
          for (const entry of fs.readdirSync(outDir)) fs.rmSync(path.join(outDir, entry), { recursive: true });
        }
        const gone = [aside, ...stale.map((f) => path.join(parent, f))];
        clearing = Promise.all(gone.map((d) => fs.promises.rm(d, { recursive: true, force: true }))).then(() => {});
      },
      'astro:build:done': async ({ assets }) => {
        const current = routeOutputs(assets, outDir);
        deleteFiles(outDir, leftOver(previous, current));
        fs.mkdirSync(path.dirname(pagesFile), { recursive: true });
        fs.writeFileSync(pagesFile, JSON.stringify(current));
        await clearing;
        clearing = null;
      },
    },
  };
}
