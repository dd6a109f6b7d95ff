import type { FileReading, NormalizeResult, Problem } from './schema.ts';

/** One problem as people read it: `file:line: severity: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line ?? 1}: ${p.severity}: ${p.message}`;
}

/**
 * What a file was read as, for an editor's eye: each article on a line (`  12  title  date
 * place`), then the decisions taken on weak evidence. A merged or split report shows at a glance.
 */
export function formatReading(r: FileReading): string {
  const rows = r.articles.map(
    (a) => `  ${String(a.line).padStart(5)}  ${a.title}  ${a.date ?? '（无日期）'}  ${a.place ?? '（无地点）'}`,
  );
  const unsure = r.unsure.map((u) => `${r.file}:${u.line}: unsure: ${u.decision}`);
  return [`${r.file}: ${r.articles.length} article(s)`, ...rows, ...unsure, ''].join('\n');
}

/** `check --json`: per file what was read, and every problem, for tools. */
export function checkJson(result: NormalizeResult): { files: FileReading[]; problems: Problem[] } {
  return { files: result.readings ?? [], problems: result.problems };
}
