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
