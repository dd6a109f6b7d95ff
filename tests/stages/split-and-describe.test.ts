import { describe, expect, it } from 'vitest';
import { parsePrintedDate } from '../../src/normalize/describe/date.ts';
import { findPlace, resolvePlace } from '../../src/normalize/describe/place.ts';
import { keywordsOf } from '../../src/normalize/describe/keywords.ts';
import { normalizeText } from '../helpers.ts';

describe('splitting a clipping into articles', () => {
  it('keeps a report cut off mid-sentence apart from the headline of the next', () => {
    const text = [
      '新河镇举办农民丰收节',
      '9月23日，新河镇第三届农民丰收节在镇文化广场开幕，来自全镇的二百多户农民带来了自家的农产品。',
      '活动现场人头攒动，村民们一边选购，一边交流种植经验。村里的合作社每年单',
      '县工商联组织企业代表赴新河镇就产业帮扶项目落实情况开展调研',
      '4月25日，县工商联组织非公企业代表赴新河镇和东山乡开展调研，实地查看了产业帮扶项目的进展。',
      '调研组一行听取了两地的情况汇报，并就下一步工作进行了交流。',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
      ['新河镇举办农民丰收节', 2],
      ['县工商联组织企业代表赴新河镇就产业帮扶项目落实情况开展调研', 2],
    ]);
  });

  it('starts the next report at its headline when it opens on `近日，` after a report cut off mid-clause', () => {
    const text = [
      '新河镇举办农民丰收节',
      '9月23日，新河镇第三届农民丰收节在镇文化广场开幕，来自全镇的二百多户农民带来了自家的农产品。',
      '活动现场人头攒动，村民们一边选购，一边交流种植经验，不少外地游客的车辆也因为抛锚、被困',
      '巡查严防点火冒烟 山河县启动秸秆禁烧工作部署',
      '近日，随着秋收工作有序进行，山河县启动了秸秆禁烧工作部署，通过网格化管理，严防点火冒烟。',
      '各乡镇运用村广播、宣传横幅等方式，广泛宣传焚烧秸秆的危害。',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => a.title)).toEqual([
      '新河镇举办农民丰收节',
      '巡查严防点火冒烟 山河县启动秸秆禁烧工作部署',
    ]);
    expect(articles[0]!.paragraphs.at(-1)).toMatch(/被困$/u);
    expect(articles[1]!.paragraphs[0]).toMatch(/^近日，/u);
  });

  it('gives a headline printed after its body back to that article (000)', () => {
    const text = [
      '本报讯（黑龙江日报全媒体记者贾红路）2月 19日，由伊\n春市委市政府主办的“碳汇经济”专题培训会议举行。中国林\n科院分党组成员、副院长陈绍志作专题培训讲座。',
      '“碳汇经济”\n专题培训举行',
      '本报讯（王晓微 黑龙江日报全媒体记者贾红路）全国爱\n卫会日前发布2021年度国家卫生城镇复审结果通报，嘉荫县\n上榜，被确认为“国家卫生乡镇（县城）”。',
      '嘉荫县上榜\n“国家卫生县城”',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => a.title)).toEqual(['“碳汇经济”专题培训举行', '嘉荫县上榜“国家卫生县城”']);
    expect(articles[0]).toMatchObject({
      byline: ['黑龙江日报全媒体记者贾红路'],
      source: '黑龙江日报',
      place: '伊春市',
      city: '伊春市',
      province: '黑龙江省',
    });
    expect(articles[1]).toMatchObject({
      byline: ['王晓微 黑龙江日报全媒体记者贾红路'],
      place: '嘉荫县',
      city: '伊春市',
    });
    expect(articles[0]!.paragraphs[0]).toMatch(/^本报讯（黑龙江日报全媒体记者贾红路）2月19日，由伊春市委/);
  });

  it('keeps a photo caption over a news lead with it when the headline comes after the text', () => {
    const text = [
      '县长王立新察看晚稻长势。',
      '本报讯（通讯员 李华）连日来，通城县抢抓晴好天气收割晚稻。农机手们早出晚归，田间一派繁忙。',
      '截至目前，全县已收割晚稻八成以上。',
      '晚稻开镰 农机抢收',
      '县图书馆开展少儿阅读活动。11月3日，县图书馆邀请绘本作者走进馆内，为孩子们讲故事。',
      '活动吸引了两百余名家长和孩子参加。',
      '县图书馆开展少儿阅读活动',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => a.title)).toEqual(['晚稻开镰 农机抢收', '县图书馆开展少儿阅读活动']);
    expect(articles[0]!.place).toBe('通城县');
  });

  it('takes a title from the text after its lead, without the space that set the lead apart', () => {
    const [article] = normalizeText('廉江讯 全市晚稻喜获丰收。\n\n农技人员深入田间指导收割。').articles;
    expect(article!.title).toBe('全市晚稻喜获丰收');
  });

  it('reads kicker, title and □ byline (003)', () => {
    const text =
      '同江\n\n党建引领促发展 雁阵效应谱新篇\n\n□贺东旭 孙维焱 本报记者 刘大泳\n\n走进同江的村庄,村村都有产业项目,村集体经济蓬勃发展,蒸蒸日上。\n\n近年来,同江市在加强村级党组织带头人队伍建设上持续发力。\n';
    const [a] = normalizeText(text).articles;
    expect(a).toMatchObject({
      title: '党建引领促发展 雁阵效应谱新篇',
      subtitle: '同江',
      byline: ['贺东旭 孙维焱 本报记者 刘大泳'],
      place: '同江市',
      city: '佳木斯市',
    });
    expect(a!.paragraphs[0]).toBe('走进同江的村庄，村村都有产业项目，村集体经济蓬勃发展，蒸蒸日上。');
  });

  it('resumes a signed feature at its unsigned sections after a news sidebar, and starts a piece at a signed head (003)', () => {
    const text = [
      '党建引领促发展 雁阵效应谱新篇',
      '□贺东旭 孙维焱 本报记者 刘大泳',
      '近年来,同江市在加强村级党组织带头人队伍建设上持续发力。',
      '抓实引育留用 激活人才动能',
      '本报讯(孙爽 记者刘大泳)近年来,同江市加大政策引领、干部选用等方面倾斜力度。',
      '选准“头雁”带“薄弱村”腾飞',
      '着眼于乡村长远发展需要,同江市始终把加强村干部队伍建设作为乡村振兴的基础性工程。',
      '党员街巷长 热心来帮忙',
      '□张勇 本报记者 刘大泳',
      '在拉起河村,像康秀军这样的党员街巷长还有10名。',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.paragraphs.length, a.source])).toEqual([
      ['党建引领促发展 雁阵效应谱新篇', 3, '本报'],
      ['抓实引育留用 激活人才动能', 1, '本报'],
      ['党员街巷长 热心来帮忙', 1, '本报'],
    ]);
    expect(articles[0]!.paragraphs[1]).toBe('选准“头雁”带“薄弱村”腾飞');
    expect(articles[0]!.sectionHeads).toEqual([1]);
  });

  it('gives a piece with no headline its main clause as title, or its first words, and says so (000)', () => {
    const placed = normalizeText(
      '□孙永佳\n\n为有效提升农村干部综合素质和带领群众共同致富能力，锻造一批新时代基层干部队伍，铁力市谋划实施“村干部学历提升工程”，为推动乡村振兴提供坚强组织保证。\n',
    );
    expect(placed.articles[0]!.title).toBe('铁力市谋划实施“村干部学历提升工程”');
    expect(placed.problems).toContainEqual(
      expect.objectContaining({ line: 1, severity: 'warning', message: expect.stringContaining('no headline') }),
    );
    const unplaced = normalizeText(
      '为有效提升农村干部综合素质和带领群众共同致富能力，锻造一批新时代基层干部队伍，全面推进村干部学历提升工程。\n',
    );
    expect(unplaced.articles[0]!.title).toBe('为有效提升农村干部综合素质和带领群众共同致富能力，锻造一…');
  });

  it('reads a dash line under a headline as its subtitle, never as the title', () => {
    const a = normalizeText(
      '“我们村的路修好了”\n\n——记延寿县加信镇基层党建工作\n\n本报记者 张敏\n\n初夏时节，走进延寿县加信镇，一条条水泥路通到家家户户门口。\n',
    ).articles[0]!;
    expect(a).toMatchObject({
      title: '“我们村的路修好了”',
      subtitle: '——记延寿县加信镇基层党建工作',
      byline: ['本报记者 张敏'],
      place: '延寿县',
    });
    expect(a.paragraphs).toHaveLength(1);
  });

  it('splits a Markdown compilation at the headings its table of contents lists (004)', () => {
    const text = [
      '# 2021年各类工作综述合集',
      '（说明：本合集内容除原创外，全部整理自各级政府网站，严禁用于商业用途）',
      '# 目录',
      '1...2021 年麦积区民政工作综述\t4\n2...黄冈“三农”工作综述\t85',
      '# 2021 年麦积区民政工作综述',
      '2021-12-31',
      '今年是中国共产党成立 100 周年，麦积区民政工作始终践行“民政为民、民政爱民”的工作理念。',
      '## **一、巩固拓展兜底保障成果，全力助推乡村振兴发展**',
      '扎实开展农村低保专项治理巩固提升工作，保障困难群众基本生活。',
      '## 黄冈“三农”工作综述',
      '2021 年 12 月 21 日',
      '黄冈是农业大市，全年粮食总产量稳定在一定水平。',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.date, a.place, a.city, a.province])).toEqual([
      ['2021年麦积区民政工作综述', '2021-12-31', '麦积区', '天水市', '甘肃省'],
      ['黄冈“三农”工作综述', '2021-12-21', '黄冈市', '黄冈市', '湖北省'],
    ]);
    expect(articles[0]!.paragraphs).toContain('一、巩固拓展兜底保障成果，全力助推乡村振兴发展');
    const removed = articles[0]!.corrections.filter(
      (c) => c.kind === 'table-of-contents' || c.kind === 'not-an-article',
    );
    expect(removed.map((c) => c.before).join('')).toContain('严禁用于商业用途');
  });

  it('applies a masthead date to every article on the page (001)', () => {
    const text =
      '2022年6月29日 星期三\nE-mail:jizhebu2004@sina.com\n\n能力作风建设没有休止符\n\n林甸县委书记晋伟访谈\n\n记者：对林甸而言，能力作风建设主要向哪方面发力？晋伟：开展好机关活动，是推动林甸高质量发展的有力举措。\n\n林甸县人民法院 开展“五问五答” 打造满意“窗口”\n\n“能力作风建设年”活动开展以来，林甸县人民法院以问题为导向，推动落实“四个体系”。\n';
    const { articles } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.subtitle, a.date, a.place])).toEqual([
      ['能力作风建设没有休止符', '林甸县委书记晋伟访谈', '2022-06-29', '林甸县'],
      ['林甸县人民法院 开展“五问五答” 打造满意“窗口”', null, '2022-06-29', '林甸县'],
    ]);
  });
});

