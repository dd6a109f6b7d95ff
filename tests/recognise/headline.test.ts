// Recogniser: is this line a headline? Shape first (could it be one), then the evidence of its
// neighbours (is it one here).
import { describe, expect, it } from 'vitest';
import {
  canBeTitle,
  isKicker,
  restOfNounPhrase,
  titleLine,
  hasDashSubtitle,
  hasHeadlineShape,
  headlineEvidence,
  isSpeakerHeadline,
} from '../../src/normalize/recognise/headline.ts';
import { normalizeText } from '../helpers.ts';
import type { PageLayout } from '../../src/normalize/recognise/layout.ts';

describe('headline shape', () => {
  it.each([
    ['我县召开春季农业生产工作会议', true],
    ['党建引领促发展 雁阵效应谱新篇', true],
    ['西藏：高原牧民冬日生活添“暖意”', true],
    ['强村富民看产业：一颗柑橘背后的共同富裕答卷', true],
    ['压实秸秆还田责任 网格巡查全覆盖 依安县召开秸秆禁烧及肥料化综合利用工作推进会', true],
    ['记者：能力作风建设如何持续推进？', false],
    ['会议要求，各乡镇要压实责任：', false],
    ['全县共完成造林面积3.2万亩。', false],
    ['|', false],
    ['——', false],
    ['说起乡里的路，拉杰讲了一个新近发生的故事——', false],
    ['为有效提升农村干部综合素质和带领群众共同致富能力，锻造一批新时代基层干部队伍', false],
    // a line cut off in its noun phrase: no headline ends on 的
    ['在政策年复一年的', false],
    // a subtitle run on after a space and a dash: phrased, so it may run long
    ['让城里和乡下来一场“双向奔赴” ——城关镇驻村第一书记的一份融合答卷', true],
    // pronunciation glosses and a bracketed column label are not counted
    ['【兩會特刊·會內（nèi）會外】代表熱議：宜居宜業（yè) 和美鄉（xiāng）村新畫卷', true],
    ['山區彝族村"移風易俗"調（diào）查：大操大辦不再有', true],
    // a photo's caption names the picture: it opens on 图为 or ends on the photo's credit
    ['图为：城关镇2024年招商引资项目签约现场', false],
    ['區委書記接受本網專訪（本網供圖）', false],
    ['收割机在田间抢收晚稻（记者 李明 摄）', false],
    ['图书馆开展暑期阅读活动', true],
  ])('%s → %s', (line, expected) => {
    expect(hasHeadlineShape(line)).toBe(expected);
  });

  it.each([
    ['习近平：坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进', true],
    ['临朐县：樱桃大棚里的“致富经”', true],
    ['权威解读：乡村振兴促进法有哪些亮点', false],
    ['记者：你们村的大棚建了几年？', false],
  ])('speaker headline %s → %s', (line, expected) => {
    expect(isSpeakerHeadline(line)).toBe(expected);
  });
});

const wrapped18: PageLayout = { column: 18, blankLinesBetween: 'paragraphs', indented: false };
const spaced18: PageLayout = { column: 18, blankLinesBetween: 'lines', indented: false };
const unwrapped: PageLayout = { column: 0, blankLinesBetween: 'paragraphs', indented: false };

