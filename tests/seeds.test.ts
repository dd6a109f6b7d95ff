// The seed clippings, read without front matter, against expectations checked by hand against
// the printed pages: articles found, headlines as printed, dates and places as stated.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeClipping } from '../src/normalize/index.ts';

const read = (name: string) => normalizeClipping({ path: `content/clippings/${name}`, bytes: fs.readFileSync(`content/clippings/${name}`) });

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

  it('003: a special page of 9 articles on 同江市, dated by the anniversary it marks', () => {
    const { articles } = read('tongjiang-75-zhounian-2024.txt');
    expect(articles.map((a) => a.title)).toEqual([
      '党建引领促发展 雁阵效应谱新篇', '抓实引育留用 激活人才动能', '选准“头雁”带“薄弱村”腾飞', '“新老帮带” 助力年轻村官快成长',
      '松绑减负 轻装上阵更高效', '激励关爱 齐心协力劲更足', '党群阵地聚人气 服务村民零距离', '抓好“头雁”实训 助力乡村振兴', '多向挂职锻炼 年轻干部快成长',
    ]);
    expect(articles.every((a) => a.date === '2024' && a.place === '同江市' && a.city === '佳木斯市')).toBe(true);
    expect(articles[0]!.byline).toEqual(['贺东旭 孙维焱 本报记者 刘大泳']);
    expect(articles.flatMap((a) => a.paragraphs).join('')).not.toMatch(/[,;:!?()](?=\p{Script=Han})/u);
  });

  it('000: headlines printed after their bodies go back to them', () => {
    const { articles, problems } = read('heilongjiang-ribao-yichun-2022.txt');
    expect(articles.map((a) => [a.title, a.subtitle, a.place])).toEqual([
      [expect.stringMatching(/^为有效提升农村干部综合素质/u), null, '铁力市'],
      ['“碳汇经济”专题培训举行', null, '伊春市'],
      ['嘉荫县上榜“国家卫生县城”', null, '嘉荫县'],
      ['轻基质网袋容器苗年产2000万袋', '伊春森工朗乡林业局公司', '伊春市'],
      ['落实四个体系完整链条给出答案', '伊春年度重点工作怎么干？', '伊春市'],
    ]);
    expect(articles.every((a) => a.date === '2022' && a.source === '黑龙江日报')).toBe(true);
    // the first article's headline is not on the page: said so, not invented
    expect(problems).toContainEqual(expect.objectContaining({ line: 1, severity: 'warning', message: expect.stringContaining('no headline') }));
  });
});
