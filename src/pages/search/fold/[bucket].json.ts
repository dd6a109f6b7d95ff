// The traditional → simplified pairs the search page folds a query with, one small file per
// bucket of code points (see FOLD_BUCKETS in search/tokens.ts).
import type { APIContext } from 'astro';
import { siteArchive } from '../../../site/site-archive.ts';
import { searchableBlocks } from '../../../site/catalog.ts';
import { foldTable } from '../../../search/fold.ts';
import { FOLD_BUCKETS, foldBucket } from '../../../search/tokens.ts';

export async function getStaticPaths() {
  const articles = (await siteArchive()).articles;
  const table = foldTable(articles.flatMap(searchableBlocks));
  const buckets = Array.from({ length: FOLD_BUCKETS }, () => ({}) as Record<string, string>);
  for (const [t, s] of Object.entries(table)) buckets[foldBucket(t)]![t] = s;
  return buckets.map((pairs, bucket) => ({ params: { bucket: String(bucket) }, props: { pairs } }));
}

export function GET({ props }: APIContext<{ pairs: Record<string, string> }>) {
  return new Response(JSON.stringify(props.pairs), { headers: { 'content-type': 'application/json' } });
}
