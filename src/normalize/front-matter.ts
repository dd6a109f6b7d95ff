// Stage 2: front matter. An editor may open a clipping with a YAML block giving what the text
// may not say (source, date, city/place, title). It wins over inference; bad values are errors
// that name the line.
import { parseDocument } from 'yaml';
import { frontMatterSchema, type FrontMatter, type Problem } from '../schema.ts';

export interface SplitFrontMatter {
  frontMatter?: FrontMatter;
  body: string;
  /** 1-based line where the body starts */
  bodyStartLine: number;
  problems: Array<Omit<Problem, 'file'>>;
}

export function splitFrontMatter(text: string): SplitFrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { body: text, bodyStartLine: 1, problems: [] };
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
  if (doc.errors.length) return { body: text.slice(match[0].length), bodyStartLine, problems };
  const raw: unknown = doc.toJS() ?? {};
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const yamlLines = yamlText.split('\n');
    for (const issue of parsed.error.issues) {
      const unknown = issue.code === 'unrecognized_keys';
      const key = unknown ? issue.keys[0] : issue.path[0];
      const what = unknown
        ? `unknown front matter key ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: source, date, city, place, title)`
        : `front matter "${String(key)}": ${issue.message}`;
      // the file line of the key: the YAML starts on line 2, after the opening ---
      const at = yamlLines.findIndex((l) => l.startsWith(`${String(key)}:`));
      problems.push({ line: at >= 0 ? at + 2 : 1, severity: 'error', message: what });
    }
    return { body: text.slice(match[0].length), bodyStartLine, problems };
  }
  return { frontMatter: parsed.data, body: text.slice(match[0].length), bodyStartLine, problems };
}
