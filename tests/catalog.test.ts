import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../src/schema.ts';
import { cityOf, citySlugs, groupByProvince, UNKNOWN_CITY } from '../src/site/catalog.ts';

const article = (id: string, province: string | null, city: string | null, place: string | null): Article =>
  articleSchema.parse({
    id,
    title: id,
    subtitle: null,
    byline: [],
    source: null,
    place,
    city,
    province,
    date: null,
    keywords: [],
    paragraphs: ['正文。'],
    sourceFile: 'x.txt',
    corrections: [],
  });

describe('grouping by place', () => {
  const articles = [
    article('a', '黑龙江省', '大庆市', '林甸县'),
    article('b', '黑龙江省', '大庆市', '大庆市'),
    article('c', '山西省', null, '山西省'),
    article('d', null, null, null),
  ];

  it('groups a province-wide piece under its province, and national or unplaced pieces together', () => {
    expect(articles.map(cityOf)).toEqual(['大庆市', '大庆市', '山西省', UNKNOWN_CITY]);
    expect(groupByProvince(articles).map((p) => [p.province, p.cities.map((c) => [c.city, c.count])])).toEqual([
      ['黑龙江省', [['大庆市', 2]]],
      ['山西省', [['山西省', 1]]],
      [UNKNOWN_CITY, [[UNKNOWN_CITY, 1]]],
    ]);
  });

  it('gives every group a page address', () => {
    expect(Object.fromEntries(citySlugs(articles))).toEqual({
      大庆市: 'da-qing-shi',
      山西省: 'shan-xi-sheng',
      [UNKNOWN_CITY]: 'unknown',
    });
  });
});