describe('signed pieces in a magazine (002)', () => {
  it('ends a piece at its author’s credit and gives a headline printed inside it to the next piece', () => {
    const text = [
      '以高质量党建引领基层组织高质量发展',
      '孙景钟',
      '党的十八大后，党中央树立大抓基层的鲜明导向，统筹推进各领域基层党组织建设。今年，永吉县将实施“强基筑垒”工程，建立健全新业态新',
      '做实党建引领基层治理\n切实增强城乡疫情防控组织力',
      '何玉国',
      '就业群体党建工作联席会议制度，强化提升县非公党工委功能作用。（作者为永吉县委常委、组织部部长）',
      '打赢疫情防控阻击战是对城乡基层治理能力的一次突击大考。舒兰市委积极提升党建引领基层治理能力和水平。（作者为舒兰市委常委、组织部部长）',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.byline, a.place])).toEqual([
      ['以高质量党建引领基层组织高质量发展', ['孙景钟', '（作者为永吉县委常委、组织部部长）'], '永吉县'],
      ['做实党建引领基层治理切实增强城乡疫情防控组织力', ['何玉国', '（作者为舒兰市委常委、组织部部长）'], '舒兰市'],
    ]);
    // the sentence the headline interrupted is whole again
    expect(articles[0]!.paragraphs[0]).toContain('建立健全新业态新就业群体党建工作联席会议制度');
    expect(articles[1]!.paragraphs).toEqual([
      '打赢疫情防控阻击战是对城乡基层治理能力的一次突击大考。舒兰市委积极提升党建引领基层治理能力和水平。',
    ]);
  });
});

