// News texts laid out the way other papers, agencies and government sites print them (written
// for these tests in those formats; none of it comes from the seed files): the place and date
// named in the text must be found, and nothing else invented.
import { describe, expect, it } from 'vitest';
import { normalizeText } from './helpers.ts';

const first = (text: string) => normalizeText(text).articles[0]!;

describe('news from other sources', () => {
  it('reads an agency lead: source, byline, place; no date without a year', () => {
    const a = first('新华社北京3月5日电（记者 张旭东 王琳琳）十四届全国人大一次会议5日上午在人民大会堂开幕。\n');
    expect(a).toMatchObject({
      source: '新华社',
      byline: ['记者 张旭东 王琳琳'],
      place: '北京市',
      province: '北京市',
      date: null,
    });
    expect(a.title).toBe('十四届全国人大一次会议5日上午在人民大会堂开幕');
  });

  it('reads a paper’s own dateline and a credit printed without brackets', () => {
    expect(
      first(
        '贵州加快建设数字经济发展创新区\n\n本报贵阳6月1日电（记者 苏滨）记者从贵州省大数据发展管理局获悉，今年前4个月，贵州数字经济增速保持全国前列。\n',
      ),
    ).toMatchObject({ byline: ['记者 苏滨'], source: '本报', place: '贵州省' });
    expect(
      first('春耕时节农事忙\n\n本报讯 记者 张三 报道：连日来，桦南县广大农民抢抓农时，全力推进春耕生产。\n'),
    ).toMatchObject({ byline: ['记者 张三'], place: '桦南县', city: '佳木斯市' });
  });

  it('places an agency report where its text says, not where it was filed', () => {
    const a = first(
      '新华社北京6月1日电（记者 王琦）记者1日从国家林草局获悉，四川省卧龙国家级自然保护区今年新监测到大熊猫野外活动痕迹。\n',
    );
    expect(a).toMatchObject({ source: '新华社', place: '四川省', province: '四川省' });
    expect(
      first('人民网成都6月12日电 记者从四川省应急管理厅获悉，12日凌晨，阿坝州马尔康市发生4.2级地震。\n'),
    ).toMatchObject({ place: '马尔康市', city: '阿坝藏族羌族自治州' });
  });

  it('reads a provincial paper’s 讯 lead and the county named with its city', () => {
    const a = first(
      '湖北日报讯（记者 刘洋 通讯员 张华）2024年1月18日，黄冈市蕲春县举行重大项目集中开工仪式，共有56个项目开工。\n',
    );
    expect(a).toMatchObject({
      source: '湖北日报',
      byline: ['记者 刘洋 通讯员 张华'],
      date: '2024-01-18',
      place: '蕲春县',
      city: '黄冈市',
      province: '湖北省',
    });
  });

  it('takes date and paper from a masthead line that names the paper', () => {
    const a = first(
      '浙江日报 2023年10月9日 星期一\n\n安吉白茶迎来丰收季\n\n记者 陈佳\n\n国庆假期刚过，安吉县溪龙乡的茶园里一片繁忙景象。\n',
    );
    expect(a).toMatchObject({
      title: '安吉白茶迎来丰收季',
      source: '浙江日报',
      date: '2023-10-09',
      place: '安吉县',
      city: '湖州市',
      province: '浙江省',
    });
  });

  it('keeps one paragraph per line when the text was not wrapped at a column', () => {
    const a = first(
      '龙沙区召开优化营商环境推进会\n\n本报讯 (记者 李明 通讯员 王芳) 2023年3月15日，齐齐哈尔市龙沙区召开优化营商环境工作推进会议，总结2022年工作，部署今年重点任务。\n会议要求，各部门要提高政治站位，持续深化“放管服”改革，以更优环境服务市场主体。\n',
    );
    expect(a.paragraphs).toHaveLength(2);
    expect(a).toMatchObject({
      byline: ['记者 李明 通讯员 王芳'],
      source: '本报',
      date: '2023-03-15',
      place: '龙沙区',
      city: '齐齐哈尔市',
    });
  });
});