describe('headline evidence', () => {
  it.each([
    // a headline as wide as the column, between two reports of a wrapped page
    [
      '县政协组织委员开展专题视察活动',
      '全年目标任务全部完成。',
      '本报讯（记者 王晶）6月8日，县政协组织部分委员',
      true,
      wrapped18,
      'headline',
    ],
    // wider than the column: no wrapped line is
    [
      '黑龙江省第三轮秸秆露天焚烧督查工作正式启动',
      '期间未发现火点。',
      '督查组深入田间地头，实地查看',
      false,
      spaced18,
      'headline',
    ],
    // a headline naming its genre, even after a paragraph cut off mid-sentence
    ['东河镇壮大村集体经济纪实', '各村新建冷库，', '“以前种菜不愁卖”，村民说。', false, unwrapped, 'headline'],
    ['东河镇壮大村集体经济调查', '各村新建冷库，', '“以前种菜不愁卖”，村民说。', false, unwrapped, 'unsure'],
    // a column's line that a word straddles (`视频会|议`)
    ['为认真落实全省冬春农田水利建设视频会', '再强调。', '议精神，东丰县委县政府全面开展', false, spaced18, 'text'],
    // a line that ends on a word needing more, and a next line opening on a particle
    ['逐一检查防汛仓库和各类抢险器材的', '水位。', '储备、维护、调用情况。', false, spaced18, 'text'],
    // a paragraph's first line set apart: the paragraph opens on the rest of its sentence
    [
      '开展2022年领导干部报告个人有关',
      '会议结束。',
      '事项工作专题培训。培训邀请\n了市委组织部干部',
      true,
      wrapped18,
      'text',
    ],
    // text copied from the web: a short line over a report that opens on its day
    ['全力做好防汛工作', undefined, '近日，县防汛抗旱指挥部召开会议，部署全县防汛工作。', false, unwrapped, 'headline'],
    // a long one-line headline after a report cut off mid-sentence, wider than the page's column
    [
      '县工商联组织非公企业代表赴新河镇和东山乡就产业帮扶项目落实情况开展调研',
      '村里的合作社每年单',
      '4月25日，县工商联组织非公企业代表赴新河镇和东山乡开展调研。',
      false,
      wrapped18,
      'headline',
    ],
    // a place as kicker before the colon: one clause after it
    [
      '新河：提升社区服务 增强居民幸福感',
      '全年目标任务全部完成。',
      '11月29日，几位居民在\n社区驿站',
      true,
      wrapped18,
      'headline',
    ],
    // a label's text after the colon runs on in clauses: no headline
    [
      '编者按：本刊开设了驻村日记专栏，记录驻村干部在推进',
      undefined,
      '乡村振兴工作上的收获体会。',
      false,
      wrapped18,
      'text',
    ],
    // a separator between a web page's items says nothing
    ['|', '村里通了公交。', '每次来村里，他都要走访几户人家。', false, unwrapped, 'text'],
    // a report's first sentence wrapped short: it opens on its day and goes on after a comma
    ['7月6日，城南法庭法官向当事人送达', '全年结案三百余件。', '法律文书。', false, spaced18, 'text'],
    // exclamations part a headline's phrases, and a headline may open on a list of names
    [
      '守住“蓝天”！秸秆禁烧，全县在行动！',
      '村民纷纷点赞。',
      '连日来，各乡镇组织干部深入田间地头。',
      false,
      unwrapped,
      'headline',
    ],
    [
      '省、市记者采访团到城关镇集中采访',
      '活动持续三天。',
      '12月15日，省、市主要新闻单位的记者来到城关镇。',
      false,
      unwrapped,
      'headline',
    ],
    // at the top of a page with a blank line after every line: a line two short of the column
    ['城关镇召开森林防火工作部署会', undefined, '为全面做好冬春季森林防火工作，确保', false, spaced18, 'headline'],
    // the column's median runs short where lines print pinyin; the first paragraph's line is full
    [
      '城关镇召开秋冬季森林防火工作部署会',
      undefined,
      '按照全县秋冬季森林防火工作联（lián）席会',
      false,
      spaced18,
      'headline',
    ],
    // over a news lead, a headline even after a report cut off mid-sentence
    [
      '秋冬防火，检查组进村入户',
      '检查组要求加强预防措施和材料等',
      '本报讯（记者 王五）近日，县里组织检查。',
      false,
      unwrapped,
      'headline',
    ],
    // where the writer ended every line, over text that opens on its day, even after a comma
    [
      '王五到两县（市）调研秋粮收购工作',
      '将镇里的优质农产品推广到各地，',
      '8月2日，县政协副主席王五到三个乡镇调研秋粮收购工作。',
      false,
      unwrapped,
      'headline',
    ],
    // …not so in a column, where the line could be the paragraph's wrapped line
    [
      '王五到三个乡镇调研秋粮收购工作的情况',
      '将镇里的优质农产品推广到各地，',
      '8月2日，县政协副主席王五到乡镇。',
      false,
      spaced18,
      'unsure',
    ],
    // …but a list after a verb is a sentence's (002's `推动行业协会、龙头企业` | `党组织…`)
    ['推动行业协会、骨干企业', '实现全覆盖。', '党组织打造党建工作示范点', false, spaced18, 'text'],
  ] as const)('%s → %s', (line, before, after, afterWrapped, layout, verdict) => {
    expect(headlineEvidence(line, { before, after, afterWrapped, layout }).verdict).toBe(verdict);
  });
});

