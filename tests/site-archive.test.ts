// The site's rules, on small archives written out by hand: browse trees (dates as precise as
// known, places each level once), calendars, provenance, citations, the corrections log,
// related articles, feed dates and clipping summaries.
import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../src/schema.ts';
import { articlesUnder, browsePages, nodeAt } from '../src/site/browse.ts';
import { apa, authors, gbt7714 } from '../src/site/citation.ts';
import { clippingDates, clippings, neighbours } from '../src/site/clippings.ts';
import { correctionLog, finalEdits, isRemoval } from '../src/site/corrections.ts';
import { dateTree, formatDate, monthCalendar, yearCalendar } from '../src/site/dates.ts';
import { rssDates } from '../src/site/feed.ts';
import { placeCrumbs, placeLevels, placeTree } from '../src/site/places.ts';
import { provenance, provenanceBlocks } from '../src/site/provenance.ts';
import { relatedIndex } from '../src/site/related.ts';
import { namedSource, sourceTree } from '../src/site/sources.ts';
import { clippingLineUrl, clippingUrl, dateUrl } from '../src/site/urls.ts';

let n = 0;
const article = (over: Partial<Article>): Article =>
  articleSchema.parse({
    id: `a-${++n}`,
    title: `标题${n}`,
    subtitle: null,
    byline: [],
    source: null,
    place: null,
    city: null,
    province: null,
    date: null,
    keywords: [],
    paragraphs: ['正文。'],
    sourceFile: 'content/clippings/x.txt',
    corrections: [],
    ...over,
  });

