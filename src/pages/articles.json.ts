// The JSON export: every article as contract C1 describes it, for researchers and for the
// search indexer. Written article by article, each body read from its file (site/bodies.ts):
// on a large archive one JSON string of it all would pass V8's limit on string length (~0.5 G
// characters; ~50,000 articles at 6 KB each come close).
import { byDateDesc } from '../site/catalog.ts';
import { withBody } from '../site/bodies.ts';
import { siteArchive } from '../site/site-archive.ts';

/** articles serialised per chunk of the stream */
const ARTICLES_PER_CHUNK = 200;

export async function GET() {
  const articles = [...(await siteArchive()).articles].sort(byDateDesc);
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const head = next === 0 ? `{"generated":"jianbao","count":${articles.length},"articles":[` : '';
      const part = articles.slice(next, next + ARTICLES_PER_CHUNK).map((a) => JSON.stringify(withBody(a)));
      next += ARTICLES_PER_CHUNK;
      const done = next >= articles.length;
      controller.enqueue(
        encoder.encode(head + (head || !part.length ? '' : ',') + part.join(',') + (done ? ']}' : '')),
      );
      if (done) controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