describe('which line of a headline run is the title', () => {
  it.each([
    ['日期：01-01', false],
    ['专栏：福建通讯', false],
    ['当前报纸名称：县日报', false],
    ['第3版（）', false],
    ['一版：要闻总第1982期 >2017-09-13编印', false],
    ['中共将乐县委通讯组 福建日报记者', false],
    ['《山城周报》—山城人自己的报纸', false],
    ['西藏：高原牧民冬日生活添“暖意”', true],
    ['助农增收促乡村振兴', true],
    ['县融媒网移动版', false],
  ])('%s → %s', (line, expected) => {
    expect(canBeTitle(line)).toBe(expected);
  });

  it('takes the longest line of a printed run, the first a site page sets as its title', () => {
    const run = ['秋粮颗粒归仓 农民笑在脸上', '东河镇组织农机合作社开展秋粮抢收作业并送粮到收储点'];
    expect(titleLine(run).title).toBe(run[1]);
    expect(titleLine(run, true).title).toBe(run[0]);
    // a site page's column label or widget left above the title is no title
    expect(titleLine(['经济民生', '• 国内', '东河镇举办农民丰收节'], true).title).toBe('东河镇举办农民丰收节');
    // a column head's label is its title; the date after it dates the column
    expect(titleLine(['简讯 2020年04月23日']).title).toBe('简讯');
    expect(titleLine(['我县召开2020年工作会议']).title).toBe('我县召开2020年工作会议');
    // a kicker leading on into the title with its dash, on any page
    expect(titleLine(['这里是东河——', '山乡巨变的一个样本'], true).title).toBe('山乡巨变的一个样本');
  });

  it('takes the headline, not the page fields stacked with it in a web copy', () => {
    const text = [
      '当前报纸名称：县日报',
      '',
      '农技培训进村组',
      '',
      '日期：01-01',
      '',
      '本报讯 入冬以来，全县“科技之冬”培训活动扎实展开。各乡镇紧密结合产业实际，组织农技人员进村入户。',
      '',
      '培训共举办二十余场，受益群众一千余人次。',
    ].join('\n');
    const [article] = normalizeText(text).articles;
    expect(article?.title).toBe('农技培训进村组');
  });
});

describe('a subtitle run onto the headline line', () => {
  it.each([
    ['奋力谱写新篇章 ——访区委书记王明', true],
    ['支部建在产业链上——记延寿县加信镇基层党建工作', true],
    ['转观念、稳基础———打造民心凝聚工程', false],
    ['助推产业，勇当乡村振兴排头兵', false],
  ])('%s → %s', (line, expected) => {
    expect(hasDashSubtitle(line)).toBe(expected);
  });

  it('opens a new piece at an interview headline after a feature, not a section of it', () => {
    const text = [
      '今日要闻',
      '要闻简报',
      '◆9月23日，我县召开农村饮水安全工作推进会。副县长出席，各乡镇分管负责同志参加会议。',
      '◆9月27日，我县召开护林防火工作安排会。副县长出席，各乡镇分管负责同志参加会议。',
      '◆9月27日，县侨联组织部分归侨侨眷开展联谊活动，实地观摩了重点项目建设情况。',
      '◆9月28日，县科协开展科普进社区活动，向居民发放宣传资料三百余份。',
      '奋力谱写高质量发展新篇章 ——访区委书记王明',
      '“我们将聚焦目标要求，紧扣工作部署，奋力谱写新篇章。”日前，区委书记王明在接受采访时说。',
      '走好构建现代产业之路。聚焦主导产业，深入实施三大行动，力争今年规上工业增加值增长8%。',
    ].join('\n\n');
    const titles = normalizeText(text).articles.map((a) => a.title);
    expect(titles).toContain('奋力谱写高质量发展新篇章 ——访区委书记王明');
  });
});

describe('kickers and the title line', () => {
  it.each([
    ['奋进新征程 建功新时代', true],
    ['关注民生', true],
    ['聚焦基层一线', true],
    ['秋收时节农时忙 巡回审判到农家', false],
    ['我县召开春季农业生产工作会议', false],
  ])('kicker %s → %s', (line, expected) => {
    expect(isKicker(line)).toBe(expected);
  });

  it.each([
    [['奋进新征程 建功新时代', '全力做好防汛工作', '——干部群众齐心协力'], '全力做好防汛工作'],
    [['县域新闻', '春耕简报'], '春耕简报'],
    [['日期：01-01', '农技培训进村组'], '农技培训进村组'],
    [['全力做好防汛工作'], '全力做好防汛工作'],
    [['关注民生'], '关注民生'],
    // a web page's copy of the title with its site added, and a note of the original title
    [['夜宿乡村话共富-城关网', '夜宿乡村话共富'], '夜宿乡村话共富'],
    [['原标题：绘就美丽乡村新画卷——全县人居环境整治回眸', '全县人居环境整治工作回眸'], '全县人居环境整治工作回眸'],
    [['原标题：大山深处的“巡回法庭”'], '大山深处的“巡回法庭”'],
    [['标题：区领导带队督查校园食品安全'], '区领导带队督查校园食品安全'],
  ])('%j → %s', (lines, expected) => {
    expect(titleLine(lines).title).toBe(expected);
  });
});

describe('the rest of a noun phrase cut by a line end', () => {
  it.each([
    ['村级集体经济，由县里统一规划。', true],
    ['因素，也是关键。', true],
    ['春分时节，走进城关镇老街村。', false],
    ['国庆来临之际，县里组织了慰问活动。', false],
  ])('%s → %s', (text, expected) => {
    expect(restOfNounPhrase(text, 16)).toBe(expected);
  });
});
