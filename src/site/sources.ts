// Sources: the papers articles were printed in, a page each. `本报` ("this paper") names no
// paper when the clipping does not say which, so it counts as unknown, as does no source.
import type { ArticleInfo } from './bodies.ts';
import { buildTree, nameStep, unknownStep, type BrowseNode } from './browse.ts';
import { printedOrder } from './dates.ts';
import { UNKNOWN_SLUG } from './urls.ts';

export const SOURCE_UNKNOWN = '来源不详';

/** words a text uses for its own paper or site: they say nothing about which one */
const SELF_REFERENCES = new Set(['本报', '本刊', '本台', '本网', '本站']);

/** the paper's name when the article's clipping or front matter gives one */
export function namedSource(a: Pick<ArticleInfo, 'source'>): string | null {
  return a.source && !SELF_REFERENCES.has(a.source.trim()) ? a.source : null;
}

export function sourceTree(articles: ArticleInfo[]): BrowseNode {
  return buildTree(articles, {
    root: { name: '按来源', url: '/sources/' },
    path: (a) => {
      const source = namedSource(a);
      return [source ? nameStep(source) : unknownStep(SOURCE_UNKNOWN)];
    },
    compare: (x, y) => Number(x.keys[0] === UNKNOWN_SLUG) - Number(y.keys[0] === UNKNOWN_SLUG) || y.count - x.count,
    order: printedOrder,
  });
}
