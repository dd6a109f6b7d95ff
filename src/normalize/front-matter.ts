// Stage 2: front matter. An editor may open a clipping with a YAML block giving what the text
// may not say (source, date, city/place, title). It wins over inference; bad values are errors
// that name the line.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';
import type { z } from 'zod';
import { frontMatterSchema, type FrontMatter, type Problem } from '../schema.ts';

export interface SplitFrontMatter {
  frontMatter?: FrontMatter;
  body: string;
  /** 1-based line where the body starts */
  bodyStartLine: number;
  /** 1-based file line of each entry of `articles:` (per-article overrides) */
  articleLines: number[];
  problems: Array<Omit<Problem, 'file'>>;
}

export function splitFrontMatter(text: string): SplitFrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { body: text, bodyStartLine: 1, articleLines: [], problems: [] };
  const yamlText = match[1]!;
  const bodyStartLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  const problems: SplitFrontMatter['problems'] = [];
  const doc = parseDocument(yamlText);
  const lineOf = (offset: number) => 2 + yamlText.slice(0, offset).split('\n').length - 1;
  for (const err of doc.errors) {
    problems.push({
      line: lineOf(err.pos[0]),
      severity: 'error',
      message: `front matter is not valid YAML: ${err.message.split('\n')[0]}`,
    });
  }
  if (doc.errors.length) return { body: text.slice(match[0].length), bodyStartLine, articleLines: [], problems };
  const raw: unknown = doc.toJS() ?? {};
  const parsed = frontMatterSchema.safeParse(raw);
  const body = text.slice(match[0].length);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ ...describeIssue(issue, doc, lineOf), severity: 'error' });
    return { body, bodyStartLine, articleLines: [], problems };
  }
  const entries = doc.get('articles', true);
  const articleLines = isSeq(entries)
    ? entries.items.map((item) => lineOf((item as { range?: [number, number, number] }).range?.[0] ?? 0))
    : [];
  return { frontMatter: parsed.data, body, bodyStartLine, articleLines, problems };
}

const TOP_KEYS = 'source, date, city, place, title, articles, keep';
const ARTICLE_KEYS = 'headline, line, start, title, date, source, city, place, byline';

/** A zod issue as an editor reads it, on the file line of the key (or list entry) it is about. */
function describeIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  lineOf: (offset: number) => number,
): { line: number; message: string } {
  const unknown = issue.code === 'unrecognized_keys';
  const path = unknown ? [...issue.path, issue.keys[0]!] : issue.path;
  // the deepest node of the path the YAML has: the key itself, else the entry holding it
  let line = 1;
  for (let depth = path.length; depth > 0; depth--) {
    const node = keyNode(doc, path.slice(0, depth) as Array<string | number>);
    if (node?.range) {
      line = lineOf(node.range[0]);
      break;
    }
  }
  const where = path
    .map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  if (!unknown) return { line, message: `front matter "${where}": ${issue.message}` };
  const inArticle = issue.path[0] === 'articles';
  const keys = issue.keys.map((k) => `"${k}"`).join(', ');
  return {
    line,
    message: inArticle
      ? `unknown key ${keys} in front matter "${issue.path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : p)).join('')}" (allowed: ${ARTICLE_KEYS})`
      : `unknown front matter key ${keys} (allowed: ${TOP_KEYS})`,
  };
}

/** The YAML node of a key (the key scalar, so its line is the key's), or of a list entry. */
function keyNode(doc: Document, path: Array<string | number>): { range?: [number, number, number] | null } | null {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1]!;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return (pair?.key as Scalar | undefined) ?? null;
  }
  if (isSeq(parent) && typeof last === 'number')
    return (parent.items[last] as { range?: [number, number, number] }) ?? null;
  return null;
}
