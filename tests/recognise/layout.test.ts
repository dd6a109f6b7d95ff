// Recogniser: the page's layout, measured once per file after furniture goes.
import { describe, expect, it } from 'vitest';
import { measurePageLayout } from '../../src/normalize/recognise/layout.ts';
import { removeFurniture } from '../../src/normalize/repair/remove-furniture.ts';
import { fileData } from '../../src/normalize/tree.ts';
import { runStages } from '../helpers.ts';

const PARAGRAPH =
  '近年来，我县坚持把发展壮大村级集体经济作为抓党建促乡村振兴的重要抓手，因村施策，多措并举，村集体经济收入实现稳步增长，全县所有村集体经济收入均超过十万元。';
const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;

function layoutOf(text: string) {
  const { file } = runStages(text, removeFurniture, measurePageLayout);
  return fileData(file).layout!;
}

describe('page layout', () => {
  it.each([
    [
      'wrapped at 18, blank lines between paragraphs',
      [PARAGRAPH, PARAGRAPH].map((p) => wrap(p, 18).join('\n')).join('\n\n'),
      { column: 18, blankLinesBetween: 'paragraphs' },
    ],
    [
      'wrapped at 16, a blank line after every line',
      wrap(PARAGRAPH + PARAGRAPH, 16).join('\n\n'),
      { column: 16, blankLinesBetween: 'lines' },
    ],
    [
      'one paragraph a line, as copied from a web page',
      [PARAGRAPH, PARAGRAPH, PARAGRAPH].join('\n\n'),
      { column: 0, blankLinesBetween: 'paragraphs' },
    ],
    [
      'indented paragraphs, no blank lines',
      [PARAGRAPH, PARAGRAPH].map((p) => `\u3000\u3000${p}`).join('\n'),
      { column: 0, indented: true },
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(layoutOf(`${text}\n`)).toMatchObject(expected);
  });

  it('is measured without the table of contents, whose lines are no column', () => {
    const toc = [
      '目录',
      '1. 全县经济工作综述 .....\t1',
      '2. 乡村振兴工作综述 .....\t5',
      '3. 组织工作综述 .....\t9',
      '4. 宣传工作综述 .....\t12',
      '5. 统战工作综述 .....\t15',
      '6. 政法工作综述 .....\t18',
    ].join('\n');
    expect(layoutOf(`${toc}\n\n${[PARAGRAPH, PARAGRAPH].join('\n\n')}\n`).column).toBe(0);
  });
});
