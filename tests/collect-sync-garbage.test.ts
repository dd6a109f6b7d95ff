// The collection after the content sync: what a finished stage left behind is freed, and the
// heap's freed pages go back to the system rather than staying committed.
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/site/collect-sync-garbage.ts';

const MB = 2 ** 20;

/** a stage that held articles with their bodies: the memory in use while it held them */
function finishedStage(): NodeJS.MemoryUsage {
  const articles = Array.from({ length: 200_000 }, (_, k) => ({
    id: `a-${k}`,
    paragraphs: [`第${k}段，整理后的正文。`, `第${k}段的第二句。`],
  }));
  expect(articles.at(-1)!.id).toBe('a-199999');
  return process.memoryUsage();
}

describe('the collection after the sync', () => {
  it('frees what a finished stage held and gives the heap back', () => {
    const held = finishedStage();
    expect(collectGarbage()).toBe(true);
    const after = process.memoryUsage();
    expect(held.heapUsed - after.heapUsed).toBeGreaterThan(40 * MB);
    // a plain full collection frees as much but keeps the pages resident (~1 MB goes back)
    expect(held.rss - after.rss).toBeGreaterThan(30 * MB);
  });
});
