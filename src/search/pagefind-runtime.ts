// Pagefind's runtime files (pagefind.js, its worker and WASM, its UIs), taken from Pagefind
// itself: once per installed version its service writes a one-record index, and every file of
// it that does not describe the records is kept. pagefind-files.ts writes the rest.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { asideName, leftByEndedProcess, removeUnkept } from '../write-aside.ts';

const RUNTIME_CACHE = 'node_modules/.cache/jianbao/pagefind-runtime';
const MANIFEST = 'runtime.json';

export interface PagefindRuntime {
  dir: string;
  /** the version Pagefind writes into its metadata and entry */
  version: string;
  /** the entry's `include_characters` */
  includeCharacters: string[];
  files: string[];
}

let installedVersion: string | undefined;

/** the installed Pagefind's version, from its package (read once: a build asks for each part) */
export function installedPagefindVersion(): string {
  return (installedVersion ??= readInstalledVersion());
}

function readInstalledVersion(): string {
  try {
    const manifest = path.resolve('node_modules/pagefind/package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown'; // installed elsewhere: the runtime is made again each build
  }
}

/** the runtimes this process is making, by directory: made once however many ask at once */
const making = new Map<string, Promise<PagefindRuntime>>();

/**
 * The runtime of the installed Pagefind, made by Pagefind's service the first time. Two builds
 * may fill the cache at once (or a test beside a build): each makes its own aside and renames
 * it into place, and a runtime already in place is never replaced, as another build may be
 * copying from it.
 */
export function pagefindRuntime(
  cacheRoot = RUNTIME_CACHE,
  language = 'zz',
  write = writeOneRecordIndex,
): Promise<PagefindRuntime> {
  const version = installedPagefindVersion();
  const dir = path.resolve(cacheRoot, `${version}-${language}`);
  const cached = readRuntime(dir);
  // an unknown version cannot be told from another: made again for each process, not shared
  if (cached && version !== 'unknown') return Promise.resolve(cached);
  let made = making.get(dir);
  if (!made) {
    made = makeRuntime(dir, language, write, version !== 'unknown');
    making.set(dir, made);
    made.then(
      () => making.delete(dir),
      () => making.delete(dir),
    );
  }
  return made;
}

async function makeRuntime(
  dir: string,
  language: string,
  write: typeof writeOneRecordIndex,
  shared: boolean,
): Promise<PagefindRuntime> {
  removeEndedAsides(path.dirname(dir));
  const building = asideName(dir);
  fs.rmSync(building, { recursive: true, force: true });
  await write(building, language);
  const entry = JSON.parse(fs.readFileSync(path.join(building, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    include_characters: string[];
  };
  const files = fs
    .readdirSync(building, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'pagefind-entry.json' && !e.name.endsWith('.pf_meta'))
    .map((e) => e.name);
  for (const d of ['fragment', 'index', 'filter']) fs.rmSync(path.join(building, d), { recursive: true, force: true });
  const manifest = { version: entry.version, includeCharacters: entry.include_characters, files };
  fs.writeFileSync(path.join(building, MANIFEST), JSON.stringify(manifest));
  if (!shared) return { dir: building, ...manifest };
  return publish(building, dir) ?? { dir, ...manifest };
}

/**
 * Our runtime renamed into place, unless another build's is there first: then that one is
 * kept (it is the same version's) and ours removed. null when ours is in place.
 */
function publish(building: string, dir: string): PagefindRuntime | null {
  try {
    fs.renameSync(building, dir);
    return null;
  } catch (e) {
    if (!['ENOTEMPTY', 'EEXIST'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
  }
  const theirs = readRuntime(dir);
  if (theirs) {
    fs.rmSync(building, { recursive: true, force: true });
    return theirs;
  }
  // not a runtime (files lost): set aside, then ours in its place
  const stale = asideName(`${dir}.stale`);
  fs.renameSync(dir, stale);
  fs.renameSync(building, dir);
  fs.rmSync(stale, { recursive: true, force: true });
  return null;
}

/** what builds that have ended left half-made in the cache */
const removeEndedAsides = (cacheRoot: string) => removeUnkept(cacheRoot, (name) => !leftByEndedProcess(name));

function readRuntime(dir: string): PagefindRuntime | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Omit<PagefindRuntime, 'dir'>;
    return manifest.files.every((f) => fs.existsSync(path.join(dir, f))) ? { dir, ...manifest } : null;
  } catch {
    return null;
  }
}

/** Pagefind's own index of one record, written to `outputPath` */
export async function writeOneRecordIndex(outputPath: string, language: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addCustomRecord({ url: '/', content: 'runtime', language });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** the runtime's files copied into an index directory */
export function copyRuntime(runtime: PagefindRuntime, dir: string): void {
  for (const f of runtime.files) fs.copyFileSync(path.join(runtime.dir, f), path.join(dir, f));
}
