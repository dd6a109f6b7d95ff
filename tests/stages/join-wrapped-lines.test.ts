import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/normalize/repair/join-wrapped-lines.ts';
import { runStages } from '../helpers.ts';

describe('joinWrappedLines', () => {
  it('joins column-wrapped Chinese lines without spaces (000)', () => {
    const text = '为有效提升农村干部综合素质和\n带领群众共同致富能力，锻造一批“懂\n科学、有技能、会管理”的新时代基层干\n部队伍。\n';
    const { blocks, corrections } = runStages(text, joinWrappedLines);
    expect(blocks).toEqual(['为有效提升农村干部综合素质和带领群众共同致富能力，锻造一批“懂科学、有技能、会管理”的新时代基层干部队伍。']);
    expect(corrections).toHaveLength(3);
    expect(corrections.map((c) => [c.kind, c.line])).toEqual([['reflow', 1], ['reflow', 2], ['reflow', 3]]);
    expect(corrections[0]).toMatchObject({ before: '质和\n带领', after: '质和带领' });
  });

  it('keeps a space between Latin words broken across lines', () => {
    const { blocks } = runStages('林业碳汇项目采用 Verified Carbon\nStandard 方法学开发。\n', joinWrappedLines);
    expect(blocks).toEqual(['林业碳汇项目采用 Verified Carbon Standard 方法学开发。']);
  });

  it('rejoins a paragraph cut by a blank line mid-sentence (001)', () => {
    const text =
      '能力作风建设，突出的重点就是一个“实”字。两个多月以来，能力作风建设成为林甸的党员干部学习、工作中的关键词。理论学习中心组集中学习2次，研讨发言56人\n\n次，研讨文章汇编成册，下发至全县各级党组织学习交流。\n';
    const { blocks } = runStages(text, joinWrappedLines);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toContain('研讨发言56人次，研讨文章汇编成册');
  });

  it('joins lines printed with a blank line between them at the column edge (002)', () => {
    const text = '制度，2015年，市委召开定期综合议党会\n\n议 2次，专题议党会议 22次，研究推进基\n\n层党建工作。\n\n以问题为导向，推进“三严三实”\n';
    const { blocks } = runStages(text, joinWrappedLines);
    expect(blocks).toEqual(['制度，2015年，市委召开定期综合议党会议 2次，专题议党会议 22次，研究推进基层党建工作。', '以问题为导向，推进“三严三实”']);
  });

  it('leaves a headline and its body apart', () => {
    const text = '能力作风建设没有休止符\n\n林甸县委书记晋伟访谈\n\n记者：作为一位县委书记，您是如何领会机关“能力作风建设年”活动的重大意义的？\n';
    expect(runStages(text, joinWrappedLines).blocks).toHaveLength(3);
  });
});
