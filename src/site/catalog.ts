// How the site groups articles: by province → city, by year → month, newest first. Pages
// call these and only render; the rules live here once.
import { pinyinSlug } from '../normalize/slug.ts';
import type { Article } from '../schema.ts';

/** the group of national pieces and pieces whose place is not known */
export const UNKNOWN_CITY = '全国及未注明地区';
export const UNKNOWN_DATE = '未知日期';
export const UNKNOWN_SLUG = 'unknown';

/** the city an article is grouped under; a province-wide piece under its province */
export const cityOf = (a: Article): string => a.city ?? a.province ?? UNKNOWN_CITY;
export const yearOf = (a: Article): string => a.date?.slice(0, 4) ?? UNKNOWN_SLUG;
export const monthOf = (a: Article): string | null => (a.date && a.date.length >= 7 ? a.date.slice(5, 7) : null);

/** `黑龙江省 · 大庆市 · 林甸县`, each level once; the unlocated group's name when there is none */
export function placeLabel(a: Pick<Article, 'province' | 'city' | 'place'>): string {
  return [...new Set([a.province, a.city, a.place].filter((x): x is string => Boolean(x)))].join(' · ') || UNKNOWN_CITY;
}

/** newest first; undated last; ties in file order */
export function byDateDesc(a: Article, b: Article): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

/** city name → readable, unique slug (pinyin; the province's pinyin added on a clash) */
export function citySlugs(articles: Article[]): Map<string, string> {
  const cities = new Map<string, string | null>();
  for (const a of articles) if (cityOf(a) !== UNKNOWN_CITY) cities.set(cityOf(a), a.province);
  const slugs = new Map<string, string>();
  const used = new Map<string, number>();
  for (const [city] of cities) used.set(pinyinSlug(city), (used.get(pinyinSlug(city)) ?? 0) + 1);
  for (const [city, province] of cities) {
    const base = pinyinSlug(city);
    slugs.set(city, used.get(base)! > 1 && province ? `${base}-${pinyinSlug(province)}` : base);
  }
  slugs.set(UNKNOWN_CITY, UNKNOWN_SLUG);
  return slugs;
}

export interface ProvinceGroup {
  province: string;
  cities: Array<{ city: string; count: number; places: Array<{ place: string; count: number }> }>;
  count: number;
}

/** provinces → cities → places with article counts; unlocated articles in one group at the end */
export function groupByProvince(articles: Article[]): ProvinceGroup[] {
  const provinces = new Map<string, Map<string, Map<string, number>>>();
  for (const a of articles) {
    const province = a.province ?? UNKNOWN_CITY;
    const city = cityOf(a);
    const place = a.place ?? city;
    const cities = provinces.get(province) ?? new Map<string, Map<string, number>>();
    const places = cities.get(city) ?? new Map<string, number>();
    places.set(place, (places.get(place) ?? 0) + 1);
    cities.set(city, places);
    provinces.set(province, cities);
  }
  const groups = [...provinces].map(([province, cities]) => {
    const list = [...cities].map(([city, places]) => {
      const placeList = [...places].map(([place, count]) => ({ place, count })).sort((x, y) => y.count - x.count);
      return { city, count: placeList.reduce((s, p) => s + p.count, 0), places: placeList };
    });
    list.sort((x, y) => y.count - x.count || x.city.localeCompare(y.city, 'zh-CN'));
    return { province, cities: list, count: list.reduce((s, c) => s + c.count, 0) };
  });
  return groups.sort(
    (x, y) => Number(x.province === UNKNOWN_CITY) - Number(y.province === UNKNOWN_CITY) || y.count - x.count,
  );
}

/** years (newest first) with their months, undated last */
export function groupByYear(
  articles: Article[],
): Array<{ year: string; count: number; months: Array<{ month: string; count: number }> }> {
  const years = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const months = years.get(yearOf(a)) ?? new Map<string, number>();
    const m = monthOf(a);
    if (m) months.set(m, (months.get(m) ?? 0) + 1);
    years.set(yearOf(a), months);
  }
  return [...years]
    .map(([year, months]) => ({
      year,
      count: articles.filter((a) => yearOf(a) === year).length,
      months: [...months].map(([month, count]) => ({ month, count })).sort((x, y) => y.month.localeCompare(x.month)),
    }))
    .sort((x, y) => Number(x.year === UNKNOWN_SLUG) - Number(y.year === UNKNOWN_SLUG) || y.year.localeCompare(x.year));
}

export function formatDate(date: string | null): string {
  if (!date) return UNKNOWN_DATE;
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** articles sharing the most keywords with this one */
export function relatedArticles(article: Article, all: Article[], count = 5): Article[] {
  const mine = new Set(article.keywords);
  return all
    .filter((a) => a.id !== article.id)
    .map((a) => ({ a, shared: a.keywords.filter((k) => mine.has(k)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || byDateDesc(x.a, y.a))
    .slice(0, count)
    .map((x) => x.a);
}

/** the text blocks a reader searches on an article page, in order: title, subtitle, body */
export function searchableBlocks(article: Pick<Article, 'title' | 'subtitle' | 'paragraphs'>): string[] {
  return [article.title, ...(article.subtitle ? [article.subtitle] : []), ...article.paragraphs];
}