describe('describe helpers', () => {
  it('keeps a date only as precise as printed', () => {
    expect(parsePrintedDate('2022年6月29日 星期三')).toBe('2022-06-29');
    expect(parsePrintedDate('2021 年 12 月 16 日')).toBe('2021-12-16');
    expect(parsePrintedDate('2021-12-31')).toBe('2021-12-31');
    expect(parsePrintedDate('2022年6月')).toBe('2022-06');
    expect(parsePrintedDate('2022年2月30日')).toBeNull();
  });

  it('resolves short and full place names with their city and province', () => {
    expect(resolvePlace('林甸')).toMatchObject({ name: '林甸县', city: '大庆市', province: '黑龙江省' });
    expect(resolvePlace('黄冈')).toMatchObject({ name: '黄冈市', level: 'city', province: '湖北省' });
    expect(findPlace('伊春年度重点工作怎么干？', ['伊春市委迅速制定实施办法。'])).toEqual({
      place: '伊春市',
      city: '伊春市',
      province: '黑龙江省',
    });
  });

  it('opens a piece at each speaker’s headline, even one with commas, and places none (002)', () => {
    const text = [
      '习近平：一个民族要走在时代前列，就一刻不能没有理论思维，一刻不能没有正确思想指引',
      '中国共产党为什么能，中国特色社会主义为什么好，归根到底是因为马克思主义行。',
      '———1月11日，在省部级主要领导干部学习贯彻党的十九届六中全会精神专题研讨班开班式上强调',
      '习近平：坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进',
      '总结运用党的百年奋斗历史经验，坚持党中央集中统一领导，坚持党要管党、全面从严治党。',
      '———1月18日，在十九届中央纪委六次全会上强调',
    ].join('\n\n');
    const { articles } = normalizeText(`${text}\n`);
    expect(articles.map((a) => [a.title, a.paragraphs.length, a.place])).toEqual([
      ['习近平：一个民族要走在时代前列，就一刻不能没有理论思维，一刻不能没有正确思想指引', 2, null],
      ['习近平：坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进', 2, null],
    ]);
  });

  it('reads an author body under a headline as its byline, and places the piece where the body is', () => {
    const page = '市委党的建设工作领导小组会议召开\n\n2月16日，吉林市委党的建设工作领导小组召开2022年第1次会议。\n\n';
    const county =
      '新时代培养锻炼年轻干部重要性的探索与研究\n\n永吉县委组织部\n\n实践锻炼是年轻干部提高治理能力的重要途径，龙潭区也有同样的做法。\n\n';
    const city =
      '关于在新形势下发展壮大村级集体经济的实践与思考\n\n市委组织部组织三处\n\n发展壮大村级集体经济是关系农村经济发展的大事，磐石市、蛟河市的经验值得推广，磐石市做得最早。\n';
    const { articles } = normalizeText(page + county + city);
    expect(articles.slice(-2).map((a) => [a.title, a.subtitle, a.byline, a.place])).toEqual([
      ['新时代培养锻炼年轻干部重要性的探索与研究', null, ['永吉县委组织部'], '永吉县'],
      ['关于在新形势下发展壮大村级集体经济的实践与思考', null, ['市委组织部组织三处'], '吉林市'],
    ]);
  });

  it('names no place for a national piece', () => {
    expect(findPlace('中国石化“十三五”品牌建设工作综述', ['中国石化坚持以品牌建设为引领，品牌价值持续提升。'])).toEqual(
      { place: null, city: null, province: null },
    );
    // a survey that goes round the provinces (004: 共青团实施乡村振兴青春建功行动工作综述)
    const survey = [
      '在天津，农村青年文化建设不断丰富。团天津市委深入挖掘农村地区资源。',
      '团新疆区委面向社会领域开办免费夜校网课班。',
      '团北京市委完成全市3600个村和社区领域团支部的整改。',
      '湖南是精准扶贫首倡地，湖南共青团着力培养农村青年致富带头人。',
      '前不久，共青团中央在湖南郴州召开乡村振兴青春建功行动交流推进会。',
    ];
    expect(findPlace('共青团实施乡村振兴青春建功行动工作综述', survey).place).toBeNull();
    expect(findPlace('乡村振兴青春建功行动工作综述', survey.slice(3)).place).toBe('郴州市');
  });

  it('picks keywords without the genre’s stock words', () => {
    const words = keywordsOf('轻基质网袋容器苗年产2000万袋', [
      '伊春森工朗乡林业局公司成功建立轻基质网袋育苗工厂化生产体系，推动工作发展建设。',
    ]);
    expect(words).toContain('网袋');
    expect(words).not.toContain('工作');
    expect(words).not.toContain('发展');
  });

  it('reads keywords from the title and the body’s opening, up to a budget', () => {
    const lead = '春耕时节，绥棱县农机合作社组织农机手检修播种机，备足种子化肥。';
    const tail = '会议期间，代表们参观了省城的冰雪雕塑博览会，观看冰雪雕塑和冰雪雕塑展演。';
    const paragraphs = [lead, tail];
    expect(keywordsOf('绥棱春耕备耕忙', paragraphs, 6, Infinity)).toEqual(expect.arrayContaining(['冰雪', '雕塑']));
    const short = keywordsOf('绥棱春耕备耕忙', paragraphs, 6, lead.length + 5);
    expect(short).toContain('农机手');
    expect(short).not.toContain('冰雪');
    expect(short).not.toContain('雕塑');
  });
});

