// The issue's own measure of the mis-decoded punctuation repair: clean paragraphs, a share of
// their marks garbled the way the encoding fault does, restored and counted.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePunctuation } from '../scripts/punctuation-eval-lib.ts';

describe('restoring mis-decoded punctuation on garbled copies of clean text', () => {
  it.each([1, 2, 3])('meets precision ≥ 0.995 and recall ≥ 0.98 on 004 (seed %i)', (seed) => {
    const result = evaluatePunctuation(fs.readFileSync('content/clippings/gongzuo-zongshu-2021.txt', 'utf8'), { seed });
    expect(result.garbledMarks).toBeGreaterThan(1000);
    expect(result.precision).toBeGreaterThanOrEqual(0.995);
    expect(result.recall).toBeGreaterThanOrEqual(0.98);
    expect(result.cleanParagraphsChanged).toBe(0);
  });

  it('holds on text it was not tuned on (001)', () => {
    const result = evaluatePunctuation(fs.readFileSync('content/clippings/lindian-2022-06-29.txt', 'utf8'), {
      seed: 4,
    });
    expect(result.garbledMarks).toBeGreaterThan(50);
    expect(result.precision).toBeGreaterThanOrEqual(0.995);
    expect(result.recall).toBeGreaterThanOrEqual(0.98);
  });
});
