// The normaliser: a pure function from a clipping file's bytes to articles and problems.
// The CLI, the Astro content loader and the tests all call normalizeClipping; the order of
// the stages is written down here and nowhere else.
import path from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Article, Correction, NormalizeResult, Problem } from '../schema.ts';
import { articleIds } from './article-id.ts';
import { opensOnNounPhrase } from './chars.ts';
import { decodeClipping } from './decode.ts';
import { describeArticle, type FileContext } from './describe/index.ts';
import { pageContext } from './describe/page-context.ts';
import { splitFrontMatter } from './front-matter.ts';
import { clippingBlocks, clippingParser } from './parse.ts';
import { collapseSpuriousSpaces } from './repair/collapse-spurious-spaces.ts';
import { joinWrappedLines } from './repair/join-wrapped-lines.ts';
import { removeCaptions } from './repair/remove-captions.ts';
import { removeDuplicates } from './repair/remove-duplicates.ts';
import { removePageLinks } from './repair/remove-page-links.ts';
import { removeFurniture } from './repair/remove-furniture.ts';
import { restoreMisdecodedPunctuation } from './repair/restore-misdecoded-punctuation.ts';
import { widenHalfwidthPunctuation } from './repair/widen-halfwidth-punctuation.ts';
import { measurePageLayout } from './recognise/layout.ts';
import { cutOffParagraphs, fileReading } from './reading.ts';
import { pinyinSlug } from './slug.ts';
import { splitArticles, type ArticleDraft } from './split.ts';
import { applyOverrides, markArticleStarts } from './overrides.ts';
import { keptBackProblems } from './keep.ts';
import { fileData, type ClippingTree } from './tree.ts';

/**
 * The repair pipeline, in order. Furniture goes first (it is line-based); mis-decoded
 * punctuation before the line joiner, which needs to see real sentence ends; the other
 * character-level repairs after it, when a mark's neighbours are on the same line at last;
 * duplicates on clean, joined text; captions last, once doubled ones are undone.
 */
export const repairProcessor = unified()
  .use(clippingParser)
  .use(clippingBlocks)
  .use(markArticleStarts)
  .use(removeFurniture)
  .use(measurePageLayout)
  .use(removePageLinks)
  .use(restoreMisdecodedPunctuation)
  .use(joinWrappedLines)
  .use(widenHalfwidthPunctuation)
  .use(collapseSpuriousSpaces)
  .use(removeDuplicates)
  .use(removeCaptions)
  .freeze();

export interface ClippingInput {
  /** the path to report in problems and sourceFile, e.g. content/clippings/lindian.txt */
  path: string;
  bytes: Uint8Array;
  /** the archive's keep-as-printed list (content/keep.txt); the file's own `keep:` adds to it */
  keep?: string[];
}

type Report = (line: number | null, severity: Problem['severity'], message: string) => void;

export function normalizeClipping(input: ClippingInput): NormalizeResult {
  const problems: Problem[] = [];
  const report: Report = (line, severity, message) => problems.push({ file: input.path, line, severity, message });

  const decoded = decodeClipping(input.bytes);
  if (decoded.warning) report(null, 'warning', decoded.warning);
  if (decoded.error) {
    report(decoded.error.line, 'error', decoded.error.message);
    return { articles: [], problems };
  }
  const fm = splitFrontMatter(decoded.text);
  for (const p of fm.problems) report(p.line, p.severity, p.message);

  const file = new VFile({ path: input.path, value: fm.body });
  const keep = [...(input.keep ?? []), ...(fm.frontMatter?.keep ?? [])];
  Object.assign(fileData(file), { bodyStartLine: fm.bodyStartLine, frontMatter: fm.frontMatter, keep });
  const tree = repairProcessor.runSync(repairProcessor.parse(file), file) as unknown as ClippingTree;
  const drafts = splitArticles(tree, file);
  const data = fileData(file);
  for (const p of keptBackProblems(data.keptBack)) report(p.line, p.severity, p.message);

  const ctx: FileContext = {
    frontMatter: fm.frontMatter,
    page: pageContext(
      data,
      tree.children.map((b) => b.value),
    ),
    credits: data.pageMeta.filter((m) => m.key === 'credit').map((m) => m.value),
    unsure: data.unsure,
  };
  const withBody = drafts.filter((d) => d.body.length > 0);
  recordHeadlessDrafts(drafts, data.corrections);
  const guesses: Guess[] = [];
  const described = withBody.map((draft, k) =>
    buildArticle(draft, ctx, withBody.length === 1, data.corrections, (field, message) =>
      guesses.push({ article: k, line: draft.firstLine, field, message }),
    ),
  );
  // ids come from the headlines as printed, before any override: an override never moves an address
  const ids = articleIds(fileStem(input.path), described);
  const fileEnd = lineCount(decoded.text);
  const articles = described.map((article, i) => {
    const lines = articleLines(withBody[i]!.firstLine, withBody, fileEnd);
    return { ...article, id: ids[i]!, sourceFile: input.path, lines };
  });
  const firstLines = withBody.map((d) => d.firstLine);
  const set = applyOverrides(articles, firstLines, fm.frontMatter?.articles, fm.articleLines, report);
  // a guess the editor has overruled is no longer worth a warning
  for (const g of guesses) if (!set[g.article]!.has(g.field)) report(g.line, 'warning', g.message);
  reportFileProblems(articles, withBody, report);
  for (const cut of cutOffParagraphs(withBody)) report(cut.line, 'warning', cut.message);
  assignCorrections(articles, firstLines, data.corrections);
  // the decisions a stage was unsure of, to the article whose lines they fall in (review page)
  for (const u of data.unsure) {
    const a =
      articles[
        Math.max(
          0,
          firstLines.findLastIndex((l) => l <= u.line),
        )
      ];
    if (a) (a.unsure ??= []).push(u);
  }
  return { articles, problems, readings: [fileReading(input.path, articles, withBody, data.unsure)] };
}

