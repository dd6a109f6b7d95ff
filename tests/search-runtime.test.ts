// Pagefind's runtime is made once per version into a cache that two builds may fill at once:
// a runtime in place is never replaced (another build may be copying from it), and one
// process asking twice at once runs Pagefind once.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { copyRuntime, pagefindRuntime, writeOneRecordIndex } from '../src/search/pagefind-runtime.ts';
import { temporaryDirs } from './helpers.ts';

const tmp = temporaryDirs('jianbao-pf-runtime-');

const inodes = (dir: string) => fs.readdirSync(dir).map((f) => fs.statSync(path.join(dir, f)).ino);

describe("Pagefind's runtime cache", () => {
  it("keeps another build's runtime that was put in place while ours was made", async () => {
    const [root, other] = [tmp(), tmp()];
    const theirs = await pagefindRuntime(other);
    let placed: number[] = [];
    // while Pagefind writes ours, the other build renames its runtime into place
    const write = async (out: string, language: string) => {
      await writeOneRecordIndex(out, language);
      fs.cpSync(theirs.dir, path.join(root, path.basename(theirs.dir)), { recursive: true });
      placed = inodes(path.join(root, path.basename(theirs.dir)));
    };
    const ours = await pagefindRuntime(root, 'zz', write);
    expect(ours.dir).toBe(path.join(root, path.basename(theirs.dir)));
    expect(inodes(ours.dir)).toEqual(placed); // the same files: not replaced
    expect(fs.readdirSync(root)).toEqual([path.basename(theirs.dir)]); // ours removed
    const copied = path.join(tmp(), 'copy');
    fs.mkdirSync(copied);
    copyRuntime(ours, copied);
    expect(fs.readdirSync(copied).sort()).toEqual([...ours.files].sort());
  });

  it('runs Pagefind once when asked twice at once', async () => {
    const root = tmp();
    const write = vi.fn(writeOneRecordIndex);
    const [a, b] = await Promise.all([pagefindRuntime(root, 'zz', write), pagefindRuntime(root, 'zz', write)]);
    expect(write).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
    expect(a.files).toContain('pagefind.js');
  });
});
