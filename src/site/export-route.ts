// /articles.json in `npm run dev` (the search integration injects it there only; a build
// writes the file from the index's process, site/export.ts).
import { withBody } from './bodies.ts';
import { exportChunks } from './export.ts';
import { siteArchive } from './site-archive.ts';

export async function GET() {
  const chunks = exportChunks((await siteArchive()).articles, (a) => withBody(a));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
