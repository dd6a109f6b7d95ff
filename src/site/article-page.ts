// What an article's page shows from the rest of the archive: its clipping, its neighbours in
// it, related articles and the provenance line. Worked out twice per page, once for the
// page's cache key in getStaticPaths and again when it renders, so that the route's props
// (which Astro holds for every page through the whole page stage) are the article alone.
import type { Archive } from './archive.ts';
import type { ArticleInfo } from './bodies.ts';
import type { Link } from './browse.ts';
import { neighbours } from './clippings.ts';
import { provenance, type Provenance } from './provenance.ts';

export interface ArticleSurroundings {
  clipping: Link;
  around: { prev: Link | null; next: Link | null };
  related: ArticleInfo[];
  provenance: Provenance;
}

export function articleSurroundings(a: ArticleInfo, site: Archive): ArticleSurroundings {
  const clipping = site.clippingOf.get(a.sourceFile);
  // `astro dev` after a clipping was removed: a page with the old props meets the new archive
  if (!clipping) throw new Error(`${a.sourceFile}: no longer in the archive (article ${a.id})`);
  return {
    clipping: { name: clipping.name, url: clipping.url },
    around: neighbours(clipping, a),
    related: site.related.get(a.id) ?? [],
    provenance: provenance(a, site),
  };
}
