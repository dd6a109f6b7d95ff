// Everything the pages group by, computed once from the articles (src/site/site-archive.ts
// keeps the one result of a build and hands it to every page).
import type { ArticleInfo } from './bodies.ts';
import { browsePages, type BrowseNode, type BrowsePage } from './browse.ts';
import { clippings, type Clipping } from './clippings.ts';
import { dateTree } from './dates.ts';
import { placeTree } from './places.ts';
import { relatedIndex } from './related.ts';
import { sourceTree } from './sources.ts';

export interface Archive {
  articles: ArticleInfo[];
  dates: BrowseNode;
  places: BrowseNode;
  sources: BrowseNode;
  clippings: Clipping[];
  clippingOf: Map<string, Clipping>;
  related: Map<string, ArticleInfo[]>;
  pages: { dates: BrowsePage[]; places: BrowsePage[]; sources: BrowsePage[] };
}

export function archive(articles: ArticleInfo[]): Archive {
  const dates = dateTree(articles);
  const places = placeTree(articles);
  const sources = sourceTree(articles);
  const list = clippings(articles);
  return {
    articles,
    dates,
    places,
    sources,
    clippings: list,
    clippingOf: new Map(list.map((c) => [c.sourceFile, c])),
    related: relatedIndex(articles),
    pages: { dates: browsePages(dates), places: browsePages(places), sources: browsePages(sources) },
  };
}