describe('the date tree', () => {
  const day = article({ date: '2022-06-29' });
  const sameDay = article({ date: '2022-06-29' });
  const monthOnly = article({ date: '2022-06' });
  const yearOnly = article({ date: '2022' });
  const earlier = article({ date: '2021-12-31' });
  const undated = article({ date: null });
  const tree = dateTree([day, monthOnly, yearOnly, earlier, undated, sameDay]);

  it('puts each article at the level its date is known to, never on an invented month or day', () => {
    const [y2022] = nodeAt(tree, ['2022']);
    expect(y2022!.count).toBe(4);
    expect(y2022!.here).toEqual([yearOnly]); // 月份不详 on the year page
    const [, june] = nodeAt(tree, ['2022', '06']);
    expect(june!.here).toEqual([monthOnly]); // 日期不详 on the month page
    const [, , d29] = nodeAt(tree, ['2022', '06', '29']);
    expect(d29!.url).toBe('/dates/2022/06/29/');
    expect(d29!.here.map((a) => a.id)).toEqual([day.id, sameDay.id]);
    expect(nodeAt(tree, ['unknown'])[0]!.here).toEqual([undated]);
  });

  it('orders years oldest first with the undated group last, and links each page to its neighbours', () => {
    expect(tree.children.map((c) => c.name)).toEqual(['2021年', '2022年', '日期不详']);
    const pages = browsePages(tree);
    const june = pages.find((p) => p.node.url === '/dates/2022/06/')!;
    expect(june.crumbs.map((c) => c.name)).toEqual(['按日期', '2022年']);
    expect(june.prev).toEqual({ name: '2021年12月', url: '/dates/2021/12/' });
    expect(june.next).toBeNull();
    expect(articlesUnder(tree)).toHaveLength(6);
  });

  it('draws a month as weeks from Monday, linking the days with articles', () => {
    const june = nodeAt(tree, ['2022', '06'])[1]!;
    const weeks = monthCalendar(june);
    // 1 June 2022 was a Wednesday: two empty cells before it
    expect(weeks[0]!.slice(0, 3).map((d) => d?.day ?? null)).toEqual([null, null, 1]);
    const linked = weeks.flat().filter((d) => d?.url);
    expect(linked).toEqual([{ day: 29, count: 2, url: '/dates/2022/06/29/' }]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(yearCalendar(nodeAt(tree, ['2022'])[0]!).filter((m) => m.url)).toEqual([
      { month: 6, count: 3, url: '/dates/2022/06/' },
    ]);
  });

  it('shows a partial date as precisely as it is known', () => {
    expect([formatDate('2022-06-09'), formatDate('2022-06'), formatDate('2022'), formatDate(null)]).toEqual([
      '2022年6月9日',
      '2022年6月',
      '2022年',
      '日期不详',
    ]);
  });
});

describe('the place tree', () => {
  const county = article({ province: '黑龙江省', city: '大庆市', place: '林甸县' });
  const cityWide = article({ province: '黑龙江省', city: '大庆市', place: '大庆市' });
  const provinceWide = article({ province: '山西省', city: null, place: '山西省' });
  const shaanxi = article({ province: '陕西省', city: '延安市', place: '延安市' });
  const national = article({});
  const tree = placeTree([county, cityWide, provinceWide, shaanxi, national]);

  it('names each level once (山西省, not 山西省 › 山西省)', () => {
    expect(placeLevels(provinceWide)).toEqual(['山西省']);
    expect(placeLevels(county)).toEqual(['黑龙江省', '大庆市', '林甸县']);
    expect(placeCrumbs(tree, provinceWide).map((c) => c.name)).toEqual(['山西省']);
  });

  it('gives every level a page, with the city-wide pieces on the city page', () => {
    const [hlj, daqing, lindian] = nodeAt(tree, ['黑龙江省', '大庆市', '林甸县']);
    expect(hlj!.url).toBe('/cities/hei-long-jiang-sheng/');
    expect(daqing!.count).toBe(2);
    expect(daqing!.here).toEqual([cityWide]);
    expect(lindian!.url).toBe('/cities/hei-long-jiang-sheng/da-qing-shi/lin-dian-xian/');
    expect(tree.children.at(-1)!.url).toBe('/cities/unknown/');
  });

  it('keeps apart two places whose pinyin reads the same without tones', () => {
    const urls = tree.children.map((c) => c.url).filter((u) => u.includes('xi1'));
    expect(urls.sort()).toEqual(['/cities/shan1-xi1-sheng3/', '/cities/shan3-xi1-sheng3/']);
  });
});

describe('provenance', () => {
  const a = article({
    source: '黑龙江日报',
    date: '2022-06',
    province: '黑龙江省',
    city: '伊春市',
    place: '伊春市',
    byline: ['本报记者 刘大泳', '张勇'],
  });
  const trees = { places: placeTree([a]), sources: sourceTree([a]) };

  it('links source, date and each place, and names the clipping', () => {
    const p = provenance(a, trees);
    expect(p.source).toEqual({ name: '黑龙江日报', url: '/sources/hei-long-jiang-ri-bao/' });
    expect(p.date).toEqual({ name: '2022年6月', url: '/dates/2022/06/', datetime: '2022-06' });
    expect(p.place.map((c) => c.url)).toEqual([
      '/cities/hei-long-jiang-sheng/',
      '/cities/hei-long-jiang-sheng/yi-chun-shi/',
    ]);
    expect(p.clipping).toEqual({ name: 'x.txt', url: '/clippings/x/' });
  });

  it('searches the values, not the labels or the unknowns', () => {
    expect(provenanceBlocks(a)).toEqual(['黑龙江日报', '2022年6月', '黑龙江省', '伊春市', '本报记者 刘大泳、张勇']);
    expect(provenanceBlocks(article({ source: '本报' }))).toEqual([]);
  });

  it('does not take 本报 ("this paper") for the name of a paper', () => {
    expect(namedSource({ source: '本报' })).toBeNull();
    expect(namedSource({ source: '吉林日报' })).toBe('吉林日报');
  });
});

describe('citations', () => {
  const a = article({
    title: '林甸能力作风建设走深走实',
    byline: ['孙爽 记者刘大泳'],
    source: '黑龙江日报',
    date: '2022-06-29',
  });
  const url = 'https://example.org/articles/x/';

  it('writes GB/T 7714 for an online newspaper article, with the access date', () => {
    expect(gbt7714(a, url, '2026-11-25')).toBe(
      '孙爽, 刘大泳. 林甸能力作风建设走深走实[N/OL]. 黑龙江日报, 2022-06-29[2026-11-25]. https://example.org/articles/x/.',
    );
  });

  it('says what is unknown the way the standard does', () => {
    const bare = article({ title: '以史为鉴 开创未来', date: '2022' });
    expect(gbt7714(bare, url, '2026-11-25')).toBe(
      '以史为鉴 开创未来[N/OL]. [出版者不详], 2022[2026-11-25]. https://example.org/articles/x/.',
    );
    expect(apa(bare, url)).toBe('以史为鉴 开创未来. (2022). https://example.org/articles/x/');
  });

  it('writes APA 7 with the date as precise as known', () => {
    expect(apa(a, url)).toBe(
      '孙爽, 刘大泳. (2022, June 29). 林甸能力作风建设走深走实. 黑龙江日报. https://example.org/articles/x/',
    );
    expect(apa({ ...a, date: '2022-06' }, url)).toContain('(2022, June).');
  });

  it('reads names out of bylines as printed', () => {
    expect(authors(['贺东旭 孙维焱 本报记者 刘大泳'])).toEqual(['贺东旭', '孙维焱', '刘大泳']);
    expect(authors(['王 莉', '（作者为船营区委常委、组织部部长）'])).toEqual(['王莉']);
    expect(authors(['黑龙江日报全媒体记者贾红路'])).toEqual(['贾红路']);
    expect(authors(['永吉县委组织部'])).toEqual(['永吉县委组织部']);
  });
});

describe('the corrections log', () => {
  it('shows two repairs of one spot as one edit, final before → after', () => {
    const edits = finalEdits([
      { kind: 'punctuation', before: '近平院 继', after: '近平： 继', line: 67 },
      { kind: 'spacing', before: '： 继', after: '：继', line: 67 },
      { kind: 'spacing', before: '月 1', after: '月1', line: 77 },
    ]);
    expect(edits).toEqual([
      { kind: 'punctuation', kinds: ['punctuation', 'spacing'], before: '近平院 继', after: '近平：继', line: 67 },
      { kind: 'spacing', kinds: ['spacing'], before: '月 1', after: '月1', line: 77 },
    ]);
  });

  it('groups by kind with the words first and layout last, and marks only what changed', () => {
    const log = correctionLog([
      { kind: 'reflow', before: '史经\n\n验', after: '史经验', line: 69 },
      { kind: 'punctuation', before: '年路袁不忘', after: '年路，不忘', line: 18 },
      { kind: 'furniture:running-header', before: '高 层 动 态', after: '', line: 123 },
      { kind: 'punctuation', before: '出发遥 党', after: '出发。 党', line: 18 },
    ]);
    expect(log.map((g) => [g.kind, g.edits.length, g.layout])).toEqual([
      ['punctuation', 2, false],
      ['furniture', 1, false],
      ['reflow', 1, true],
    ]);
    expect(log[0]!.edits[0]).toMatchObject({ lead: '年路', removed: '袁', added: '，', tail: '不忘', line: 18 });
    expect(isRemoval(log[1]!.edits[0]!)).toBe(true);
    expect(log[2]!.edits[0]).toMatchObject({ lead: '史经', removed: '\n\n', added: '', tail: '验' });
  });

  it('has nothing to show when nothing changed', () => {
    expect(correctionLog([])).toEqual([]);
    expect(correctionLog([{ kind: 'spacing', before: 'a', after: 'a', line: 1 }])).toEqual([]);
  });
});

describe('clippings', () => {
  const second = article({ sourceFile: 'content/clippings/b.txt', lines: [20, 40], date: '2022-06-29' });
  const first = article({ sourceFile: 'content/clippings/b.txt', lines: [3, 19], date: '2022-06-29', source: '本报' });
  const other = article({ sourceFile: 'content/clippings/a.txt', source: '吉林日报' });

  it('lists each clipping’s articles in printed order, with their neighbours', () => {
    const [a, b] = clippings([second, other, first]);
    expect(a!.name).toBe('a.txt');
    expect(b!.articles).toEqual([first, second]);
    expect(b!.sources).toEqual([]); // 本报 names no paper
    expect(neighbours(b!, first)).toEqual({ prev: null, next: { name: second.title, url: `/articles/${second.id}/` } });
  });

  it('summarises a clipping’s dates: a few listed, many as a range', () => {
    expect(clippingDates({ dates: [] })).toBe('日期不详');
    expect(clippingDates({ dates: ['2021年12月1日', '2021年12月2日'] })).toBe('2021年12月1日、2021年12月2日');
    expect(clippingDates({ dates: ['2021年11月5日', 'b', 'c', '2021年12月31日'] })).toBe(
      '2021年11月5日 至 2021年12月31日（4 个日期）',
    );
  });
});

describe('related articles', () => {
  it('ranks other clippings’ articles by the keywords they share, rarer words weighing more', () => {
    const me = article({ keywords: ['碳汇', '林业', '工作'], sourceFile: 'content/clippings/m.txt' });
    const sibling = article({ keywords: ['碳汇', '林业', '工作'], sourceFile: 'content/clippings/m.txt' });
    const rare = article({ keywords: ['碳汇'], sourceFile: 'content/clippings/r.txt' });
    const common = article({ keywords: ['工作'], sourceFile: 'content/clippings/c.txt' });
    const alsoCommon = article({ keywords: ['工作'], sourceFile: 'content/clippings/d.txt' });
    const unrelated = article({ keywords: ['冰雪'], sourceFile: 'content/clippings/u.txt' });
    const related = relatedIndex([me, sibling, rare, common, alsoCommon, unrelated]);
    expect(related.get(me.id)!.map((a) => a.id)).toEqual([rare.id, common.id, alsoCommon.id]);
    expect(related.get(unrelated.id)).toEqual([]);
  });
});

describe('feed dates', () => {
  it('gives pubDate only for a known day and dc:date as precise as known', () => {
    const day = rssDates('2022-06-29');
    expect(day.pubDate!.toISOString()).toBe('2022-06-28T16:00:00.000Z');
    expect(day.customData).toBe('<dc:date>2022-06-29</dc:date>');
    expect(rssDates('2022-06')).toEqual({ customData: '<dc:date>2022-06</dc:date>' });
    expect(rssDates(null)).toEqual({});
  });
});

describe('addresses', () => {
  it('names a clipping by its file, in pinyin when the name is Chinese', () => {
    expect(clippingUrl('content/clippings/lindian-2022-06-29.txt')).toBe('/clippings/lindian-2022-06-29/');
    expect(clippingUrl('content/clippings/伊春剪报.txt')).toBe('/clippings/yi-chun-jian-bao/');
    expect(clippingLineUrl('content/clippings/伊春剪报.txt', 12)).toBe('/clippings/yi-chun-jian-bao/#L12');
    expect(dateUrl('2022-06')).toBe('/dates/2022/06/');
    expect(dateUrl(null)).toBe('/dates/unknown/');
  });
});
