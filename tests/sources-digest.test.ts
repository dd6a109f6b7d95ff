// A cache keyed by the digest of the sources that made its entries: a listed path that moves
// would drop out of the key without a word, so every listed path must exist.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORMALISER_INPUTS } from '../src/loader/cache.ts';
import { importedSources } from '../src/search/article-cache.ts';
import { sourcesDigest } from '../src/sources-digest.ts';

describe('the sources a cache is keyed by', () => {
  it.each([
    ['the normalised clippings', NORMALISER_INPUTS],
    ['the search index', importedSources('src/search/build-index.ts')],
  ])('lists only paths that exist (%s)', (_, inputs) => {
    expect(inputs.filter((p) => !fs.existsSync(p))).toEqual([]);
  });

  it('changes when a file under a listed directory changes, or a file is added', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-sources-'));
    fs.mkdirSync(path.join(root, 'src/normalize'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src/normalize/split.ts'), 'export const MAX = 1;');
    const digest = () => sourcesDigest(['src/normalize', 'src/schema.ts'], root);
    const first = digest();
    expect(digest()).toBe(first);
    fs.writeFileSync(path.join(root, 'src/normalize/split.ts'), 'export const MAX = 2;');
    const edited = digest();
    expect(edited).not.toBe(first);
    fs.writeFileSync(path.join(root, 'src/schema.ts'), '');
    expect(digest()).not.toBe(edited);
    fs.rmSync(root, { recursive: true });
  });
});
