// Files written aside and renamed into place, and pruning that spares a running writer's asides.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asideName, leftByEndedProcess, removeUnkept, writeFileAside } from '../src/write-aside.ts';

/** the id of a process that has ended: one started and waited for */
const endedPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('write aside', () => {
  it('puts the whole file in place and leaves no aside', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-aside-'));
    const file = path.join(dir, 'a.json');
    writeFileAside(file, '{"paragraphs":["林甸县召开会议。"]}');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"paragraphs":["林甸县召开会议。"]}');
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
    expect(asideName(file)).toBe(`${file}.${process.pid}.tmp`);
  });

  it('tells a dead writer’s aside from a live one’s', () => {
    expect(leftByEndedProcess(`a.json.${endedPid()}.tmp`)).toBe(true);
    expect(leftByEndedProcess(`a.json.${process.pid}.tmp`)).toBe(false);
    expect(leftByEndedProcess('a.json')).toBe(false);
  });

  it('prunes what is not kept and what dead writers left, never a live aside', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-prune-'));
    const dead = `c.json.${endedPid()}.tmp`;
    const live = `d.json.${process.pid}.tmp`;
    for (const name of ['a.json', 'b.json', dead, live, 'e.tmp']) fs.writeFileSync(path.join(dir, name), '{}');
    fs.mkdirSync(path.join(dir, 'old-part'));
    expect(removeUnkept(dir, (name) => name === 'a.json')).toBe(4);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.json', live]);
    expect(removeUnkept(path.join(dir, 'gone'), () => false)).toBe(0);
  });
});
