// The JSON export: every article as contract C1 describes it, for researchers and for the
// search indexer.
import { getCollection } from 'astro:content';
import { byDateDesc } from '../site/catalog.ts';

export async function GET() {
  const articles = (await getCollection('articles')).map((e) => e.data).sort(byDateDesc);
  return new Response(JSON.stringify({ generated: 'jianbao', count: articles.length, articles }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
