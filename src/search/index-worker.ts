// A process that builds the search index (build-index.ts) from the articles as the content
// store holds them, reading each body from its file (site/bodies.ts), and answers with where
// the parts are. Started by the search integration when the build starts (index-in-child.ts).
import { prepareSearchIndex, type BuiltIndex } from './build-index.ts';
import { withBody, type StoredArticle } from '../site/bodies.ts';

export type IndexAnswer = { built: BuiltIndex } | { error: string };

process.once('message', (articles: StoredArticle[]) => {
  prepareSearchIndex(articles, (a) => withBody(a)).then(
    (built) => process.send!({ built } satisfies IndexAnswer, () => process.disconnect()),
    (e: Error) => process.send!({ error: e.stack ?? String(e) } satisfies IndexAnswer, () => process.disconnect()),
  );
});
