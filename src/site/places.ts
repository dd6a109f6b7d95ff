// The place tree (provinces → cities → counties). A place is known at up to three levels;
// a level that repeats the one above (山西省 › 山西省, a municipality's city) is shown once.
import type { ArticleInfo } from './bodies.ts';
import { buildTree, nameStep, nodeAt, unknownStep, type BrowseNode, type Link } from './browse.ts';
import { printedOrder } from './dates.ts';
import { UNKNOWN_SLUG } from './urls.ts';

/** the group of national pieces and pieces whose place is not known */
export const PLACE_UNKNOWN = '全国及未注明地区';
/** on a province's page: pieces about the province as a whole */
export const CITY_UNKNOWN = '全省及未注明市县';
/** on a city's page: pieces about the city as a whole */
export const COUNTY_UNKNOWN = '全市及未注明区县';

/** province, city, county as known, each level once */
export function placeLevels(a: Pick<ArticleInfo, 'province' | 'city' | 'place'>): string[] {
  return [...new Set([a.province, a.city, a.place].filter((x): x is string => Boolean(x)))];
}

const byCountThenName = (x: BrowseNode, y: BrowseNode) =>
  Number(x.keys.at(-1) === UNKNOWN_SLUG) - Number(y.keys.at(-1) === UNKNOWN_SLUG) ||
  y.count - x.count ||
  x.name.localeCompare(y.name, 'zh-CN');

export function placeTree(articles: ArticleInfo[]): BrowseNode {
  return buildTree(articles, {
    root: { name: '按地区', url: '/cities/' },
    path: (a) => {
      const levels = placeLevels(a);
      return levels.length ? levels.map(nameStep) : [unknownStep(PLACE_UNKNOWN)];
    },
    compare: byCountThenName,
    order: printedOrder,
  });
}

/** an article's place as breadcrumb links, province › city › county */
export function placeCrumbs(tree: BrowseNode, a: ArticleInfo): Link[] {
  const levels = placeLevels(a);
  return nodeAt(tree, levels.length ? levels : [UNKNOWN_SLUG]).map((n) => ({ name: n.name, url: n.url }));
}

/** what a node's own articles are called on its page */
export function hereLabel(depth: number): string {
  return depth === 1 ? CITY_UNKNOWN : COUNTY_UNKNOWN;
}
