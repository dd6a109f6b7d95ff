// The seed clippings, read without front matter, against expectations checked by hand against
// the printed pages: articles found, headlines as printed, dates and places as stated.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeClipping } from '../src/normalize/index.ts';

const read = (name: string) =>
  normalizeClipping({ path: `content/clippings/${name}`, bytes: fs.readFileSync(`content/clippings/${name}`) });

describe('seed clippings', () => {
  it('004: the 28 reports its table of contents lists, each with its printed date', () => {
    const { articles } = read('gongzuo-zongshu-2021.txt');
    expect(articles.map((a) => [a.title, a.date])).toEqual([
      ['2021年麦积区民政工作综述', '2021-12-31'],
      ['2021年山西省经济工作综述', '2021-12-16'],
      ['2021年全市宣传思想文化工作综述', '2021-12-17'],
      ['2021年广安市经济工作亮点综述', '2021-12-29'],
      ['北安市人大常委会五年工作综述', '2021-12-30'],
      ['郴州市河长制五年工作综述', '2021-12-29'],
      ['达州创建全国文明城市工作综述', '2021-12-15'],
      ['共青团实施乡村振兴青春建功行动工作综述', '2021-11-22'],
      ['贵溪市教育城乡融合工作综述', '2021-12-29'],
      ['黑河市第六届人大五年工作综述', '2021-12-29'],
      ['呼和浩特市总工会2021年工作综述', '2021-12-13'],
      ['黄冈“三农”工作综述', '2021-12-21'],
      ['建始县政协五年工作综述', '2021-11-05'],
      ['金昌市深入开展党史学习教育工作综述', '2021-12-30'],
      ['娄底市城管局2021年工作综述', '2021-12-30'],
      ['庆阳市项目建设工作综述', '2021-12-29'],
      ['山南市强基础惠民生工作综述', '2021-12-14'],
      ['山西省职业能力建设工作综述', '2021-12-30'],
      ['构筑“强磁场” 提升“软环境”', '2021-12-31'],
      ['渭南市交通运输工作高质量发展综述', '2021-12-31'],
      ['五大连池市人大常委会五年工作综述', '2021-12-30'],
      ['湘潭市人才工作综述', '2021-12-28'],
      ['湘潭市司法局2021年工作综述', '2021-12-31'],
      ['新时代山东人才工作综述', '2021-12-29'],
      ['宣城市检察院深入开展队伍建设工作总结', '2021-12-30'],
      ['永州市五届人大常委会工作综述', '2021-12-29'],
      ['张家口市加快志愿服务工作综述', '2021-12-31'],
      ['中国石化“十三五”品牌建设工作综述', '2021-12-16'],
    ]);
    const placed = Object.fromEntries(articles.map((a) => [a.title, [a.place, a.city, a.province]]));
    expect(placed['黄冈“三农”工作综述']).toEqual(['黄冈市', '黄冈市', '湖北省']);
    expect(placed['2021年麦积区民政工作综述']).toEqual(['麦积区', '天水市', '甘肃省']);
    expect(placed['新时代山东人才工作综述']).toEqual(['山东省', null, '山东省']);
    expect(placed['中国石化“十三五”品牌建设工作综述']).toEqual([null, null, null]);
    expect(placed['共青团实施乡村振兴青春建功行动工作综述']).toEqual([null, null, null]); // goes round the provinces
    // the dash line under the heading is its subtitle, and says where
    expect(placed['构筑“强磁场” 提升“软环境”']).toEqual(['石家庄市', '石家庄市', '河北省']);
    expect(articles.find((a) => a.title === '构筑“强磁场” 提升“软环境”')!.subtitle).toBe(
      '——石家庄市持续优化经济发展环境工作综述',
    );
    const body = articles.flatMap((a) => a.paragraphs).join('\n');
    expect(body).not.toMatch(/严禁抄袭|目录|1\.\.\.2021/u); // the disclaimer and contents are not articles
  });

  it('001: one page dated by its masthead, about 林甸县', () => {
    const { articles } = read('lindian-2022-06-29.txt');
    expect(articles.map((a) => [a.title, a.subtitle, a.date, a.place, a.city])).toEqual([
      ['能力作风建设没有休止符', '林甸县委书记晋伟访谈', '2022-06-29', '林甸县', '大庆市'],
      ['林甸 能力作风建设走深走实', '踏石留印 抓铁有痕', '2022-06-29', '林甸县', '大庆市'],
      ['从脱贫到奔富的两大法宝', '林甸', '2022-06-29', '林甸县', '大庆市'],
      ['林甸县人民法院 开展“五问五答” 打造满意“窗口”', null, '2022-06-29', '林甸县', '大庆市'],
    ]);
    expect(articles.every((a) => a.source === '黑龙江日报')).toBe(true);
    const body = articles.flatMap((a) => a.paragraphs).join('\n');
    expect(body).not.toContain('E-mail');
    expect(body).toContain('研讨发言56人次，研讨文章汇编成册');
    expect(body.split('付出如愿换来了回报。').length - 1).toBe(1); // the repeated block is gone
  });

  it('003: a special page of 6 articles on 同江市, dated by the anniversary it marks', () => {
    const { articles } = read('tongjiang-75-zhounian-2024.txt');
    expect(articles.map((a) => [a.title, a.byline])).toEqual([
      ['党建引领促发展 雁阵效应谱新篇', ['贺东旭 孙维焱 本报记者 刘大泳']],
      ['抓实引育留用 激活人才动能', ['孙爽 记者刘大泳']],
      ['党员街巷长 热心来帮忙', ['张勇 本报记者 刘大泳']],
      ['党群阵地聚人气 服务村民零距离', ['李佩环 记者刘大泳']],
      ['抓好“头雁”实训 助力乡村振兴', ['吴宇 记者刘大泳']],
      ['多向挂职锻炼 年轻干部快成长', ['王婧 记者刘大泳']],
    ]);
    // the feature's four unsigned sections follow the 本报讯 sidebar printed inside it
    const sections = [
      '选准“头雁”带“薄弱村”腾飞',
      '“新老帮带” 助力年轻村官快成长',
      '松绑减负 轻装上阵更高效',
      '激励关爱 齐心协力劲更足',
    ];
    expect(articles[0]!.paragraphs.filter((p) => sections.includes(p))).toEqual(sections);
    expect(
      articles.every((a) => a.date === '2024' && a.place === '同江市' && a.city === '佳木斯市' && a.source === '本报'),
    ).toBe(true);
    expect(articles.flatMap((a) => a.paragraphs).join('')).not.toMatch(/[,;:!?()](?=\p{Script=Han})/u);
  });

  it('000: headlines printed after their bodies go back to them', () => {
    const { articles, problems } = read('heilongjiang-ribao-yichun-2022.txt');
    expect(articles.map((a) => [a.title, a.subtitle, a.place])).toEqual([
      // no headline on the page: the first sentence's main clause stands in, with a warning
      ['铁力市谋划实施“村干部学历提升工程”', null, '铁力市'],
      ['“碳汇经济”专题培训举行', null, '伊春市'],
      ['嘉荫县上榜“国家卫生县城”', null, '嘉荫县'],
      ['轻基质网袋容器苗年产2000万袋', '伊春森工朗乡林业局公司', '伊春市'],
      ['落实四个体系完整链条给出答案', '伊春年度重点工作怎么干？', '伊春市'],
    ]);
    // the page's year is the one it calls 虎年; a report opening on `2月 19日` is of that day
    expect(articles.map((a) => a.date)).toEqual(['2022', '2022-02-19', '2022', '2022', '2022']);
    expect(articles.every((a) => a.source === '黑龙江日报')).toBe(true);
    // the first article's headline is not on the page: said so, not invented
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 1, severity: 'warning', message: expect.stringContaining('no headline') }),
    );
  });

  it('002: a magazine issue — news items under locality labels, signed pieces, national pieces unplaced', () => {
    const { articles } = read('jilin-shi-zuzhi-gongzuo-2022.txt');
    // every piece printed in the issue, read by hand: headline (its lines joined) and place
    const printed: Array<[string, string | null]> = [
      ['以史为鉴 开创未来', null],
      ['习近平：继续把党史总结学习教育宣传引向深入更好把握和运用党的百年奋斗历史经验', null],
      ['习近平：一个民族要走在时代前列，就一刻不能没有理论思维，一刻不能没有正确思想指引', null],
      ['习近平：坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进', null],
      ['陈希：着力推动组织工作高质量发展以实际行动迎接党的二十大胜利召开', null],
      ['市委常委扩大会议暨2021年度县（市）区党（工）委书记抓基层党建工作述职评议会议召开', '吉林市'],
      ['市委党的建设工作领导小组会议召开', '吉林市'],
      ['市人才工作领导小组会议召开', '吉林市'],
      ['全市组织部长会议召开', '吉林市'],
      ['完成全年发展党员档案审核工作', '永吉县'],
      ['组建全县新业态派驻党支部', '永吉县'],
      ['开展“五星级”乡村党组织初次评定交叉互检', '永吉县'],
      ['举办“春风行动”现场招聘会', '永吉县'],
      ['做实网格提升基层治理精细化水平', '舒兰市'],
      ['发展壮大村级集体经济', '舒兰市'],
      ['开展2022年领导干部报告个人有关事项工作专题培训', '舒兰市'],
      ['大力发现培养选拔年轻干部', '舒兰市'],
      ['有序开展“五星级”乡村党组织创建工作', '磐石市'],
      ['召开党史学习教育总结会议', '磐石市'],
      ['深入开展老干部走访慰问活动', '磐石市'],
      ['开展“三早”行动', '磐石市'],
      ['新站镇灵芝基地建设正式开工', '蛟河市'],
      ['开展全市住宅小区物业服务大走访大排查活动', '蛟河市'],
      ['开展全市 BTX建设工作督导检查', '蛟河市'],
      ['拉法街拉法村召开村党支部领办合作社分红大会', '蛟河市'],
      ['授予启新街道向阳社区首批省级服务离退休干部新型社区称号', '桦甸市'],
      ['吉林市委组织部调研组来桦开展抓党建促乡村振兴专题调研', '桦甸市'],
      ['中晟信用融资担保有限公司“输血”“造血”“活血”倾力帮扶', '桦甸市'],
      ['吉林市中心医院“真”帮扶促振兴', '桦甸市'],
      ['扎实开展2021年度“五星级”乡村党组织考核评定工作', '船营区'],
      ['市委组织部联合调研组到船营区开展抓党建促乡村振兴工作专题调研', '船营区'],
      ['开展“品牌聚能 红动船营”城市基层党建品牌策划展示交流活动', '船营区'],
      ['聚力盯紧抓党建促乡村振兴工作', '船营区'],
      ['区委组织部开展春节走访慰问活动', '昌邑区'],
      ['开展新业态新就业群体调研工作', '昌邑区'],
      ['完成全区五星级乡村党组织2021年度初次评星定级工作', '昌邑区'],
      ['创建组织工作宣传新平台', '龙潭区'],
      ['制定2022年村镇两级发展规划', '龙潭区'],
      ['开展“五星级”乡村党组织初次评定', '龙潭区'],
      ['召开执法力量下沉第二次对接工作会议', '龙潭区'],
      ['组织开展走访慰问活动', '丰满区'],
      ['开展“转作风、勇担当、开新局”作风建设专项行动', '丰满区'],
      ['深入推动行政执法力量下沉', '丰满区'],
      ['开展培育发展“专精特新”企业调研活动', '丰满区'],
      ['以高质量党建引领基层组织高质量发展', '永吉县'],
      ['做实党建引领基层治理切实增强城乡疫情防控组织力', '舒兰市'],
      ['深入实施“五项行动”对标对表推动组织工作高质量发展', '蛟河市'],
      ['“矢志不渝”走好新时代赶考之路', '船营区'],
      ['聚焦扩面提质推动昌邑两新党建工作迈上新台阶', '昌邑区'],
      ['从“心”出发，驻村为振兴带来新变化', '船营区'],
      ['乡村振兴路上的“追梦人”', '永吉县'],
      ['一心一意为民想 乡村振兴谱新篇', '桦甸市'],
      ['用心帮扶 真情驻村', '磐石市'],
      ['抓好村级发展 助力乡村振兴', '永吉县'],
      ['让青春在乡村振兴中绽放', '船营区'],
      ['新时代培养锻炼年轻干部重要性的探索与研究', '永吉县'],
      ['发挥“邻里支部 小区管家”作用推进党建引领基层治理现代化', '龙潭区'],
      ['关于在新形势下发展壮大村级集体经济的实践与思考', '吉林市'],
      ['党建引领新业态高质量发展', '吉林市'],
    ];
    const found = new Map(articles.map((a) => [a.title, a]));
    const right = printed.filter(([title, place]) => found.get(title)?.place === place);
    expect(right.length / printed.length).toBeGreaterThanOrEqual(0.95);
    // the signed pieces end at their author's credit, which is kept as a byline
    expect(found.get('“矢志不渝”走好新时代赶考之路')!.byline).toEqual(['王 莉', '（作者为船营区委常委、组织部部长）']);
    expect(articles.every((a) => a.date === '2022' && (a.place === null || a.city === '吉林市'))).toBe(true);
    // nothing split off that was never printed as a piece, but the end of one from the page
    // before, whose headline follows it (`以问题为导向，推进“三严三实”`)
    expect(articles.filter((a) => !printed.some(([title]) => title === a.title)).map((a) => a.title)).toEqual([
      '以问题为导向，推进“三严三实”',
    ]);
    // an editor's note opens the piece printed under it; a column label is its headline's kicker
    expect(found.get('从“心”出发，驻村为振兴带来新变化')!.paragraphs[0]).toMatch(/^编者按：/u);
    expect(found.get('以史为鉴 开创未来')!.subtitle).toBe('卷首语');
    expect(found.get('新时代培养锻炼年轻干部重要性的探索与研究')!.byline).toEqual(['永吉县委组织部']);
  });
});
