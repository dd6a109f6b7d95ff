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