describe('reading what the page says as a whole', () => {
  it('splits short items under a locality heading, each placed there (002)', () => {
    const text = [
      '全市组织工作动态',
      '永吉县',
      '完成全年发展党员档案审核工作。为提高对党员档案重要性的认识，1月5日起，永吉县利用1个月时间对全县党员档案进行审核。',
      '组建全县新业态派驻党支部。1月5日，美团工会永吉站组建了全县第一个新业态和新就业群体派驻党支部。',
      '舒兰市',
      '做实网格提升基层治理精细化水平。舒兰市不断强化智慧支撑，将政务服务便民热线接入平台。',
    ].join('\n\n');
    const { articles, problems } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.place, a.city])).toEqual([
      ['完成全年发展党员档案审核工作', '永吉县', '吉林市'],
      ['组建全县新业态派驻党支部', '永吉县', '吉林市'],
      ['做实网格提升基层治理精细化水平', '舒兰市', '吉林市'],
    ]);
    expect(problems.filter((p) => /no headline/.test(p.message))).toEqual([]);
  });

  it('reads one report under each locality heading when its text does not open as items', () => {
    const text = [
      '蛟河市',
      '近日，蛟河市开展冬季森林防火检查，督查组深入各林场查看防火设施。',
      '检查组要求各单位压实责任，确保不发生森林火灾。',
      '各林场负责人表示，将加强巡查，严防死守。',
      '目前，全市已设立防火检查站12处。',
      '舒兰市',
      '冬日的舒兰，冷冽的空气里藏着热闹。村民们在文化广场上看秧歌、写春联。',
      '驻村第一书记王明说，今年村里的集体收入又翻了一番。',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    // the place is no headline: each report is titled from its text
    expect(articles.map((a) => [a.title, a.paragraphs.length, a.place])).toEqual([
      ['蛟河市开展冬季森林防火检查', 4, '蛟河市'],
      ['冬日的舒兰，冷冽的空气里藏着热闹', 2, '舒兰市'],
    ]);
  });

  it('gives a column label to the headline it stands over, after the end of a piece cut short (002)', () => {
    const text = [
      '制度，2015年，市委召开定期综合议党会议2次，专题议党会议22次，研究推进基层党建工作。',
      '以问题为导向，推进“三严三实”',
      '卷 首 语',
      '以史为鉴 开创未来',
      '风雨兼程百年路，不忘初心再出发。党的十九届六中全会审议通过了历史决议。',
    ].join('\n\n');
    const { articles, problems } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.subtitle, a.paragraphs.length])).toEqual([
      ['以问题为导向，推进“三严三实”', null, 1],
      ['以史为鉴 开创未来', '卷首语', 1],
    ]);
    // the editor is told the first piece lacks its beginning
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 1,
        severity: 'warning',
        message: expect.stringContaining('starts mid-sentence'),
      }),
    );
  });

  it('opens the next piece with an editor’s note printed between pieces (002)', () => {
    const text = [
      '从“心”出发，驻村为振兴带来新变化',
      '孙 岩',
      '新年方过，盘算着驻村也已半年有余。（作者为船营区大绥河镇太平岭村第一书记）',
      '编者按：本期继续摘录了六名第一书记和驻村队员工作日记，供学习交流。',
      '乡村振兴路上的“追梦人”',
      '陈贺喜',
      '2021年7月，我来到新立村任第一书记。（作者为永吉县万昌镇新立村第一书记）',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.paragraphs[0]])).toEqual([
      ['从“心”出发，驻村为振兴带来新变化', '新年方过，盘算着驻村也已半年有余。'],
      ['乡村振兴路上的“追梦人”', '编者按：本期继续摘录了六名第一书记和驻村队员工作日记，供学习交流。'],
    ]);
  });

  it('keeps a point of an item that lists its points with the item (002)', () => {
    const text = [
      '磐石市',
      '开展“三早”行动。去年12月下旬以来，磐石市变“冬闲为冬忙”，提早谋划集体经济发展。狠抓“三资”清理。抽调精干力量，组成交叉互检组。强化人才引进。利用元旦春节各类人才回乡探亲访友机会，吸引优秀人才返乡创业。',
      '扎实谋划项目。目前，2022年共谋划集体经济发展项目601个。',
      '召开党史学习教育总结会议。1月24日，磐石市召开党史学习教育总结会议。',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => [a.title, a.paragraphs.length, a.place])).toEqual([
      ['开展“三早”行动', 2, '磐石市'],
      ['召开党史学习教育总结会议', 1, '磐石市'],
    ]);
  });

  it('takes the year a page also names by its zodiac animal, and no more', () => {
    const text =
      '伊春年度重点工作怎么干？\n\n虎年的钟声犹在耳畔，伊春市委市政府在春节假期就以“开年就开跑”的状态奋进。会上宣布2022年为伊春市“能力作风建设年”，2021年成绩显著。\n';
    expect(normalizeText(text).articles[0]!.date).toBe('2022');
    const noZodiac =
      '伊春年度重点工作怎么干？\n\n伊春市委市政府会上宣布2022年为伊春市“能力作风建设年”，2021年成绩显著。\n';
    expect(normalizeText(noZodiac).articles[0]!.date).toBeNull();
  });

  it('dates a report opening on a day without its year in the year the page gives itself, and no other way', () => {
    const page = '虎年的钟声犹在耳畔，会上宣布2022年为伊春市“能力作风建设年”。\n\n';
    const lead = '本报讯（黑龙江日报全媒体记者贾红路）2月 19日，由伊春市委市政府主办的“碳汇经济”专题培训会议举行。\n';
    expect(normalizeText(page + lead).articles.at(-1)!.date).toBe('2022-02-19');
    expect(normalizeText(page + lead.replace('2月 19日', '去年12月 28日')).articles.at(-1)!.date).toBe('2021-12-28');
    // with no year of its own on the page, a day is no date; a printed page date wins over it
    expect(normalizeText(lead).articles[0]!.date).toBeNull();
    expect(normalizeText(`2022年2月21日 星期一\n\n${lead}`).articles[0]!.date).toBe('2022-02-21');
  });

  it('reads the date a news lead opens with', () => {
    const text = '成都举办科技成果展\n\n2023年5月12日，第十届科技成果展在四川省成都市开幕，吸引了众多市民参观。\n';
    expect(normalizeText(text).articles[0]).toMatchObject({ date: '2023-05-12', place: '成都市', province: '四川省' });
  });
});

