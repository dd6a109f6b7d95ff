// `jianbao check` shows per file what was read: each article's first line, title, date and
// place, and the decisions taken on weak evidence, so an editor sees a merged report at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClippings } from '../src/clippings.ts';
import { checkJson, formatReading } from '../src/problems.ts';

function clippingFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-check-'));
  const file = path.join(dir, 'page.txt');
  fs.writeFileSync(file, text);
  return file;
}

describe('check shows what it read', () => {
  it('lists every article of every file with line, title, date and place', () => {
    const file = clippingFile(
      [
        '新河镇举办农民丰收节',
        '2023年9月23日，新河县新河镇第三届农民丰收节在镇文化广场开幕，二百多户农民带来了自家的农产品。',
        '东山乡启动秋冬季森林防火工作',
        '2023年10月8日，新河县东山乡召开森林防火工作会议，部署秋冬季森林防火工作。',
      ].join('\n\n'),
    );
    const result = loadClippings([file]);
    const reading = checkJson(result).files;
    expect(reading).toHaveLength(1);
    expect(reading[0]!.articles).toEqual([
      { line: 1, title: '新河镇举办农民丰收节', date: '2023-09-23', place: result.articles[0]!.place },
      { line: 5, title: '东山乡启动秋冬季森林防火工作', date: '2023-10-08', place: result.articles[1]!.place },
    ]);
    const shown = formatReading(reading[0]!);
    expect(shown).toContain(': 2 article(s)');
    expect(shown).toContain('    5  东山乡启动秋冬季森林防火工作  2023-10-08');
  });

  it('shows each report of a page where one was cut off mid-sentence', () => {
    // a report cut off mid-sentence, then a short headline over a report that opens on its day
    const file = clippingFile(
      [
        '新河镇举办农民丰收节',
        '2023年9月23日，新河镇第三届农民丰收节在镇文化广场开幕，二百多户农民带来了自家的农产品，村里的合作社每年',
        '东山乡启动森林防火',
        '2023年10月8日，东山乡召开森林防火工作会议，部署秋冬季森林防火工作。',
      ].join('\n\n'),
    );
    const [reading] = checkJson(loadClippings([file])).files;
    expect(reading!.articles.map((a) => [a.line, a.title])).toEqual([
      [1, '新河镇举办农民丰收节'],
      [5, '东山乡启动森林防火'],
    ]);
  });
});