/** Headline lines without a body (a collection's cover title, a 目录 heading) are not articles. */
function recordHeadlessDrafts(drafts: ArticleDraft[], corrections: Correction[]): void {
  for (const d of drafts) {
    if (d.body.length > 0) continue;
    for (const line of [...d.headline, ...d.bylines, ...d.datelines])
      corrections.push({ kind: 'not-an-article', before: line, after: '', line: d.firstLine });
  }
}

/** A warning about what the machine guessed (or could not) for one field of an article. */
interface Guess {
  article: number;
  line: number;
  field: 'title' | 'date' | 'place';
  message: string;
}

/** One draft → an article (without its id and file), with the warnings an editor should see. */
function buildArticle(
  draft: ArticleDraft,
  ctx: FileContext,
  onlyArticle: boolean,
  corrections: Correction[],
  warn: (field: Guess['field'], message: string) => void,
): Omit<Article, 'id' | 'sourceFile'> {
  const kept = draft.body
    .map((b) => ({ text: b.value.replace(/\s*\n\s*/g, ''), head: b.data.sectionHead === true }))
    .filter((p) => p.text);
  const paragraphs = kept.map((p) => p.text);
  const sectionHeads = kept.flatMap((p, k) => (p.head ? [k] : []));
  for (const line of [...draft.headline, ...draft.bylines, ...draft.datelines]) {
    corrections.push({ kind: 'metadata', before: line, after: '', line: draft.firstLine });
  }
  const d = describeArticle(draft, paragraphs, ctx, onlyArticle);
  if (d.titleFromText && !draft.leadIsTitle)
    warn('title', `no headline found; the title "${d.title}" was taken from the first sentence`);
  if (!d.date) warn('date', `no date found for "${d.title}" (add "date:" front matter to set one)`);
  if (!d.place) warn('place', `no place found for "${d.title}" (grouped as 全国及未注明地区)`);
  const { titleFromText: _, ...meta } = d;
  return { ...meta, paragraphs, sectionHeads, corrections: [] };
}

/** Problems of the file as a whole: no article at all, or a first article cut from the page before. */
function reportFileProblems(articles: Article[], drafts: ArticleDraft[], report: Report): void {
  if (articles.length === 0) report(null, 'error', 'no article text found in this file');
  const opening = articles[0]?.paragraphs[0];
  if (opening && (/^[，。、；：！？,.;:!?）)”’]/u.test(opening) || opensOnNounPhrase(opening))) {
    report(
      drafts[0]!.firstLine,
      'warning',
      `"${articles[0]!.title}" starts mid-sentence: its beginning is not in this file`,
    );
  }
}

/** An article's lines: from its first line to the line before the next article's (or the file's end). */
function articleLines(first: number, drafts: ArticleDraft[], fileEnd: number): [number, number] {
  const next = Math.min(...drafts.map((d) => d.firstLine).filter((l) => l > first));
  return [first, Number.isFinite(next) ? next - 1 : Math.max(first, fileEnd)];
}

/** The file's last line: its lines, not counting an empty one after a final line break. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** Each correction goes to the article whose lines it falls in (file-level ones to the nearest). */
function assignCorrections(articles: Article[], firstLines: number[], corrections: Correction[]): void {
  if (articles.length === 0) return;
  const sorted = [...corrections].sort((a, b) => a.line - b.line);
  for (const c of sorted) {
    let k = 0;
    while (k + 1 < firstLines.length && firstLines[k + 1]! <= c.line) k++;
    articles[k]!.corrections.push(c);
  }
}

/** A readable, URL-safe stem for ids: the file name, in pinyin when it is Chinese. */
export function fileStem(filePath: string): string {
  return pinyinSlug(path.basename(filePath).replace(/\.[^.]+$/, '')) || 'clipping';
}
