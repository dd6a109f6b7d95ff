// Keep as printed: a string on the keep list stops any repair that would change it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepListContent } from '../src/clippings.ts';
import { normalizeClipping } from '../src/normalize/index.ts';
import { keptStringTouched, parseKeepList } from '../src/normalize/keep.ts';

// mis-decoded punctuation (，→袁 。→遥 ：→院 “→野 ”→冶) around a name and a quotation formula
// that contain such characters (袁, and 曰, which is also a garbled ；)
const GARBLED = '他多次与袁建兵同志交流基层工作袁常引孔子曰院野温故而知新遥冶';
const run = (text: string, keep: string[] = []) =>
  normalizeClipping({ path: 'content/clippings/x.txt', bytes: new TextEncoder().encode(`${text}\n`), keep });

describe('keep as printed', () => {
  it('without a list, the punctuation repair misreads the name and the formula', () => {
    expect(run(GARBLED).articles[0]!.paragraphs).toEqual([
      '他多次与，建兵同志交流基层工作，常引孔子；：“温故而知新。”',
    ]);
  });

  it('a kept string stops the correction that would touch it, and only that one', () => {
    const r = run(GARBLED, ['袁建兵', '孔子曰']);
    expect(r.articles[0]!.paragraphs).toEqual(['他多次与袁建兵同志交流基层工作，常引孔子曰：“温故而知新。”']);
    expect(r.problems.filter((p) => p.message.startsWith('kept as printed')).map((p) => p.message)).toEqual([
      'kept as printed: "孔子曰" stopped a punctuation correction ("曰" → "；")',
      'kept as printed: "袁建兵" stopped a punctuation correction ("袁" → "，")',
    ]);
  });

  it('a file adds its own in front matter', () => {
    const r = run(`---\nkeep:\n  - 孔子曰\n---\n${GARBLED}`, ['袁建兵']);
    expect(r.articles[0]!.paragraphs[0]).toBe('他多次与袁建兵同志交流基层工作，常引孔子曰：“温故而知新。”');
  });

  it('stops the spacing repair too, but lets a wrapped line inside a kept string join', () => {
    expect(keptStringTouched('卷 首 语', 1, 2, ['卷 首 语'])).toBe('卷 首 语');
    expect(keptStringTouched('在基层\n院工作', 3, 4, ['基层院'])).toBeNull();
    expect(keptStringTouched('在基层院工作', 0, 1, ['基层院'])).toBeNull();
    expect(keptStringTouched('在基层院工作', 3, 3, ['基层院'])).toBe('基层院');
  });

  it('reads the archive list: one string a line, comments and blank lines skipped', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-keep-'));
    const file = path.join(dir, 'keep.txt');
    fs.writeFileSync(file, '# names the repairs misread\n袁建兵\n\n基层院  # a court\n');
    expect(parseKeepList(keepListContent(file))).toEqual(['袁建兵', '基层院']);
    expect(keepListContent(path.join(dir, 'none.txt'))).toBe('');
  });
});
