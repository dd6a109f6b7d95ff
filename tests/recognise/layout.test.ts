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
      // a repaired page: sentences of about one length, each a paragraph, under short headlines
      'one-sentence paragraphs of about one length, each ending its sentence',
      [
        '县政协组织委员开展会前视察活动',
        '截至10月底，全县已为企业减免税费4.6亿元，惠及市场主体1.3万户。',
        '9月12日，县农业农村局组织技术人员深入各乡镇，指导农户做好秋收准备。',
        '县交通运输局负责人介绍，今年将新建和改造农村公路120公里。',
        '全力做好防汛工作',
        '今年全县粮食播种面积稳定在85万亩，预计总产量同比增长3%。',
        '会议指出，今年以来全县经济运行总体平稳，主要指标好于预期。',
        '据统计，今年以来全县共排查化解矛盾纠纷386件，化解率达98%。',
        '6月8日，县委召开常委会议，研究部署当前各项重点工作任务。',
        '县消防救援大队深入辖区企业，开展冬季火灾隐患排查整治工作。',
      ].join('\n\n'),
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
