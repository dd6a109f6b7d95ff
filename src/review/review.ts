// What an editor reviews before publishing: every problem `check` reports and every decision
// the normaliser was unsure of, grouped by clipping file in line order, each tied to the
// article whose lines it falls in (so the review page links to it).
import type { Article, NormalizeResult } from '../schema.ts';
import type { ArticleInfo } from '../site/bodies.ts';

export interface ReviewItem {
  line: number | null;
  kind: 'error' | 'warning' | 'unsure';
  message: string;
  /** the article the line falls in, when there is one */
  article: Pick<Article, 'id' | 'title'> | null;
}

export interface ReviewFile {
  file: string;
  items: ReviewItem[];
}

const ORDER = { error: 0, warning: 1, unsure: 2 };

export function reviewItems(result: Pick<NormalizeResult, 'problems'> & { articles: ArticleInfo[] }): ReviewFile[] {
  const byFile = new Map<string, ReviewItem[]>();
  const add = (file: string, item: ReviewItem) => byFile.set(file, [...(byFile.get(file) ?? []), item]);
  const articlesOf = new Map<string, ArticleInfo[]>();
  for (const a of result.articles) articlesOf.set(a.sourceFile, [...(articlesOf.get(a.sourceFile) ?? []), a]);
  for (const p of result.problems)
    add(p.file, {
      line: p.line,
      kind: p.severity,
      message: p.message,
      article: articleAt(articlesOf.get(p.file), p.line),
    });
  for (const a of result.articles)
    for (const u of a.unsure ?? [])
      add(a.sourceFile, { line: u.line, kind: 'unsure', message: u.decision, article: { id: a.id, title: a.title } });
  return [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, items]) => ({
      file,
      items: items.sort((x, y) => (x.line ?? 0) - (y.line ?? 0) || ORDER[x.kind] - ORDER[y.kind]),
    }));
}

/** the article whose lines hold `line` (by its recorded lines, else the last one starting before) */
function articleAt(articles: ArticleInfo[] | undefined, line: number | null): ReviewItem['article'] {
  if (!articles?.length || line === null) return null;
  const inside = articles.find((a) => a.lines && a.lines[0] <= line && line <= a.lines[1]);
  const before = articles.filter((a) => (a.lines?.[0] ?? Infinity) <= line).at(-1);
  const a = inside ?? before ?? null;
  return a && { id: a.id, title: a.title };
}
