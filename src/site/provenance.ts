// The provenance line at the top of an article: where it was printed (source), when (as
// precisely as known), where it is about (province › city › county), who wrote it, and the
// clipping it was cut from. The same values, and only those, are what search reads besides
// title and body: a label or an "unknown" is shown but not searchable.
import type { ArticleInfo } from './bodies.ts';
import { nodeAt, type BrowseNode, type Link } from './browse.ts';
import { formatDate } from './dates.ts';
import { placeCrumbs } from './places.ts';
import { namedSource } from './sources.ts';
import { clippingUrl, dateUrl } from './urls.ts';

export interface Provenance {
  /** the paper's name, linked to its page; null when no clipping or front matter names it */
  source: Link | null;
  /** the date as text, its `datetime` value and its browse page; null when unknown */
  date: (Link & { datetime: string }) | null;
  /** province › city › county, each linked (the unknown group when there is no place) */
  place: Link[];
  /** the byline as printed, names joined */
  byline: string | null;
  clipping: Link;
}

/** the browse trees the provenance links into */
export interface Trees {
  places: BrowseNode;
  sources: BrowseNode;
}

export function provenance(a: ArticleInfo, trees: Trees): Provenance {
  const source = namedSource(a);
  const sourceNode = source ? nodeAt(trees.sources, [source])[0] : undefined;
  return {
    source: sourceNode ? { name: sourceNode.name, url: sourceNode.url } : null,
    date: a.date ? { name: formatDate(a.date), url: dateUrl(a.date), datetime: a.date } : null,
    place: placeCrumbs(trees.places, a),
    byline: a.byline.length ? a.byline.join('、') : null,
    clipping: { name: a.sourceFile.split('/').at(-1)!, url: clippingUrl(a.sourceFile) },
  };
}

/** Provenance values a reader searches: source, date, each place name, byline (no labels). */
export function provenanceBlocks(
  a: Pick<ArticleInfo, 'source' | 'date' | 'byline' | 'province' | 'city' | 'place'>,
): string[] {
  const places = [...new Set([a.province, a.city, a.place].filter((x): x is string => Boolean(x)))];
  const source = namedSource(a);
  return [
    ...(source ? [source] : []),
    ...(a.date ? [formatDate(a.date)] : []),
    ...places,
    ...(a.byline.length ? [a.byline.join('、')] : []),
  ];
}
