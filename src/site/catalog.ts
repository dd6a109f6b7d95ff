// What the search index and the feeds read from an article: the blocks a reader searches and
// the groups the search filters by. Pages group through dates.ts, places.ts and sources.ts.
import type { Article } from '../schema.ts';
import type { ArticleInfo } from './bodies.ts';
import { provenanceBlocks } from './provenance.ts';
import { placeLevels, PLACE_UNKNOWN } from './places.ts';
import { DATE_UNKNOWN, formatDate } from './dates.ts';
import { UNKNOWN_SLUG } from './urls.ts';

export { formatDate, DATE_UNKNOWN, PLACE_UNKNOWN, UNKNOWN_SLUG };

/** the city an article is grouped under in search filters; a province-wide piece under its province */
export const cityOf = (a: ArticleInfo): string => a.city ?? a.province ?? PLACE_UNKNOWN;
export const yearOf = (a: ArticleInfo): string => a.date?.slice(0, 4) ?? UNKNOWN_SLUG;

/** `黑龙江省 · 大庆市 · 林甸县`, each level once; the unlocated group's name when there is none */
export const placeLabel = (a: Pick<ArticleInfo, 'province' | 'city' | 'place'>): string =>
  placeLevels(a).join(' · ') || PLACE_UNKNOWN;

/** newest first; undated last; ties in file order */
export function byDateDesc(a: ArticleInfo, b: ArticleInfo): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

/**
 * The text blocks a reader searches on an article page, in page order: title, subtitle, the
 * provenance values (source, date, places, byline), the body. The page renders exactly these
 * inside its data-pagefind-body element (contract C3); labels and unknowns are ignored there.
 */
export function searchableBlocks(article: Article): string[] {
  return [
    article.title,
    ...(article.subtitle ? [article.subtitle] : []),
    ...provenanceBlocks(article),
    ...article.paragraphs,
  ];
}

export interface SearchFilterLists {
  /** provinces as the index's province filter has them, each with the city filter values below it */
  provinces: Array<{ province: string; cities: string[] }>;
  /** the year filter's values, newest first, 日期不详 last */
  years: string[];
}

/** the values the search page offers in its filters (the index records them: search/build-index.ts searchRecord) */
export function searchFilterLists(articles: readonly ArticleInfo[]): SearchFilterLists {
  const cityLists = new Map<string, Set<string>>();
  for (const a of articles) {
    const province = a.province ?? PLACE_UNKNOWN;
    cityLists.set(province, (cityLists.get(province) ?? new Set()).add(cityOf(a)));
  }
  const provinces = [...cityLists]
    .map(([province, cities]) => ({ province, cities: [...cities].sort((x, y) => x.localeCompare(y, 'zh-CN')) }))
    .sort(
      (x, y) =>
        Number(x.province === PLACE_UNKNOWN) - Number(y.province === PLACE_UNKNOWN) ||
        x.province.localeCompare(y.province, 'zh-CN'),
    );
  const years = [...new Set(articles.map(yearOf))]
    .sort((x, y) => Number(x === UNKNOWN_SLUG) - Number(y === UNKNOWN_SLUG) || y.localeCompare(x))
    .map((y) => (y === UNKNOWN_SLUG ? DATE_UNKNOWN : y));
  return { provinces, years };
}