describe('lines that open a paragraph without a blank line before them', () => {
  it('starts a new article at a 本报讯 lead inside a block, and keeps indented paragraphs apart (000)', () => {
    const text = [
      '书记荣誉评选、奖励资金、绩效补贴等\n待遇，8 名村党组书记荣获优秀共产党\n员称号。\n 本报讯（黑龙江日报全媒体记者贾红路）2月 19日，由伊\n春市委市政府主办的“碳汇经济”专题培训会议举行。',
      '“碳汇经济”\n专题培训举行',
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => a.title)).toEqual([
      '书记荣誉评选、奖励资金、绩效补贴等待遇，8名村党组书记荣…',
      '“碳汇经济”专题培训举行',
    ]);
    expect(articles[0]!.paragraphs).toEqual([
      '书记荣誉评选、奖励资金、绩效补贴等待遇，8名村党组书记荣获优秀共产党员称号。',
    ]);
    expect(articles[1]!.paragraphs[0]).toMatch(/^本报讯/);
  });

  it('dates a page by the anniversary it celebrates', () => {
    const text =
      '大美中国 现代龙江 庆祝新中国成立75周年特别报道\n\n同江市85个农村基层党组织、500多名村干部的努力，让村集体经济蓬勃发展，2020年以来成效显著。\n';
    expect(normalizeText(text).articles[0]!.date).toBe('2024');
  });
});

describe('the scope a headline names', () => {
  it('places a 全市 report at the city, not at one of its counties', () => {
    const body = [
      '延安市坚持以党的创新理论武装头脑，志丹县、宝塔区宣讲活动扎实开展。',
      '志丹县组织宣讲团深入乡村，延安市各县区同步推进，志丹县成效明显。',
    ];
    expect(findPlace('2021年全市宣传思想文化工作综述', body)).toEqual({
      place: '延安市',
      city: '延安市',
      province: '陕西省',
    });
    expect(findPlace('宣传思想文化工作综述', body).place).toBe('志丹县');
  });
});
