// Recogniser: news leads, credits and the outlets they name.
import { describe, expect, it } from 'vitest';
import { isCreditLine, opensLikeReport, parseNewsLead } from '../../src/normalize/news-lead.ts';
import { isMastheadName, newspaperInCredit } from '../../src/normalize/recognise/outlet.ts';
import { normalizeText } from '../helpers.ts';

describe('news leads', () => {
  it.each([
    ['本报讯（记者 李明）6月8日，县委召开会议。', '本报', '记者 李明'],
    ['黑龙江日报10月17日讯 记者从省环保厅获悉，督查启动。', '黑龙江日报', null],
    ['吉林日報1月9日訊（記者 張力軍）：2019年，吉林省委採取超常舉措。', '吉林日報', '記者 張力軍'],
    ['中评社香港2月17日电/年味未散，寒凉犹在。', '中评社', null],
    ['新华社北京3月5日电（记者 张旭东）政府工作报告提出。', '新华社', '记者 张旭东'],
    ['本网讯（记者 孙海晨）今天下午，副区长带队开展安全检查。', '本网', '记者 孙海晨'],
    // a paper's own report opened by the place it was filed from
    ['通城讯 5月12日，县里召开春耕生产调度会。', '本报', null],
    ['廉江讯（通讯员 李华）连日来，各镇抢收晚稻。', '本报', '通讯员 李华'],
  ])('%s', (text, source, credit) => {
    expect(parseNewsLead(text)).toMatchObject({ source, credit });
  });

  it.each([
    '县委召开会议，部署全年工作。',
    '合作社今年收入增长三成。',
    '喜讯传来 全村沸腾了。',
    '通讯员张华报道。',
    '好消息讯 我们村通了公交。',
  ])('%s is no lead', (text) => {
    expect(parseNewsLead(text)).toBeNull();
  });
});

describe('credits and report openings', () => {
  it.each([
    ['□贺东旭 孙维焱 本报记者 刘大泳', true],
    ['（记者 张磊 通讯员 李娜）', true],
    ['本报记者 王晶', true],
    ['记者从县农业农村局获悉，今年全县粮食播种面积稳中有增。', false],
  ])('credit line %s → %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });

  it.each([
    ['近日，县防汛抗旱指挥部召开会议。', true],
    ['6月8日，县委召开会议。', true],
    ['本报讯（记者 李明）县委召开会议。', true],
    ['□本报记者 刘大泳', true],
    ['这里是红船起航地。', false],
  ])('opens like a report: %s → %s', (text, expected) => {
    expect(opensLikeReport(text)).toBe(expected);
  });

  it.each([
    ['黑龙江日报全媒体记者贾红路', '黑龙江日报'],
    ['王晓微 人民政协报记者 李木', '人民政协报'],
    ['通讯员 李娜', null],
  ])('the paper a credit names: %s → %s', (credit, paper) => {
    expect(newspaperInCredit(credit)).toBe(paper);
  });
});

describe("a paper's name over its masthead date", () => {
  it.each([
    ['城关日报', true],
    ['县域时报', true],
    ['今日要闻', true],
    ['我县召开春季农业生产工作会议', false],
    ['王明', false],
  ])('%s → %s', (line, expected) => {
    expect(isMastheadName(line)).toBe(expected);
  });

  it('is page furniture, never a kicker of the first headline', () => {
    const text = [
      '今日要闻\n2023年10月9日 星期一\n第3版',
      '要闻简报',
      '◆10月8日，我县召开农村饮水安全工作推进会，副县长出席会议并讲话。',
      '◆10月8日，县科协开展科普进社区活动，向居民发放宣传资料三百余份。',
    ].join('\n\n');
    const [article] = normalizeText(text).articles;
    expect([article?.title, article?.subtitle]).toEqual(['要闻简报', null]);
  });
});
