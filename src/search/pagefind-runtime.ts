// Pagefind's runtime files (pagefind.js, its worker and WASM, its UIs), taken from Pagefind
// itself: once per installed version its service writes a one-record index, and every file of
// it that does not describe the records is kept. pagefind-files.ts writes the rest.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { asideName } from '../write-aside.ts';

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

/** the installed Pagefind's version, from its package */
export function installedPagefindVersion(): string {
  try {
    const manifest = path.resolve('node_modules/pagefind/package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown'; // installed elsewhere: the runtime is made again each build
  }
}

/** the runtime of the installed Pagefind, made by Pagefind's service the first time */
export async function pagefindRuntime(cacheRoot = RUNTIME_CACHE, language = 'zz'): Promise<PagefindRuntime> {
  const version = installedPagefindVersion();
  const dir = path.resolve(cacheRoot, `${version}-${language}`);
  const cached = readRuntime(dir);
  if (cached && version !== 'unknown') return cached;
  const building = asideName(dir);
  fs.rmSync(building, { recursive: true, force: true });
  await writeOneRecordIndex(building, language);
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
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(building, dir);
  return { dir, ...manifest };
}

function readRuntime(dir: string): PagefindRuntime | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Omit<PagefindRuntime, 'dir'>;
    return manifest.files.every((f) => fs.existsSync(path.join(dir, f))) ? { dir, ...manifest } : null;
  } catch {
    return null;
  }
}

async function writeOneRecordIndex(outputPath: string, language: string): Promise<void> {
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
