// The clipping files the normaliser benchmarks read: the seeds in content/clippings/, a
// generated archive (scripts/bench/archive.ts, deterministic for a seed) and the eval-layouts
// corpus files (scripts/layouts/, laid out at run time from ../shared/corpus; none kept).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keepListContent, listClippingFiles } from '../../src/clippings.ts';
import { parseKeepList } from '../../src/normalize/keep.ts';
import { corpusReports, DEFAULT_CORPUS } from '../layouts/corpus.ts';
import { layOut, LAYOUTS } from '../layouts/generate.ts';
import { generateArchive } from './archive.ts';

export interface BenchFile {
  /** the path shown in the output (ids and sourceFile come from it) */
  path: string;
  bytes: Uint8Array;
  keep: string[];
}

const keepList = () => parseKeepList(keepListContent());

export function seedFiles(): BenchFile[] {
  const keep = keepList();
  return listClippingFiles().map((file) => ({ path: file, bytes: fs.readFileSync(file), keep }));
}

/** A generated archive of about `articles` articles (137 files, 3.8 MB per 1,000), in a temporary folder. */
export function generatedFiles(articles: number, seed: number): BenchFile[] {
  const dir = path.join(os.tmpdir(), `jianbao-normalize-bench-${process.pid}`);
  try {
    generateArchive(dir, articles, seed);
    const keep = keepList();
    return fs
      .readdirSync(dir)
      .sort()
      .map((f) => ({ path: `generated/${f}`, bytes: fs.readFileSync(path.join(dir, f)), keep }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The files `npm run eval:layouts` scores (every layout, its default seed); none without the corpus. */
export function layoutFiles(seed = 1): BenchFile[] {
  if (!fs.existsSync(DEFAULT_CORPUS)) return [];
  const reports = corpusReports();
  const keep = keepList();
  return LAYOUTS.flatMap((layout) =>
    layOut(layout, reports, seed).map((f) => ({ path: `layouts/${f.name}`, bytes: Buffer.from(f.text), keep })),
  );
}

/** What the output-identity check hashes: the seeds, a generated archive (~60 files at 450 articles), the layout files. */
export function benchInputs(articles = 450): Record<'seeds' | 'generated' | 'layouts', BenchFile[]> {
  return { seeds: seedFiles(), generated: generatedFiles(articles, 7), layouts: layoutFiles() };
}
