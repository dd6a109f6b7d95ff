// The date-line recogniser (recognise/date-line.ts) and the choice of an article's date
// (describe/date.ts chooseDate) on the forms pages and sites print.
import { describe, expect, it } from 'vitest';
import { columnHeadDate, readDateLine } from '../../src/normalize/recognise/date-line.ts';
import { briefsMonth, chooseDate, leadDate, openingMonth, openingYear } from '../../src/normalize/describe/date.ts';
import { continuesReport } from '../../src/normalize/describe/page-context.ts';
import { normalizeText } from '../helpers.ts';

describe('readDateLine', () => {
  it.each([
    ['2022年6月29日 星期三', 'masthead', '2022-06-29', null],
    ['城乡导报 2023年10月9日 星期一 第3版', 'masthead', '2023-10-09', '城乡导报'],
    ['2021-12-31', 'page-date', '2021-12-31', null],
    ['二〇二三年十二月五日', 'page-date', '2023-12-05', null],
    ['《 吉林日报 》（ 2024年04月13日   第 02 版）', 'print-source', '2024-04-13', '吉林日报'],
    ['1962年3月4日人民日报 第2版', 'print-source', '1962-03-04', '人民日报'],
    ['2023年第5期（总第235期）', 'issue', '2023', null],
  ])('reads the printed line %s', (line, kind, date, source) => {
    expect(readDateLine(line)).toEqual({ kind, date, source });
  });

  it.each([
    ['发布时间：2022-03-14', '2022-03-14', null],
    ['时间:2021-08-30 16:05', '2021-08-30', null],
    ['发表时间：2023/5/9', '2023-05-09', null],
    ['更新日期:2023-02-12 11:13:51', '2023-02-12', null],
    ['2019-06-02 09:41:07 | 来源：县融媒体中心', '2019-06-02', '县融媒体中心'],
    ['作者：县人民法院 张明 发布时间：2011-06-02 17:08:22', '2011-06-02', null],
    ['来源：县委宣传部 时间：2022-05-30', '2022-05-30', '县委宣传部'],
    ['發布時間:2022-10-20 19:15:00 來源: 縣人民政府', '2022-10-20', '縣人民政府'],
    ['2017-02-17 09:01:00来源:省新闻网', '2017-02-17', '省新闻网'],
    ['2022-11-08 09:39:14来源: 省日报编辑: 王华责编: 李明', '2022-11-08', '省日报'],
    ['2020-12-04 新闻客户端', '2020-12-04', null],
    ['来源：市新闻网-市日报2023-12-25', '2023-12-25', '市新闻网-市日报'],
    ['原创 县融媒 2023-05-06 18:30 发表于山东', '2023-05-06', '县融媒'],
    ['06-21 10:15', '--06-21', null],
    ['2026 02/12 10:31:58', '2026-02-12', null],
  ])('reads the publication line %s', (line, date, source) => {
    expect(readDateLine(line)).toEqual({ kind: 'publication', date, source });
  });

  it.each([
    '3月5日，县里召开春耕生产会议。',
    '县里召开2024年春耕生产会议',
    '会议于2024-03-05 09:00在县政府召开，全县各乡镇主要负责人参加，会议时间约两个小时。',
    '到2025年，全县粮食产量稳定在50万吨以上。',
  ])('reads no date line into prose: %s', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});

describe('columnHeadDate', () => {
  it('reads the issue date printed after a column head, not a date a headline ends on', () => {
    expect(columnHeadDate('简讯 2020年04月23日')).toBe('2020-04-23');
    expect(columnHeadDate('要闻简报2023-09-28')).toBe('2023-09-28');
    expect(columnHeadDate('全县召开安全生产工作会议部署节日期间工作 2020年04月23日')).toBeNull();
    expect(columnHeadDate('简讯')).toBeNull();
  });

  it('dates the column’s item', () => {
    const page = '简讯 2020年04月23日\n\n●县里被命名为省级文化强县。日前，省文化和旅游厅公布名单，我县榜上有名。\n';
    expect(normalizeText(page).articles.map((a) => a.date)).toEqual(['2020-04-23']);
  });
});

describe('chooseDate', () => {
  it('takes the first source in its order that gives a date', () => {
    expect(chooseDate({ publicationLine: '2022-03-14', pageDate: '2022-03-15', leadOpening: '2022-03-12' })).toEqual({
      date: '2022-03-14',
      source: 'publicationLine',
    });
    expect(chooseDate({ frontMatter: '2022', articleDateLine: '2022-03-14' }).source).toBe('frontMatter');
    expect(chooseDate({ leadOpening: '2022-03-12', issueYear: '2022' }).source).toBe('leadOpening');
  });

  it('makes a year a day only with the day the opening prints', () => {
    expect(chooseDate({ issueYear: '2022' }, '本报讯（记者 王明）2月19日，全市召开会议。').date).toBe('2022-02-19');
    expect(chooseDate({ issueYear: '2022' }, '近日，全市召开会议。').date).toBe('2022');
  });

  it('dates a publication line printed without its year only from a year source', () => {
    expect(chooseDate({ publicationLine: '--06-21', pageYear: '2023' })).toEqual({
      date: '2023-06-21',
      source: 'publicationLine',
    });
    expect(chooseDate({ publicationLine: '--06-21' })).toEqual({ date: null, source: null });
  });
});

describe('leadDate', () => {
  it('is the full date a report opens with, or its month when the event spans days', () => {
    expect(leadDate('2023年5月12日，全县召开安全生产工作会议。')).toBe('2023-05-12');
    expect(leadDate('2023年5月12日至14日，县里举办农民丰收节。')).toBe('2023-05');
    expect(leadDate('2023年5月30日到6月2日，调研组在县里调研。')).toBe('2023-05');
    expect(leadDate('2023年5月12日—13日，培训班在县委党校举办。')).toBe('2023-05');
    expect(leadDate('近日，全县召开安全生产工作会议。')).toBeNull();
    expect(leadDate('2 023年5月12日，全县召开安全生产工作会议。')).toBe('2023-05-12');
  });
});

describe('openingYear', () => {
  it('is the one year the opening sentence names, for a report opening on a yearless day', () => {
    expect(openingYear('3月11日，我县举行2020年第一批重点项目集中开工仪式。')).toBe('2020');
    expect(openingYear('8月27日，省教育厅一行来我县检查2020年秋季开学工作。')).toBe('2020');
  });

  it('reads the day a feature’s events open on after it sets the scene, within its opening paragraphs', () => {
    const opening = ['每年秋分是农民的节日。', '金秋时节，稻谷飘香。9月23日，村民迎来了2019年的丰收节。'].join('\n');
    expect(openingYear(opening)).toBe('2019');
    expect(chooseDate({ openingYear: openingYear(opening) }, opening).date).toBe('2019-09-23');
  });

  it('dates an article so and says it was unsure in the reading check shows', () => {
    const { articles, readings } = normalizeText('县里开工\n\n3月11日，我县举行2020年第一批重点项目集中开工仪式。\n');
    expect(articles.map((a) => a.date)).toEqual(['2020-03-11']);
    expect(readings![0]!.unsure.map((u) => u.decision)).toContain(
      'dated 2020-03-11 from a day printed without its year and the year its sentence names',
    );
  });

  it.each([
    ['2月25日，我县举行2 024年第一季度项目集中签约仪式。', '2024'],
    ['3月11日，我县举行20 20年第一批重点项目集中开工仪式。', '2020'],
  ])('reads a year a column wrap left a space in: %s → %s', (opening, year) => {
    expect(openingYear(opening)).toBe(year);
  });

  it('is none for a review, a span, two years, or a report that opens otherwise', () => {
    expect(openingYear('1月10日，全县召开2023年度工作总结大会。')).toBeNull();
    expect(openingYear('3月5日，县里部署2021—2025年规划编制。')).toBeNull();
    expect(openingYear('3月5日，县里对比2022年和2023年的数据。')).toBeNull();
    expect(openingYear('近日，我县举行2020年第一批重点项目集中开工仪式。')).toBeNull();
  });
});

describe('the date of a web copy', () => {
  const copy = (header: string) =>
    `${header}县里召开春季农业生产工作会议\n发布时间：2024-03-15 09:30  来源：县融媒体中心\n3月14日，县里召开春季农业生产工作会议，安排部署春耕生产。\n会议要求抓好粮食生产。\n`;

  it('is its publication line, not the opening day', () => {
    const [a] = normalizeText(copy('')).articles;
    expect(a!.date).toBe('2024-03-15');
  });

  it('is not the day a site header shows the page was viewed', () => {
    const viewed = '2025年3月8日 星期六\n首页 | 新闻中心 | 政务公开 | 专题专栏\n';
    const [a] = normalizeText(copy(viewed)).articles;
    expect(a!.date).toBe('2024-03-15');
    const [b] = normalizeText(copy(viewed).replace(/发布时间.*\n/u, '')).articles;
    expect(b!.date).toBeNull();
    expect(b!.title).toBe('县里召开春季农业生产工作会议');
    expect(b!.paragraphs.join('')).not.toMatch(/首页|2025/u);
  });

  it('is the page date printed at the top, under the list of a site’s papers', () => {
    const page = [
      '《城乡导报》 《城乡导报电子版》 《县域时报》',
      '2024年06月23日',
      '山乡巨变',
      '本报记者 张明',
      '出了县城，一路向西，在平均海拔4000米的草原上走了三个小时。',
      '乡里的干部说，这几年路通了，日子也好了。',
    ].join('\n\n');
    expect(normalizeText(page).articles.map((a) => a.date)).toEqual(['2024-06-23']);
  });
});

describe('briefsMonth', () => {
  it.each([
    [
      'a column of briefs on days of one month, one naming the year',
      [
        '◆9月24日，县里举办2023年迎国庆职工篮球赛。',
        '◆9月23日，县里召开衔接工作调度会。',
        '◆9月27日，县里安排护林防火工作。',
      ],
      '2023-09',
    ],
    [
      'items across two months',
      ['◆9月24日，县里举办2023年迎国庆职工篮球赛。', '◆10月3日，县里召开调度会。', '◆9月27日，县里安排护林防火工作。'],
      null,
    ],
    [
      'no year named',
      ['◆9月24日，县里举办迎国庆职工篮球赛。', '◆9月23日，县里召开调度会。', '◆9月27日，县里安排护林防火工作。'],
      null,
    ],
    [
      'a narrative report that dates one paragraph in four',
      [
        '3月5日，县里启动2024年春耕生产。',
        '各乡镇抢抓农时。',
        '3月6日，技术人员下田指导。',
        '农户说今年收成有盼头。',
        '全县春播进展顺利。',
      ],
      null,
    ],
  ])('%s', (_, paragraphs, month) => {
    expect(briefsMonth(paragraphs)).toBe(month);
  });
});

describe('openingMonth', () => {
  it.each([
    ['春节刚过，县里为满足2014年务工人员就业需求，计划在2月份组织招聘会。', '2014-02'],
    ['本报讯（记者 王明）为满足2014年务工人员就业需求，县里计划在2月组织招聘会。', '2014-02'],
    // a day in the sentence: openingYear's case, not this one
    ['为满足2014年务工需求，县里于2月10日组织招聘会。', null],
    ['县里对比2013年和2014年2月份的数据。', null],
    ['县里计划在2月份组织招聘会。2014年全县新增就业500人。', null],
  ])('%s → %s', (paragraph, month) => {
    expect(openingMonth(paragraph)).toBe(month);
  });

  it('dates the report by that month, and says it was unsure', () => {
    const { articles, readings } = normalizeText(
      '县里组织春风行动\n\n为满足2014年务工人员就业需求，县里计划在2月份组织招聘会。\n',
    );
    expect(articles.map((a) => a.date)).toEqual(['2014-02']);
    expect(readings![0]!.unsure.map((u) => u.decision)).toContain(
      'dated 2014-02 from a month printed without its year and the year its sentence names',
    );
  });
});

describe('continuesReport', () => {
  it.each([
    ['王明远指出，要抓好项目落实。', '县委副书记、县长王明远出席。', true],
    ['王明遠強調，要抓好項目落實。', '縣長王明遠出席。', true],
    ['王明远指出，要抓好项目落实。', '县委副书记、县长李华出席。', false],
    ['会议要求，要抓好项目落实。', '县里召开项目推进会议。', false],
    ['县长王明远指出，要抓好项目落实。', '县长王明远出席。', false],
  ])('%s after “%s” → %s', (opening, before, continues) => {
    expect(continuesReport(opening, before)).toBe(continues);
  });

  it('gives a piece of a report cut off at a caption the report’s date and place', () => {
    const page = [
      '平遥县重点项目集中签约',
      '3月8日，平遥县举行2024年重点项目集中签约仪式，现场签约总额12亿元。县委副书记、县长王明远出席。',
      '图为：平遥县2024年重点项目集中签约仪式现场',
      '王明远指出，项目签约是推动县域经济发展的重要举措。希望企业放心投资，实现互利共赢。',
    ].join('\n\n');
    const { articles } = normalizeText(page);
    expect(articles.map((a) => [a.date, a.place])).toEqual(articles.map(() => ['2024-03-08', '平遥县']));
  });
});
