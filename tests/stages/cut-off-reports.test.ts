// Reports on one page whose text stops mid-sentence (cut off in the source) before the next
// report's headline, and paragraphs a running header cuts at a page break.
import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/normalize/repair/join-wrapped-lines.ts';
import { normalizeText, runStages } from '../helpers.ts';

/** a paragraph set in a column of `width` characters, as the page printed it */
const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');
const read = (text: string) => normalizeText(text).articles.map((a) => [a.title, a.paragraphs]);

const CUT_OFF =
  '3月2日，县里召开春耕备耕工作会议，安排部署今年的农资供应和农机检修工作。会议要求各乡镇抓紧落实种子化肥储备，确保不误农时，同时组织技术人员深入田间';
const SQUARES =
  '河东镇三座村级文化广场日前相继建成投用，配套安装了健身器材和照明设施。村民们傍晚在广场上跳舞散步，文化生活更加丰富。';

describe('a report cut off mid-sentence before the next one', () => {
  it("keeps the next headline apart: as the cut paragraph's last line it would leave it open", () => {
    const page = `县里召开春耕备耕工作会议\n\n${wrap(CUT_OFF, 15)}\n\n河东镇新建三座村级文化广场\n\n${wrap(SQUARES, 15)}\n`;
    expect(read(page)).toEqual([
      ['县里召开春耕备耕工作会议', [CUT_OFF]],
      ['河东镇新建三座村级文化广场', [SQUARES]],
    ]);
  });

  it('says in check that it read the line as a headline', () => {
    const page = `县里召开春耕备耕工作会议\n\n${wrap(CUT_OFF, 15)}\n\n河东镇新建三座村级文化广场\n\n${wrap(SQUARES, 15)}\n`;
    const reading = normalizeText(page).readings?.[0];
    expect(reading!.unsure.map((u) => u.decision)).toContain(
      'read "河东镇新建三座村级文化广场" as a headline; the paragraph before it stops mid-sentence',
    );
  });
});

describe('a paragraph cut by a running header', () => {
  const header = '\n\n地 方 新 闻\n\n';
  it('joins the rest of a clause printed after the header', () => {
    const before = '截至目前，全县各乡镇已启动农村污水整';
    const page = `全县推进农村污水整治${header}${wrap(SQUARES, 15)}\n\n${before}${header}治，统筹规划，分步实施。\n`;
    expect(read(page)).toEqual([['全县推进农村污水整治', [SQUARES, `${before}治，统筹规划，分步实施。`]]]);
  });
});

describe('a one-line block in a column-wrapped page', () => {
  const body =
    '山路两旁的坡地上，茶树一垄垄排到天边，清晨的雾还没有散。走进村里的加工厂，炒锅正热，茶香扑面而来。她发现，原来一片鲜叶变成干茶要经过这么多道工序。加工厂离家不远，收工后她常去茶园里走一走，看姐妹们背着竹篓下山，听老师傅们讲制茶的门道。';

  it("is measured against the page's column: a headline stopping short of it was never wrapped", () => {
    const headline = '从「打工」到「创业」 山村姑娘走出的致富新路';
    const opening = '19岁时，她第一次走出了大山。';
    const page = `${wrap(body, 26)}\n\n${headline}\n\n${opening}\n\n${wrap(body, 26)}\n`;
    expect(runStages(page, joinWrappedLines).blocks).toEqual([body, headline, opening, body]);
  });
});

describe('a head after a report that stops mid-sentence', () => {
  const harvest = [
    '九月以来，镇里组织农机手抢收玉米，每天出动收割机四十多台，确保颗粒归仓。',
    '镇农技站派出技术员深入各村，指导农户晾晒储存，防止粮食霉变。',
    '各村还成立了志愿服务队，帮助缺少劳力的家庭收割运输。',
    '镇里要求各村做好秸秆回收利用，严防焚烧秸秆污染空气。',
  ];
  // set in a column, as such pages are: the head stops short of it, so it was never wrapped
  const page = (cut: string, head: string, next: string) =>
    `秋收时节农机忙\n\n${[...harvest, cut].map((p) => wrap(p, 15)).join('\n\n')}\n\n${head}\n\n${wrap(next, 15)}\n`;

  it('heads the next report when the text after it opens on its day, though the cut ends on a comma', () => {
    const cut = '下一步，镇里将继续做好农机调度，';
    const next = '2月28日，县人社局在县体育馆举办春季招聘会，六十多家企业提供岗位一千余个。';
    expect(read(page(cut, '县里举办春季招聘会', next))).toEqual([
      ['秋收时节农机忙', [...harvest, cut]],
      ['县里举办春季招聘会', [next]],
    ]);
  });

  it('is no section of a long unsigned report cut off mid-sentence', () => {
    const cut = '村民张大爷说，往年秋收要忙一个月，今年有了收割机，没几天就把地';
    const next = '老张今年七十岁了，在村里当了三十年村医，附近几个村的人都找他看病。';
    expect(read(page(cut, '老村医的三十年', next))).toEqual([
      ['秋收时节农机忙', [...harvest, cut]],
      ['老村医的三十年', [next]],
    ]);
  });

  it("opens the piece an editor's note introduces, after a long unsigned report", () => {
    const end = '今年全镇玉米预计亩产六百公斤，比去年增产一成。';
    const note = '编者按：老张在村里当了三十年村医，附近几个村的人都找他看病。';
    expect(read(page(end, '老村医的三十年', note))).toEqual([
      ['秋收时节农机忙', [...harvest, end]],
      ['老村医的三十年', [note]],
    ]);
  });

  it('stays a section of a long unsigned report whose paragraph before it ends a sentence', () => {
    const end = '今年全镇玉米预计亩产六百公斤，比去年增产一成。';
    const next = '秋收过后，镇里将组织农户开展冬季深翻，为明年春耕打好基础。';
    const [article] = normalizeText(page(end, '抓好秋收后的冬季深翻', next)).articles;
    expect(article!.paragraphs).toEqual([...harvest, end, '抓好秋收后的冬季深翻', next]);
  });
});

describe('a column of briefs after a signed feature', () => {
  it('opens a piece of its own: bulleted briefs are no section of the feature', () => {
    const feature = [
      '九月以来，镇里组织农机手抢收玉米，每天出动收割机四十多台，确保颗粒归仓。',
      '镇农技站派出技术员深入各村，指导农户晾晒储存，防止粮食霉变。',
    ];
    const briefs = [
      '◆9月23日，县里召开秋粮收购工作调度会，各乡镇负责同志到会听取安排。',
      '◆9月25日，县农业农村局组织技术人员到各乡镇指导秋播工作。',
    ];
    const page = `秋收时节农机忙\n\n本报记者 王五\n\n${feature.join('\n\n')}\n\n要闻简报\n\n${briefs.join('\n\n')}\n`;
    expect(read(page)).toEqual([
      ['秋收时节农机忙', feature],
      ['要闻简报', briefs],
    ]);
  });
});
