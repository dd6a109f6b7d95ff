// The collection after the content sync: what a finished stage left behind is freed, and the
// heap's freed pages go back to the system rather than staying committed.
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/site/collect-sync-garbage.ts';

const MB = 2 ** 20;

describe('the collection after the sync', () => {
  it('frees what a finished stage held and gives the heap back', () => {
    // a stage's leftovers: articles with their bodies, no longer referenced
    let leftovers: Array<{ id: string; paragraphs: string[] }> | null = Array.from({ length: 200_000 }, (_, k) => ({
      id: `a-${k}`,
      paragraphs: [`第${k}段，整理后的正文。`, `第${k}段的第二句。`],
    }));
    const held = process.memoryUsage();
    expect(leftovers.length).toBe(200_000);
    leftovers = null;
    expect(collectGarbage()).toBe(true);
    const after = process.memoryUsage();
    expect(held.heapUsed - after.heapUsed).toBeGreaterThan(40 * MB);
    // a plain full collection frees as much but keeps the pages resident (~1 MB goes back)
    expect(held.rss - after.rss).toBeGreaterThan(30 * MB);
  });
});
