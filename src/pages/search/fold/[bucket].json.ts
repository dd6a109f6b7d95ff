// The traditional → simplified pairs the search page folds a query with, one small file per
// bucket of code points (see FOLD_BUCKETS in search/tokens.ts), cut from the table content
// sync wrote for this archive (search/fold-table.ts).
import type { APIContext } from 'astro';
import { readFoldTable } from '../../../search/fold-table.ts';
import { FOLD_BUCKETS, foldBucket } from '../../../search/tokens.ts';

export function getStaticPaths() {
  const buckets = Array.from({ length: FOLD_BUCKETS }, () => ({}) as Record<string, string>);
  for (const [t, s] of Object.entries(readFoldTable())) buckets[foldBucket(t)]![t] = s;
  return buckets.map((pairs, bucket) => ({ params: { bucket: String(bucket) }, props: { pairs } }));
}

export function GET({ props }: APIContext<{ pairs: Record<string, string> }>) {
  return new Response(JSON.stringify(props.pairs), { headers: { 'content-type': 'application/json' } });
}
