// News texts laid out the way other papers, agencies and government sites print them (written
// for these tests in those formats; none of it comes from the seed files): the place and date
// named in the text must be found, and nothing else invented.
import { describe, expect, it } from 'vitest';
import { normalizeText } from './helpers.ts';

const first = (text: string) => normalizeText(text).articles[0]!;

describe('news from other sources', () => {
  it('reads an agency lead: source, byline, place; no date without a year', () => {
    const a = first('新华社北京3月5日电（记者 张旭东 王琳琳）十四届全国人大一次会议5日上午在人民大会堂开幕。\n');
    expect(a).toMatchObject({ source: '新华社', byline: ['记者 张旭东 王琳琳'], place: '北京市', province: '北京市', date: null });
    expect(a.title).toBe('十四届全国人大一次会议5日上午在人民大会堂开幕');
  });

  it('reads a provincial paper’s 讯 lead and the county named with its city', () => {
    const a = first('湖北日报讯（记者 刘洋 通讯员 张华）2024年1月18日，黄冈市蕲春县举行重大项目集中开工仪式，共有56个项目开工。\n');
    expect(a).toMatchObject({ source: '湖北日报', byline: ['记者 刘洋 通讯员 张华'], date: '2024-01-18', place: '蕲春县', city: '黄冈市', province: '湖北省' });
  });

  it('takes date and paper from a masthead line that names the paper', () => {
    const a = first('浙江日报 2023年10月9日 星期一\n\n安吉白茶迎来丰收季\n\n记者 陈佳\n\n国庆假期刚过，安吉县溪龙乡的茶园里一片繁忙景象。\n');
    expect(a).toMatchObject({ title: '安吉白茶迎来丰收季', source: '浙江日报', date: '2023-10-09', place: '安吉县', city: '湖州市', province: '浙江省' });
  });

  it('keeps one paragraph per line when the text was not wrapped at a column', () => {
    const a = first('龙沙区召开优化营商环境推进会\n\n本报讯 (记者 李明 通讯员 王芳) 2023年3月15日，齐齐哈尔市龙沙区召开优化营商环境工作推进会议，总结2022年工作，部署今年重点任务。\n会议要求，各部门要提高政治站位，持续深化“放管服”改革，以更优环境服务市场主体。\n');
    expect(a.paragraphs).toHaveLength(2);
    expect(a).toMatchObject({ byline: ['记者 李明 通讯员 王芳'], source: '本报', date: '2023-03-15', place: '龙沙区', city: '齐齐哈尔市' });
  });
});