describe('a page of several reports, and credits where papers print them', () => {
  it('splits a page of short reports under their headlines, each dated by the masthead', () => {
    const { articles } = normalizeText(
      '南通日报 2024年3月8日 星期五 第2版\n\n海门区举办春季招聘会\n\n本报讯（记者 陈静）3月7日，海门区春季大型招聘会在区人力资源市场举行，260家企业提供岗位6000余个。\n\n如东县推进海上风电项目\n\n本报讯（通讯员 王海 记者 刘军）近日，如东县海上风电H15项目完成首台风机吊装。\n\n启东市开展植树活动\n\n本报讯 3月6日，启东市组织机关干部开展义务植树活动，栽植各类苗木3000余株。\n',
    );
    expect(articles.map((a) => [a.title, a.byline, a.source, a.date, a.place])).toEqual([
      ['海门区举办春季招聘会', ['记者 陈静'], '南通日报', '2024-03-08', '海门区'],
      ['如东县推进海上风电项目', ['通讯员 王海 记者 刘军'], '南通日报', '2024-03-08', '如东县'],
      ['启东市开展植树活动', [], '南通日报', '2024-03-08', '启东市'],
    ]);
  });

  it('keeps an unsigned brief after a signed report and a 讯 report apart from both', () => {
    const text = [
      '宁波日报 2024年5月20日 星期一',
      '象山县开渔节筹备工作启动',
      '记者 王海',
      '5月19日，象山县召开第二十七届中国开渔节筹备工作会议，部署各项筹备任务。',
      '会议要求，各部门要细化方案、压实责任，确保开渔节安全有序。',
      '余姚市杨梅迎来丰收季',
      '本报讯（通讯员 李娜）眼下，余姚市梁弄镇的杨梅进入采摘期，预计总产量可达8000吨。',
      '今年杨梅品质好、个头大，每斤收购价在20元左右。',
      '慈溪市举办人才招聘会',
      '5月18日，慈溪市人才市场举办春季人才招聘会，吸引280家企业参会，提供岗位5000余个。',
    ].join('\n');
    expect(normalizeText(text).articles.map((a) => [a.title, a.byline, a.paragraphs.length, a.place])).toEqual([
      ['象山县开渔节筹备工作启动', ['记者 王海'], 2, '象山县'],
      ['余姚市杨梅迎来丰收季', ['通讯员 李娜'], 2, '余姚市'],
      ['慈溪市举办人才招聘会', [], 1, '慈溪市'],
    ]);
  });

  it('reads a 文/图 byline, a closing source line and a closing bracketed credit', () => {
    const a = first(
      '小山村的“共富经”\n\n文/图 本报记者 王芳\n\n走进安吉县鲁家村，一幢幢白墙黛瓦的民宿错落有致。\n\n“以前村里穷，现在日子好了。”村民老李说。\n\n来源：湖州日报\n',
    );
    expect(a).toMatchObject({ byline: ['文/图 本报记者 王芳'], source: '湖州日报', place: '安吉县', city: '湖州市' });
    expect(a.paragraphs).toHaveLength(2);
    const b = first(
      '我市召开安全生产工作会议\n\n2月20日，临沂市召开全市安全生产工作会议，部署节后复工复产安全生产工作。\n\n会议要求，各级各部门要压紧压实安全生产责任。\n\n（记者 张磊 通讯员 李娜）\n',
    );
    expect(b).toMatchObject({ byline: ['（记者 张磊 通讯员 李娜）'], place: '临沂市', date: null });
    expect(b.paragraphs).toHaveLength(2);
  });
});

describe('news copied from a web page', () => {
  it('reads the site’s information line for date and source, and keeps it out of the text', () => {
    const { articles } = normalizeText(
      [
        '县领导看望出席“两会”代表委员',
        '日期:2025-12-25 20:36 来源:两会报道组 字体:[ 大 中 小 ] 关闭窗口',
        '12月25日上午，县委书记陈栋，县委副书记、代县长李恒看望出席南漳县第十九届人民代表大会第五次会议的人大代表。',
        '代表、委员们表示，一定以对党和人民高度负责的精神认真履职尽责，集中精力圆满完成会议各项议程。',
        '责编:王云贵 审核:陈 鑫',
      ].join('\n'),
    );
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect(a).toMatchObject({
      title: '县领导看望出席“两会”代表委员',
      date: '2025-12-25',
      source: '两会报道组',
      place: '南漳县',
      city: '襄阳市',
      province: '湖北省',
    });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs.join('')).not.toMatch(/日期|责编/);
    expect(a.corrections.filter((c) => c.kind === 'furniture:web-metadata')).toHaveLength(2);
  });

  it('drops a page label line (第01版:头版)', () => {
    const a = first(
      '第01版:头版\n\n县政府全体会议召开\n\n本报讯 (记者 钱敏) 9月2日，龙游县政府第二次全体(扩大)会议召开。\n',
    );
    expect(a).toMatchObject({
      title: '县政府全体会议召开',
      byline: ['记者 钱敏'],
      place: '龙游县',
      city: '衢州市',
      date: null,
    });
  });
});

