// Starts the index worker (index-worker.ts) as a process of its own and waits for its answer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import type { BuiltIndex } from './build-index.ts';
import type { IndexAnswer, IndexRequest } from './index-worker.ts';
import type { StoredArticle } from '../site/bodies.ts';

function workerFile(): string {
  // Vite may load this module from its own path or from a bundled chunk: fall back to the source
  const here = new URL('./index-worker.ts', import.meta.url);
  const nextToThis = here.protocol === 'file:' ? fileURLToPath(here) : '';
  return fs.existsSync(nextToThis) ? nextToThis : path.resolve('src/search/index-worker.ts');
}

/** the index of these articles laid out in `outputDir`, and their JSON export written to `exportFile` */
export function indexInChild(articles: StoredArticle[], exportFile: string, outputDir: string): Promise<BuiltIndex> {
  const child = fork(workerFile(), { serialization: 'advanced', stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    let answered = false;
    child.on('message', (m: IndexAnswer) => {
      answered = true;
      if ('built' in m) resolve(m.built);
      else reject(new Error(`search index: ${m.error}`));
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!answered) reject(new Error(`the search index process stopped (${signal ?? code})`));
    });
    child.send({ articles, exportFile, outputDir } satisfies IndexRequest);
  });
}
