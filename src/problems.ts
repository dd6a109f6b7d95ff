import type { Problem } from './schema.ts';

/** One problem as people read it: `file:line: severity: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line ?? 1}: ${p.severity}: ${p.message}`;
}