describe('text copied line by line, with no blank lines', () => {
  it('reads a county site’s page: headline, information line, one paragraph per line', () => {
    const a = first(
      '我县召开春季农业生产工作会议\n发布时间：2024-03-15 09:30  来源：县融媒体中心  作者：张伟  浏览次数：1024\n3月14日，沭阳县召开春季农业生产工作会议，总结去年农业农村工作，安排部署今年春耕生产。\n会议指出，要全力抓好粮食生产，确保粮食面积稳中有增。\n',
    );
    expect(a).toMatchObject({
      title: '我县召开春季农业生产工作会议',
      source: '县融媒体中心',
      date: '2024-03-15',
      place: '沭阳县',
      city: '宿迁市',
    });
    expect(a.paragraphs).toHaveLength(2);
  });

  it('reads an account’s post: a place’s headline and the post line', () => {
    const a = first(
      '临朐县：樱桃大棚里的“致富经”\n原创 临朐融媒 2023-05-06 18:30 发表于山东\n眼下正是大棚樱桃成熟上市的季节，走进临朐县五井镇的樱桃大棚，一颗颗樱桃挂满枝头。\n种植户王大姐说：“今年的樱桃个头大、甜度高，价格也不错。”\n',
    );
    expect(a).toMatchObject({
      title: '临朐县：樱桃大棚里的“致富经”',
      source: '临朐融媒',
      date: '2023-05-06',
      place: '临朐县',
      city: '潍坊市',
    });
    expect(a.paragraphs).toHaveLength(2);
  });

  it('takes paper and date from the print source line under a reprinted story, for 本报 too', () => {
    const a = first(
      '全省春季植树造林现场会在延吉召开\n本报记者 李强 通讯员 赵丽\n4月12日，全省春季植树造林现场会在延吉市召开。与会人员实地观摩了造林现场。\n会议强调，各地要科学开展国土绿化行动。\n《 吉林日报 》（ 2024年04月13日   第 02 版）\n',
    );
    expect(a).toMatchObject({
      title: '全省春季植树造林现场会在延吉召开',
      byline: ['本报记者 李强 通讯员 赵丽'],
      source: '吉林日报',
      date: '2024-04-13',
      place: '延吉市',
    });
    expect(a.paragraphs.join('')).not.toContain('吉林日报');
  });

  it('reads a site’s 消息 opening and an agency lead set in brackets', () => {
    expect(
      first(
        '央视网消息（新闻联播）：今年以来，浙江省杭州市余杭区大力发展数字经济，规上数字经济核心产业营收同比增长15%。\n',
      ),
    ).toMatchObject({ source: '央视网', byline: [], place: '余杭区' });
    const b = first('【新华社北京12月10日电】记者从民政部获悉，截至2023年底，全国共有各类养老机构和设施40.4万个。\n');
    expect(b).toMatchObject({ source: '新华社', date: null });
    expect(b.title).toMatch(/^记者从民政部获悉/u);
  });
});

