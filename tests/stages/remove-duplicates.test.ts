import { describe, expect, it } from 'vitest';
import { removeDuplicates } from '../../src/normalize/repair/remove-duplicates.ts';
import { runStages } from '../helpers.ts';

const P1 =
  '62岁的于永学是花园镇永兴牧场的老板，眼看着林甸的畜牧业发展前途无量，就琢磨着扩大牧场规模，但两道“坎儿”却难住了他。';
const P2 = '付出如愿换来了回报。';
const P3 =
  '目前，全县奶牛规模牧场发展到33处，其中万头奶牛牧场1处，5000头以上牧场8处，存栏奶牛9.03万头，日交售鲜奶量1000吨。';

describe('removeDuplicates', () => {
  it('removes a repeated paragraph and keeps the first copy', () => {
    const { blocks, corrections } = runStages(`${P1}\n\n${P3}\n\n${P1}\n`, removeDuplicates);
    expect(blocks).toEqual([P1, P3]);
    expect(corrections).toEqual([{ kind: 'duplicate', before: P1, after: '', line: 5 }]);
  });

  it('removes a copy merged with its neighbour, keeping the new text after it (001)', () => {
    const merged = `${P2}目前，全县奶牛规模牧场发展到33处，其中万头奶牛牧场1处，5000头以上牧场8处，存栏奶种完了。等到在市县两级支持下，把两条干渠完全接通之后，情况就更乐观了。`;
    const { blocks } = runStages(`${P2}\n\n${P3}\n\n${merged}\n`, removeDuplicates);
    expect(blocks).toEqual([P2, P3, '种完了。等到在市县两级支持下，把两条干渠完全接通之后，情况就更乐观了。']);
  });

  it('keeps an attribution that two quotations from one speech share (002)', () => {
    const from = '———1月11日，在省部级主要领导干部学习贯彻党的十九届六中全会精神专题研讨班开班式上强调';
    const a = '中国共产党为什么能，中国特色社会主义为什么好，归根到底是因为马克思主义行。';
    expect(runStages(`${P1}\n\n${from}\n\n${a}\n\n${from}\n`, removeDuplicates).blocks).toEqual([P1, from, a, from]);
  });

  it('removes a copy that merged two printed paragraphs and moved a quotation mark (001)', () => {
    const a = '这些变化都不是一夜之间得来的。';
    const b = '“群众的事，在新河镇无论多小都是大事。”这一点镇党委书记王明深有体会。';
    const copy = '“这些变化都不是一夜之间得来的。群众的事，在新河镇无论多小都是大事。”这一点镇党委书记王明深有体会。';
    const { blocks, corrections } = runStages(`${a}\n\n${b}\n\n${P1}\n\n${copy}\n`, removeDuplicates);
    expect(blocks).toEqual([a, b, P1]);
    expect(corrections).toEqual([expect.objectContaining({ kind: 'duplicate', before: copy, after: '', line: 7 })]);
  });

  it('keeps a headline that quotes its report, but not a title the page prints again', () => {
    const body = '11月3日，东河镇中心小学开展非遗文化进校园活动。孩子们学剪纸、听评书，兴致勃勃。';
    const head = '东河镇中心小学开展非遗文化进校园活动';
    expect(runStages(`${body}\n\n${head}\n`, removeDuplicates).blocks).toEqual([body, head]);
    expect(runStages(`${head}\n\n${body}\n\n${head}\n`, removeDuplicates).blocks).toEqual([head, body]);
  });

  it('undoubles captions (000)', () => {
    const text = '现代化伊春新图景现代化伊春新图景。。\n\n冰雪文创园赏花灯花灯看花海花海\n';
    expect(runStages(text, removeDuplicates).blocks).toEqual(['现代化伊春新图景。', '冰雪文创园赏花灯看花海']);
  });

  it('removes a copy within reach of recent text and keeps one printed further back', () => {
    // distinct short reports, 14,400 characters: more than the 12,000 a repeat may reach back
    const digits = '零一二三四五六七八九';
    const spelled = (n: number) => [...String(n)].map((d) => digits[Number(d)]).join('');
    const reports = Array.from({ length: 800 }, (_, i) => `第${spelled(i + 1000)}号简报记载了村里的新变化。`);
    const near = reports.slice(0, 3).join('\n\n');
    const far = reports.join('\n\n');
    expect(runStages(`${P1}\n\n${near}\n\n${P1}\n`, removeDuplicates).blocks.filter((b) => b === P1)).toHaveLength(1);
    expect(runStages(`${P1}\n\n${far}\n\n${P1}\n`, removeDuplicates).blocks.filter((b) => b === P1)).toHaveLength(2);
  });

  it('keeps short set phrases that recur', () => {
    const a = '要结合县情势实际，持续把活动重心放在服务中心工作上来。';
    const b = '要结合县情势实际，抓好各项任务落实。';
    expect(runStages(`${a}\n\n${b}\n`, removeDuplicates).blocks).toEqual([a, b]);
  });
});

describe('removeDuplicates, copies merged after new text', () => {
  it('removes a repeated paragraph glued to the end of a new one, keeping the new text', () => {
    const first =
      '目前，全县奶牛规模牧场发展到33处，其中万头奶牛牧场1处，5000头以上牧场8处，存栏奶牛9.03万头，日交售鲜奶量1000吨。建成并投产生猪规模养殖场4个，年出栏总量达60万头。';
    const merged = `这一切都不是偶然所得。${first}`;
    const { blocks, corrections } = runStages(`${first}\n\n${merged}\n`, removeDuplicates);
    expect(blocks).toEqual([first, '这一切都不是偶然所得。']);
    expect(corrections).toEqual([expect.objectContaining({ kind: 'duplicate', line: 3 })]);
  });
});
