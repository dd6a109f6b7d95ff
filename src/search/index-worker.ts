// A process that builds the search index (build-index.ts) from the articles as the content
// store holds them, reading each body from its file (site/bodies.ts), and writes the JSON
// export beside it (site/export.ts: it reads the same bodies, while the index's chunks are
// compressed on other threads); it answers with where the parts are. Started by the search
// integration when the build starts (index-in-child.ts).
import { prepareSearchIndex, type BuiltIndex } from './build-index.ts';
import { withBody, type StoredArticle } from '../site/bodies.ts';
import { writeExport } from '../site/export.ts';

export type IndexAnswer = { built: BuiltIndex } | { error: string };
export interface IndexRequest {
  articles: StoredArticle[];
  /** where to write the JSON export */
  exportFile: string;
}

process.once('message', ({ articles, exportFile }: IndexRequest) => {
  const whole = (a: StoredArticle) => withBody(a);
  Promise.all([prepareSearchIndex(articles, whole), writeExport(articles, whole, exportFile)]).then(
    ([built]) => process.send!({ built } satisfies IndexAnswer, () => process.disconnect()),
    (e: Error) => process.send!({ error: e.stack ?? String(e) } satisfies IndexAnswer, () => process.disconnect()),
  );
});