describe('places and dates as other publications print them', () => {
  it('gives a unit the province governs directly its own name as city', () => {
    expect(first('神农架林区开展森林防火演练\n\n3月2日，神农架林区在木鱼镇开展春季森林防火实战演练。\n')).toMatchObject(
      { place: '神农架林区', city: '神农架林区', province: '湖北省' },
    );
  });

  it('places a piece that names only a township in the one county that has it', () => {
    expect(
      first('樱桃大棚里的“致富经”\n\n眼下正是大棚樱桃成熟上市的季节，走进五井镇的樱桃大棚，一颗颗樱桃挂满枝头。\n'),
    ).toMatchObject({ place: '临朐县', city: '潍坊市', province: '山东省' });
    // 新站镇 is a township in several counties: no guess
    expect(first('新站镇灵芝基地开工\n\n今年新年伊始，新站镇紧锣密鼓谋划集体经济发展项目。\n').place).toBeNull();
  });

  it('reads no county into a longer name (安新 in 雄安新区)', () => {
    expect(
      first(
        '雄安新区启动区建设提速\n\n新华社石家庄2024年3月2日电 雄安新区启动区建设按下快进键，一批重点项目相继开工。\n',
      ),
    ).toMatchObject({ place: '石家庄市', date: '2024-03-02' });
  });

  it('reads date lines in Chinese numerals, with dots, and a date standing at the top of the page', () => {
    expect(
      first(
        '关于进一步加强安全生产工作的通知\n\n二〇二三年十二月五日\n\n各乡镇人民政府：为切实做好岁末年初安全生产工作，东阳市决定开展专项整治。\n',
      ),
    ).toMatchObject({ subtitle: null, date: '2023-12-05', place: '东阳市' });
    expect(
      first('通榆县:加快推进风电项目建设\n\n2023.05.12\n\n近日,通榆县召开风电项目推进会,部署下一阶段工作。\n'),
    ).toMatchObject({ title: '通榆县：加快推进风电项目建设', date: '2023-05-12' });
    const { articles } = normalizeText(
      '2023/5/12\n\n农安县举办招商推介会\n\n5月11日，农安县在长春举办招商推介会。\n\n德惠市开展春耕备耕\n\n本报讯 德惠市组织农技人员深入田间指导春耕。\n',
    );
    expect(articles.map((a) => [a.title, a.date])).toEqual([
      ['农安县举办招商推介会', '2023-05-12'],
      ['德惠市开展春耕备耕', '2023-05-12'],
    ]);
  });

  it('reads the body and the date an official notice signs off with', () => {
    const a = first(
      '关于开展冬季森林防火检查的通知\n\n各乡镇、林场：\n\n为做好冬季森林防火工作，汪清县决定开展专项检查。\n\n汪清县人民政府办公室\n\n2023年11月20日\n',
    );
    expect(a).toMatchObject({ date: '2023-11-20', place: '汪清县', byline: ['汪清县人民政府办公室'] });
    expect(a.paragraphs.join('')).not.toMatch(/2023年11月20日|人民政府办公室/u);
  });

  it('dates a piece by a bracketed date line, or by a magazine’s issue line to the year', () => {
    const a = first(
      '县委常委会召开会议\n\n（2023年5月12日）\n\n5月11日，县委书记主持召开县委常委会会议。五峰土家族自治县各乡镇负责同志列席。\n',
    );
    expect(a).toMatchObject({ title: '县委常委会召开会议', date: '2023-05-12', place: '五峰土家族自治县' });
    const b = first(
      '党建引领基层治理的实践与思考\n\n张明\n\n近年来，我市坚持以党建引领基层治理，取得了积极成效。\n\n（作者单位：中共绍兴市委党校）\n\n2023年第5期\n',
    );
    expect(b).toMatchObject({ byline: ['张明', '（作者单位：中共绍兴市委党校）'], date: '2023', place: '绍兴市' });
    expect(b.paragraphs).toEqual(['近年来，我市坚持以党建引领基层治理，取得了积极成效。']);
  });
});

describe('traditional characters', () => {
  it('finds places and agency leads printed in traditional characters, and keeps the text as printed', () => {
    const a = first(
      '海安縣召開縣委常委會\n\n12月26日，縣委書記主持召開十二屆縣委常委會第57次會議，海安縣委副書記、縣長出席會議。\n',
    );
    expect(a).toMatchObject({ title: '海安縣召開縣委常委會', place: '海安市', city: '南通市', province: '江苏省' });
    const b = first('中新網南京9月22日電（記者 王明）2006年南京世界歷史文化名城博覽會今天傍晚在南京中華門開幕。\n');
    expect(b).toMatchObject({ source: '中新網', byline: ['記者 王明'], place: '南京市' });
    expect(b.paragraphs[0]).toMatch(/^中新網南京9月22日電/);
  });
});
