// A process that builds the search index (build-index.ts) from the articles as the content
// store holds them, reading each body from its file (site/bodies.ts), and writes the JSON
// export beside it (site/export.ts: it reads the same bodies, while the index's chunks are
// compressed on other threads); it lays the parts out as the site serves them in a staging
// directory and answers with what it built. Started by the search integration when the build
// starts (index-in-child.ts).
import { prepareSearchIndex, stageOutput, type BuiltIndex } from './build-index.ts';
import { withBody, type StoredArticle } from '../site/bodies.ts';
import { writeExport } from '../site/export.ts';

export type IndexAnswer = { built: BuiltIndex } | { error: string };
export interface IndexRequest {
  articles: StoredArticle[];
  /** where to write the JSON export */
  exportFile: string;
  /** where to lay out /pagefind/ (build-index.ts stageOutput) */
  outputDir: string;
}

process.once('message', ({ articles, exportFile, outputDir }: IndexRequest) => {
  const whole = (a: StoredArticle) => withBody(a);
  const index = prepareSearchIndex(articles, whole).then((built) => (stageOutput(built.dirs, outputDir), built));
  Promise.all([index, writeExport(articles, whole, exportFile)]).then(
    ([built]) => process.send!({ built } satisfies IndexAnswer, () => process.disconnect()),
    (e: Error) => process.send!({ error: e.stack ?? String(e) } satisfies IndexAnswer, () => process.disconnect()),
  );
});
