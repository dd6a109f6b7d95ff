// Reports on one page whose text stops mid-sentence (cut off in the source) before the next
// report's headline, and paragraphs a running header cuts at a page break.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../helpers.ts';

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
  it('joins a short line after the header to the text before, not as a headline', () => {
    const talk = '座谈会上，脱贫户们讲述增收门路，有的交流收入核算方法，还有的感性畅谈自己曾遇到的问';
    const lines = wrap(talk, 15).split('\n');
    const rest = '驻村第一书记说，请脱贫户现身说法，是为了激发大家的内生动力，增强致富信心。';
    const opening = '6月18日，镇里组织脱贫户在村委会召开座谈会，驻村工作队和村两委干部一同参加，会场气氛热烈。';
    const page = `座谈会在村委会召开\n\n${wrap(opening, 15)}\n\n${lines.slice(0, -1).join('\n')}${header}${lines.at(-1)}\n\n${wrap(rest, 15)}${header}大家纷纷表示受益匪浅。\n`;
    // one report: the line after the header is the cut paragraph's tail, no headline
    const articles = normalizeText(page).articles;
    expect(articles.map((a) => a.title)).toEqual(['座谈会在村委会召开']);
    expect(articles[0]!.paragraphs[1]).toMatch(/^座谈会上.*还有的感性畅谈自己曾遇到的问/u);
  });

  it('joins the rest of a clause printed after the header', () => {
    const before = '截至目前，全县各乡镇都已开展人居环境整';
    const page = `全县开展人居环境整治${header}${wrap(SQUARES, 15)}\n\n${before}${header}治，全面动员，全民参与。\n`;
    expect(read(page)).toEqual([['全县开展人居环境整治', [SQUARES, `${before}治，全面动员，全民参与。`]]]);
  });
});
