import { describe, expect, it } from 'vitest';
import { removeCaptions } from '../../src/normalize/repair/remove-captions.ts';
import { removeDuplicates } from '../../src/normalize/repair/remove-duplicates.ts';
import { removeFurniture } from '../../src/normalize/repair/remove-furniture.ts';
import { VFile } from 'vfile';
import { repairProcessor } from '../../src/normalize/index.ts';
import { fileData } from '../../src/normalize/tree.ts';
import { runStages } from '../helpers.ts';

/** the whole repair pipeline: the line joiner runs before this stage */
function repairAll(text: string) {
  const file = new VFile({ path: 'snippet.txt', value: text });
  const tree = repairProcessor.runSync(repairProcessor.parse(file), file);
  const { corrections, pageMeta } = fileData(file);
  return {
    blocks: (tree as unknown as { children: Array<{ value: string }> }).children.map((b) => b.value),
    corrections,
    pageMeta,
  };
}

describe('captions', () => {
  it.each([
    [
      '图为巡回审判现场 清丰县法院网讯（通讯员 李娜）6月2日上午，清丰县人民法院在田间地头开庭。',
      '图为巡回审判现场',
      '清丰县法院网讯（通讯员 李娜）6月2日上午，清丰县人民法院在田间地头开庭。',
    ],
    [
      '▲县委书记调研秋收工作。本报讯（记者 王晶）10月9日，县委书记深入田间察看晚稻收割情况。',
      '▲县委书记调研秋收工作。',
      '本报讯（记者 王晶）10月9日，县委书记深入田间察看晚稻收割情况。',
    ],
  ])('takes a caption that ran into a news lead off the lead, bracket and all: %s', (text, caption, lead) => {
    const { blocks, pageMeta } = runStages(`${text}\n`, removeCaptions);
    expect(blocks).toEqual([lead]);
    expect(pageMeta).toEqual([{ key: 'caption', value: caption, line: 1 }]);
  });

  it('takes a one-sentence caption after a photo gap out of the body (001, 003)', () => {
    const text =
      '网格运行“一体化”，截至目前，县联动中心累计受理事件14109件。\n\n\n\n行政服务大厅里的税务工作人员微笑服务。\n\n林甸县人民法院 开展“五问五答” 打造满意“窗口”\n';
    const { blocks, pageMeta, corrections } = runStages(text, removeCaptions);
    expect(blocks).toEqual([
      '网格运行“一体化”，截至目前，县联动中心累计受理事件14109件。',
      '林甸县人民法院 开展“五问五答” 打造满意“窗口”',
    ]);
    expect(pageMeta).toEqual([{ key: 'caption', value: '行政服务大厅里的税务工作人员微笑服务。', line: 5 }]);
    expect(corrections.map((c) => c.kind)).toEqual(['furniture:caption']);
  });

  it('keeps a short sentence that is part of the text (no gap, or a clause break)', () => {
    const text = '这一切都不是偶然所得。\n\n\n\n理念是行动的先导，管全局、管根本。\n';
    expect(runStages(text, removeCaptions).blocks).toEqual([
      '这一切都不是偶然所得。',
      '理念是行动的先导，管全局、管根本。',
    ]);
  });

  it('takes doubled captions out, as a block or as a line of one (000)', () => {
    const text =
      '现代化伊春新图景现代化伊春新图景。。\n\n本稿件图片为本报\n资料片\n 林区工人引进新技术植树造林林区工人引进新技术植树造林。。\n';
    const { blocks, pageMeta } = runStages(text, removeFurniture, removeDuplicates, removeCaptions);
    expect(blocks).toEqual([]);
    expect(pageMeta.map((m) => [m.key, m.value])).toEqual([
      ['caption', '现代化伊春新图景。'],
      ['credit', '本稿件图片为本报资料片'],
      ['caption', '林区工人引进新技术植树造林。'],
    ]);
  });

  it('takes a caption that names the photo out, between a report and the next headline (003)', () => {
    const text =
      '县里为返乡创业青年提供住房补贴、创业贷款和技术培训，今年已有52名大学生回乡创业。\n\n全县青年创业大赛颁奖仪式。\n\n选准带头人 建强党支部\n\n村里的事有人管了，村民心里踏实了。\n';
    const { blocks, pageMeta, corrections } = runStages(text, removeCaptions);
    expect(blocks).toEqual([
      '县里为返乡创业青年提供住房补贴、创业贷款和技术培训，今年已有52名大学生回乡创业。',
      '选准带头人 建强党支部',
      '村里的事有人管了，村民心里踏实了。',
    ]);
    expect(pageMeta).toEqual([{ key: 'caption', value: '全县青年创业大赛颁奖仪式。', line: 3 }]);
    expect(corrections.map((c) => c.kind)).toEqual(['furniture:caption']);
  });

  it('keeps a short last sentence that says something (a verb) or is not followed by a headline', () => {
    const text =
      '县里为返乡创业青年提供住房补贴、创业贷款和技术培训，今年已有52名大学生回乡创业。\n\n全县共完成造林1.2万亩。\n\n选准带头人 建强党支部\n\n全县青年创业大赛颁奖仪式。\n\n村里的事有人管了，村民心里踏实了。\n';
    expect(runStages(text, removeCaptions).corrections).toEqual([]);
  });

  it('takes a photo credit a narrow column wrapped off its caption, once the lines are joined', () => {
    const text = [
      '县长一行调研秋粮收购工作',
      '县长一行来到城东粮库收购现场，察\n看粮食烘干和仓储设施运行情况，听\n取了今年收购进度汇报。',
      '▲县长在城东粮库察看烘干设施。记\n者 王晶 摄',
      '随后，一行人还前往两家种植合作社\n，了解订单农业和农机服务开展情况\n。',
    ].join('\n\n');
    const { blocks, corrections, pageMeta } = repairAll(text);
    expect(blocks[2]).toBe('▲县长在城东粮库察看烘干设施。');
    expect(corrections.filter((c) => c.kind === 'furniture:credit')).toEqual([
      { kind: 'furniture:credit', before: '记者 王晶 摄', after: '', line: 7 },
    ]);
    expect(pageMeta).toContainEqual({ key: 'credit', value: '记者 王晶 摄', line: 7 });
    expect(repairAll(blocks.join('\n\n')).blocks).toEqual(blocks);
  });
});
