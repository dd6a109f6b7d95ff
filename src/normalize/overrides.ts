// Per-article overrides: the front matter's `articles:` list lets an editor overrule the
// machine for one article of a file without touching the printed text.
//
//   articles:
//     - headline: 市人才工作领导小组会议召开   # the article, by its headline as printed…
//       date: 2022-01-05
//       place: 船营区
//     - line: 88                             # …or by a line of the file inside it
//       byline: [记者 张三]
//     - line: 120                            # line 120 is the headline of an article the
//       start: true                          # machine missed (as `# ` before it would say)
//
// Starts are marked on the tree before the repairs (markArticleStarts: the line becomes a
// heading block the splitter always starts an article at); the fields are applied after
// describe (applyOverrides), and ids are made before that, so an override never moves an
// address.
import type { VFile } from 'vfile';
import type { Article, ArticleOverride, Problem } from '../schema.ts';
import { compact } from './chars.ts';
import { placeOf, resolvePlace, type Place } from './describe/place.ts';
import { fileData, splitBlockAt, type Block, type ClippingTree } from './tree.ts';

/** Unified transformer: each `start:` line becomes a heading block of its own. */
export function markArticleStarts() {
  return (tree: ClippingTree, file: VFile): void => {
    const starts = (fileData(file).frontMatter?.articles ?? []).flatMap((o) => (o.start && o.line ? [o.line] : []));
    for (const line of starts) {
      const k = tree.children.findIndex((b) => b.data.lineMap.some(([, l]) => l === line));
      if (k < 0) continue; // applyOverrides reports a start it cannot find
      const pieces = isolateLine(tree.children[k]!, line);
      const mark = pieces.find((b) => b.data.lineMap[0]![1] === line)!;
      Object.assign(mark, { type: 'heading', depth: 1 });
      mark.data.markedStart = true;
      tree.children.splice(k, 1, ...pieces);
    }
  };
}

/** The block cut so that `line` is a block of its own: [before?, line, after?]. */
function isolateLine(block: Block, line: number): Block[] {
  const map = block.data.lineMap;
  const at = map.findIndex(([, l]) => l === line);
  const pieces: Block[] = [];
  let rest = block;
  if (at > 0) {
    pieces.push(rest);
    rest = splitBlockAt(rest, map[at]![0] - 1);
  }
  const next = rest.data.lineMap[1];
  const after = next ? splitBlockAt(rest, next[0] - 1) : null;
  pieces.push(rest, ...(after ? [after] : []));
  return pieces;
}

type Report = (line: number | null, severity: Problem['severity'], message: string) => void;

/**
 * Applies each override to the article it names. An override naming no article, or more than
 * one, is an error on its own front-matter line, like any front matter error. Returns, for each
 * article, the fields the editor set ('place' for a place or city).
 */
export function applyOverrides(
  articles: Article[],
  firstLines: number[],
  overrides: ArticleOverride[] | undefined,
  entryLines: number[],
  report: Report,
): Array<Set<string>> {
  const set = articles.map(() => new Set<string>());
  (overrides ?? []).forEach((o, n) => {
    const fail = (message: string) =>
      report(entryLines[n] ?? 1, 'error', `front matter "articles[${n + 1}]": ${message}`);
    const found = o.headline !== undefined ? byHeadline(articles, o.headline) : byLine(firstLines, o.line!);
    if (typeof found === 'string') return fail(found);
    if (o.start && firstLines[found] !== o.line)
      return fail(`no article could start at line ${o.line}: is the line blank, or removed as page furniture?`);
    const a = articles[found]!;
    const given = o.place ?? o.city;
    const fields = { title: o.title, date: o.date, source: o.source, byline: o.byline, place: given };
    for (const [field, value] of Object.entries(fields)) if (value !== undefined) set[found]!.add(field);
    Object.assign(a, {
      ...(o.title && { title: o.title }),
      ...(o.date && { date: o.date }),
      ...(o.source && { source: o.source }),
      ...(o.byline && { byline: o.byline }),
      ...(given && placeFor(given, o.city)),
    });
  });
  return set;
}

function byHeadline(articles: Article[], headline: string): number | string {
  const key = compact(headline);
  const hits = articles.flatMap((a, k) => {
    const lines = [a.title, a.subtitle ?? '', `${a.title}${a.subtitle ?? ''}`].map(compact);
    return lines.includes(key) ? [k] : [];
  });
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1)
    return `${hits.length} articles have the headline "${headline}"; name the one you mean by "line:"`;
  const known = articles.map((a) => `"${a.title}"`).slice(0, 5);
  return `no article has the headline "${headline}" (headlines read: ${known.join('、')}${articles.length > 5 ? '…' : ''})`;
}

function byLine(firstLines: number[], line: number): number | string {
  let k = -1;
  while (k + 1 < firstLines.length && firstLines[k + 1]! <= line) k++;
  return k >= 0 ? k : `line ${line} comes before the first article (line ${firstLines[0] ?? '—'})`;
}

function placeFor(given: string, city: string | undefined): Place {
  const d = resolvePlace(given);
  return d ? placeOf(d) : { place: given, city: city ?? null, province: null };
}
