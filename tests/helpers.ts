// Runs chosen repair stages over a snippet, the way the pipeline does, and returns what a
// test needs to see: the blocks' text, the corrections and the page metadata.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unified, type Plugin } from 'unified';
import { afterAll } from 'vitest';
import { VFile } from 'vfile';
import { normalizeClipping } from '../src/normalize/index.ts';
import type { Article } from '../src/schema.ts';
import { clippingBlocks, clippingParser } from '../src/normalize/parse.ts';
import { fileData, type ClippingTree } from '../src/normalize/tree.ts';

/** a repair stage: a unified plugin that transforms the clipping tree in place */
type RepairStage = Plugin<[], ClippingTree>;

export function runStages(text: string, ...stages: RepairStage[]) {
  const processor = unified().use(clippingParser).use(clippingBlocks);
  for (const stage of stages) processor.use(stage);
  const file = new VFile({ path: 'snippet.txt', value: text });
  const tree = processor.runSync(processor.parse(file), file) as unknown as ClippingTree;
  const data = fileData(file);
  return {
    blocks: tree.children.map((b) => b.value),
    tree,
    corrections: data.corrections,
    pageMeta: data.pageMeta,
    file,
  };
}

export function normalizeText(text: string, path = 'content/clippings/snippet.txt') {
  return normalizeClipping({ path, bytes: new TextEncoder().encode(text) });
}

/** non-white-space characters as a sorted multiset string */
export function charBag(texts: string[]): string {
  return [...texts.join('').replace(/\s+/gu, '')].sort().join('');
}

/** an article of 大庆日报 from 林甸县, with what a test gives it instead */
export const dailyArticle = (over: Partial<Article> & Pick<Article, 'id'>): Article => ({
  title: '林甸县举办现场招聘会',
  subtitle: null,
  byline: [],
  source: '大庆日报',
  place: '林甸县',
  city: '大庆市',
  province: '黑龙江省',
  date: '2024-03-02',
  keywords: [],
  paragraphs: [],
  sectionHeads: [],
  sourceFile: `content/clippings/${over.id}.txt`,
  corrections: [],
  ...over,
});

/** A maker of temporary directories named `prefix…`, all removed when the test file's tests end. */
export function temporaryDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
