import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/normalize/repair/join-wrapped-lines.ts';
import { removeFurniture } from '../../src/normalize/repair/remove-furniture.ts';
import { runStages } from '../helpers.ts';

describe('removeFurniture', () => {
  it('lifts the masthead date and e-mail out of the body as page metadata (001)', () => {
    const { blocks, pageMeta, corrections } = runStages(
      '\n\n2022年6月29日 星期三\nE-mail:jizhebu2004@sina.com\n\n能力作风建设没有休止符\n',
      removeFurniture,
    );
    expect(blocks).toEqual(['能力作风建设没有休止符']);
    expect(pageMeta).toEqual([
      { key: 'date', value: '2022-06-29', line: 3 },
      { key: 'email', value: 'E-mail:jizhebu2004@sina.com', line: 4 },
    ]);
    expect(corrections.map((c) => c.kind)).toEqual(['furniture:masthead', 'furniture:email']);
  });

  it('removes a running header printed inside a sentence, so the sentence rejoins (002)', () => {
    const text = [
      '全市组织工作动态',
      '市委组织部召开全市组织部长会议，部署今年组织工作。',
      '全市组织工作动态',
      '会议强调，要深入学习贯彻党的十九届六中全会精',
      '全市组织工作动态',
      '神，扎实做好各项工作。',
    ].join('\n\n');
    const { blocks, corrections } = runStages(text, removeFurniture, joinWrappedLines);
    expect(blocks.join('|')).not.toContain('全市组织工作动态');
    expect(blocks).toContain('会议强调，要深入学习贯彻党的十九届六中全会精神，扎实做好各项工作。');
    expect(corrections.filter((c) => c.kind === 'furniture:running-header')).toHaveLength(3);
  });

  it.each([
    // printed twice, once at a page break inside a sentence: a running header
    [['地方新闻', '城关镇召开会议，部署今年的春耕备耕工作，要求各村', '地方新闻', '抓好农资供应。'], 2],
    // a two-letter label letter-spaced
    [['要 闻', '督查组对全县12个乡镇开展检查。', '要 闻', '督查人员分三组进村入户。'], 2],
    // a byline's name letter-spaced twice is no header
    [['王 莉', '城关镇召开会议，部署春耕备耕工作。', '王 莉', '县里组织检查组督导。'], 0],
    // a line's tail repeated in the text is no header (002: `讨班开班式上强调`)
    [
      [
        '书记在省委党校研讨班开班式上',
        '讲话时强调',
        '要学好党史。',
        '他在县委党校研讨班开班式上',
        '讲话时强调',
        '要抓好落实。',
      ],
      0,
    ],
  ])('running headers printed twice: %j → %i removed', (lines, removed) => {
    const { corrections } = runStages(lines.join('\n\n'), removeFurniture);
    expect(corrections.filter((c) => c.kind === 'furniture:running-header')).toHaveLength(removed);
  });

  it("removes a paper's name over its masthead date at the top of the page", () => {
    const { blocks, corrections } = runStages(
      '城关日报\n2023年10月9日 星期一\n\n县里召开春耕生产调度会\n',
      removeFurniture,
    );
    expect(blocks).toEqual(['县里召开春耕生产调度会']);
    expect(corrections.map((c) => c.kind)).toEqual(['furniture:masthead', 'furniture:masthead']);
  });

  it('keeps a number wrapped onto a line of its own as the rest of the figure, not a page number', () => {
    const text = '全县共设乡镇网格71个，村、屯四级网格23\n8\n\n督查组深入田间地头。\n\n3\n';
    const { blocks, corrections } = runStages(text, removeFurniture);
    expect(blocks).toEqual(['全县共设乡镇网格71个，村、屯四级网格23\n8', '督查组深入田间地头。']);
    expect(corrections.map((c) => [c.kind, c.before.trim()])).toEqual([['furniture:page-number', '3']]);
  });

  it('takes photo credits out as metadata', () => {
    const { blocks, pageMeta } = runStages(
      '同江市村集体经济收入全部超过20万元。\n\n本版图片均由同江市委宣传部提供\n',
      removeFurniture,
    );
    expect(blocks).toEqual(['同江市村集体经济收入全部超过20万元。']);
    expect(pageMeta[0]).toMatchObject({ key: 'credit', value: '本版图片均由同江市委宣传部提供' });
  });

  it('removes a table of contents and keeps its titles for the splitter (004)', () => {
    const { blocks, file } = runStages(
      '# 目录\n\n1...2021 年麦积区民政工作综述\t4\n2...2021 年山西省经济工作综述\t8\n19.构筑“强磁场” 提升“软环境” .....\t130\n',
      removeFurniture,
    );
    expect(blocks).toEqual(['目录']);
    expect((file.data as { tocTitles: string[] }).tocTitles).toEqual([
      '2021 年麦积区民政工作综述',
      '2021 年山西省经济工作综述',
      '构筑“强磁场” 提升“软环境”',
    ]);
  });
});

describe('a running header printed once', () => {
  it('removes a label letter-spaced inside a sentence', () => {
    const text = '县文化馆组织文艺小分队走进村屯，为群众送去丰富的文\n\n基 层 动 态\n\n化大餐。\n';
    const { blocks } = runStages(text, removeFurniture);
    expect(blocks).toEqual(['县文化馆组织文艺小分队走进村屯，为群众送去丰富的文', '化大餐。']);
  });
});
