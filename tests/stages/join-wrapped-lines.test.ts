import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/normalize/repair/join-wrapped-lines.ts';
import { runStages } from '../helpers.ts';

describe('joinWrappedLines', () => {
  it('joins column-wrapped Chinese lines without spaces (000)', () => {
    const text =
      '为有效提升农村干部综合素质和\n带领群众共同致富能力，锻造一批“懂\n科学、有技能、会管理”的新时代基层干\n部队伍。\n';
    const { blocks, corrections } = runStages(text, joinWrappedLines);
    expect(blocks).toEqual([
      '为有效提升农村干部综合素质和带领群众共同致富能力，锻造一批“懂科学、有技能、会管理”的新时代基层干部队伍。',
    ]);
    expect(corrections).toHaveLength(3);
    expect(corrections.map((c) => [c.kind, c.line])).toEqual([
      ['reflow', 1],
      ['reflow', 2],
      ['reflow', 3],
    ]);
    expect(corrections[0]).toMatchObject({ before: '质和\n带领', after: '质和带领' });
  });

  it('keeps a space between Latin words broken across lines', () => {
    const { blocks } = runStages('林业碳汇项目采用 Verified Carbon\nStandard 方法学开发。\n', joinWrappedLines);
    expect(blocks).toEqual(['林业碳汇项目采用 Verified Carbon Standard 方法学开发。']);
  });

  it('joins a number the column cut without a space', () => {
    const { blocks } = runStages('该项目建成后可带动周边2\n00余户群众就业。\n', joinWrappedLines);
    expect(blocks).toEqual(['该项目建成后可带动周边200余户群众就业。']);
  });

  it('rejoins a paragraph cut by a blank line mid-sentence (001)', () => {
    const text =
      '能力作风建设，突出的重点就是一个“实”字。两个多月以来，能力作风建设成为林甸的党员干部学习、工作中的关键词。理论学习中心组集中学习2次，研讨发言56人\n\n次，研讨文章汇编成册，下发至全县各级党组织学习交流。\n';
    const { blocks } = runStages(text, joinWrappedLines);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toContain('研讨发言56人次，研讨文章汇编成册');
  });

  it('joins lines printed with a blank line between them at the column edge (002)', () => {
    const text =
      '制度，2015年，市委召开定期综合议党会\n\n议 2次，专题议党会议 22次，研究推进基\n\n层党建工作。\n\n以问题为导向，推进“三严三实”\n';
    const { blocks } = runStages(text, joinWrappedLines);
    expect(blocks).toEqual([
      '制度，2015年，市委召开定期综合议党会议 2次，专题议党会议 22次，研究推进基层党建工作。',
      '以问题为导向，推进“三严三实”',
    ]);
  });

  it('leaves a headline and its body apart', () => {
    const text =
      '能力作风建设没有休止符\n\n林甸县委书记晋伟访谈\n\n记者：作为一位县委书记，您是如何领会机关“能力作风建设年”活动的重大意义的？\n';
    expect(runStages(text, joinWrappedLines).blocks).toHaveLength(3);
  });

  describe('a layout with a blank line after every line (002)', () => {
    // enough column lines for the joiner to measure the column, as in the magazine
    const column = [
      '安药业、中小企业服务中心调研企业生产',
      '经营、未来规划、发展需求等情况，深入了',
      '解企业关于人才引进、壮大培育、推广宣传',
      '等方面的需要和诉求，并围绕政策引导、精',
      '准服务、人才引进等方面进行解读和指导，',
      '切实增强企业发展的决心和信心。',
    ];
    const run = (lines: readonly string[]) =>
      runStages([...column, ...column, ...column, ...column, ...lines].join('\n\n'), joinWrappedLines).blocks.slice(4);

    it('keeps a headline and the author’s name under it apart from the text', () => {
      expect(
        run([
          '以高质量党建引领基层组织高质量发展',
          '孙景钟',
          '党的十八大后，党中央树立大抓基层',
          '的鲜明导向，统筹推进各领域基层党组织',
        ]),
      ).toEqual([
        '以高质量党建引领基层组织高质量发展',
        '孙景钟',
        '党的十八大后，党中央树立大抓基层的鲜明导向，统筹推进各领域基层党组织',
      ]);
    });

    it('joins a first line set apart after a numbered sub-head, and the sub-head’s own wrap', () => {
      expect(
        run([
          '一、抓根本利长远，推动乡村振兴发展',
          '取得新飞跃',
          '农村基层党组织是党在农村全部工作',
          '的基础，也是农村各项事业的领导核心。农',
        ]),
      ).toEqual([
        '一、抓根本利长远，推动乡村振兴发展取得新飞跃',
        '农村基层党组织是党在农村全部工作的基础，也是农村各项事业的领导核心。农',
      ]);
    });

    it('keeps a speaker’s headline apart from the text under it, but joins its own short tail', () => {
      const chen = [
        '陈希：着力推动组织工作高质量发展以实际行动迎接党的二十大胜利召开',
        '要坚持不懈抓好新时代党的创新理论武装，深入开展党的十九届六中全会精神学习',
        '培训，巩固拓展党史学习教育成果。',
      ] as const;
      expect(run(chen)).toEqual([chen[0], chen[1] + chen[2]]);
      const xi = [
        '习近平： 继续把党史总结学习教育宣传引向深入更好把握和运用党的百年奋斗历史经',
        '验',
        '继续把党史总结、学习、教育、宣传引向深入，更好把握和运用党的百年奋斗历史经',
      ] as const;
      expect(run(xi)).toEqual([xi[0] + xi[1], xi[2]]);
    });

    it('starts a paragraph at a label after a line that stopped short (`权威解读：`)', () => {
      const lines = [
        '———1月 18 日，在十九届中央纪委六次全会上强调',
        '权威解读：全面从严治党永远在路上。在十九届中央纪委六次全会上，习近平总书记',
        '发表重要讲话强调，总结运用党的百年奋斗历史经验，坚持党中央集中统一领导，坚持党',
      ] as const;
      expect(run(lines)).toEqual([lines[0], lines[1] + lines[2]]);
    });

    it('joins a first line that reads like a headline when the next line ends its noun phrase', () => {
      expect(run(['人是发展壮大村级集体经济的决定性', '因素，掌握人才资源是组织部门的最大优', '势所在。'])).toEqual([
        '人是发展壮大村级集体经济的决定性因素，掌握人才资源是组织部门的最大优势所在。',
      ]);
      expect(run(['在县电视台设置《干部周末电视讲坛》', '栏目，以视听方式选派各部门（单位）52名'])).toEqual([
        '在县电视台设置《干部周末电视讲坛》栏目，以视听方式选派各部门（单位）52名',
      ]);
      // a sentence opens on a time or a conjunction: that is a headline and its text
      expect(run(['开展新业态新就业群体调研工作', '目前，全区已建立新业态党组织12个，'])).toEqual([
        '开展新业态新就业群体调研工作',
        '目前，全区已建立新业态党组织12个，',
      ]);
    });

    it('sets a section head apart from the paragraph printed under it in the same block', () => {
      const lines = [
        '高处着眼，找准切入点\n回想起 7 月初和队员刚到村里的日',
        '子，这一个月几乎电话不断，一直在跟前任',
        '驻村书记了解村里的基本情况。',
      ];
      expect(run(lines)).toEqual([
        '高处着眼，找准切入点',
        '回想起 7 月初和队员刚到村里的日子，这一个月几乎电话不断，一直在跟前任驻村书记了解村里的基本情况。',
      ]);
      // a two-line headline with its author under it stays one
      const headline = [
        '深入实施“五项行动”\n对标对表推动组织工作高质量发展',
        '陈国辉',
        '2022年是党的二十大召开之年，是实',
      ];
      expect(run(headline)).toEqual([
        '深入实施“五项行动”对标对表推动组织工作高质量发展',
        '陈国辉',
        '2022年是党的二十大召开之年，是实',
      ]);
    });

    it('keeps an author body under a two-line headline, and the numbered head after it, apart', () => {
      const lines = [
        '发挥“邻里支部 小区管家”作用\n推进党建引领基层治理现代化',
        '龙潭区委组织部',
        '一、背景起因',
        '推进国家治理体系和治理能力现代',
      ];
      expect(run(lines)).toEqual(['发挥“邻里支部 小区管家”作用推进党建引领基层治理现代化', ...lines.slice(1)]);
    });

    it('joins a lead sentence wrapped early, and keeps a locality label apart', () => {
      const blocks = run([
        '吉林市',
        '开展 2022 年领导干部报告个人有关',
        '事项工作专题培训。2月 24日，舒兰市召开',
        '领导干部报告个人有关事项工作专题培训',
      ]);
      expect(blocks).toEqual([
        '吉林市',
        '开展 2022 年领导干部报告个人有关事项工作专题培训。2月 24日，舒兰市召开领导干部报告个人有关事项工作专题培训',
      ]);
    });
  });

  it('gives a line of closing marks back to the line before, even after a full stop or a blank', () => {
    const text =
      '乡里新修了三座便民桥\n\n村民们说：“桥通了，赶集方便多了。\n”\n\n接下来，镇里将抓紧验收，确保工程按期完\n成\n\n。\n';
    const { blocks, corrections } = runStages(text, joinWrappedLines);
    expect(blocks).toEqual([
      '乡里新修了三座便民桥',
      '村民们说：“桥通了，赶集方便多了。”',
      '接下来，镇里将抓紧验收，确保工程按期完成。',
    ]);
    expect(corrections.filter((c) => c.kind === 'reflow').map((c) => c.after)).toEqual(['了。”', '期完成', '完成。']);
  });

  it('rejoins a line with a sentence end inside that stops short on the next subject', () => {
    // a column extracted with a blank line after every line (002: `一是…是前提。 城市社区治理` |
    // `与农村不同，…`): a mark inside says text, not a headline, though it stops short of the edge
    const lines = [
      '四、几点体会',
      '一是产业扶持是基础。乡村产业',
      '与城市不同，市场信息少、销路窄，村民',
      '们单打独斗难以抵御市场风险。为此，镇',
      '里牵头成立了蔬菜专业合作社，统一品种',
      '、统一技术、统一销售，把蔬菜卖到了县',
      '城和省城，户均增收三千多元，村民们的',
      '腰包鼓了起来，日子也越过越有奔头了。',
      '二是人才培养是关键。',
    ];
    const { blocks, corrections } = runStages(lines.join('\n\n'), joinWrappedLines);
    expect(blocks).toEqual([
      '四、几点体会',
      '一是产业扶持是基础。乡村产业与城市不同，市场信息少、销路窄，村民们单打独斗难以抵御市场风险。为此，镇里牵头成立了蔬菜专业合作社，统一品种、统一技术、统一销售，把蔬菜卖到了县城和省城，户均增收三千多元，村民们的腰包鼓了起来，日子也越过越有奔头了。',
      '二是人才培养是关键。',
    ]);
    expect(corrections.map((c) => c.after)).toContain('产业与城');
  });

  it('rejoins a quotation left open at a block end that the next block closes (001)', () => {
    const text = '合作社成立后，村民们以“撸起袖子加油\n\n干”的劲头，把蔬菜卖到了县城。\n';
    const { blocks } = runStages(text, joinWrappedLines);
    expect(blocks).toEqual(['合作社成立后，村民们以“撸起袖子加油干”的劲头，把蔬菜卖到了县城。']);
  });

  it('rejoins a paragraph cut mid-sentence before a clause that ends on a semicolon', () => {
    const text =
      '今年秋收时节，新河镇组织干部深入各村，帮助农户抢收抢运。全镇党员在“我为群众办实事”承诺牌前\n\n郑重签名并承诺为群众解决一件实事；\n\n东山乡组织农机手跨村作业，确保颗粒归仓。\n';
    const { blocks } = runStages(text, joinWrappedLines);
    expect(blocks).toEqual([
      '今年秋收时节，新河镇组织干部深入各村，帮助农户抢收抢运。全镇党员在“我为群众办实事”承诺牌前郑重签名并承诺为群众解决一件实事；',
      '东山乡组织农机手跨村作业，确保颗粒归仓。',
    ]);
  });
});
