// Keep as printed: strings no repair may change — a name the punctuation repair would read as
// a garbled mark (`袁建兵`, `曰`), an institution's short form (`基层院`). They come from the
// archive's list (content/keep.txt, one string a line, `#` comments) and a file's front matter
// `keep:`. The check is made in one place, applyEdits (tree.ts), which every repair changes
// text through: an edit overlapping a kept string is not made, and what it would have done is
// recorded so `check` can say which string stopped which correction.
import type { Problem } from '../schema.ts';

export interface KeptBack {
  kept: string;
  kind: string;
  before: string;
  after: string;
  line: number;
}

/** The strings of a keep list file: one a line, blank lines and `# comments` skipped. */
export function parseKeepList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/u, '').trim())
    .filter(Boolean);
}

const patterns = new Map<string, RegExp>();
/** a kept string as printed, allowing a line break anywhere in it (a wrapped line) */
function patternOf(kept: string): RegExp {
  let re = patterns.get(kept);
  if (!re) {
    const chars = [...kept].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(chars.join('\\n?'), 'gu');
    patterns.set(kept, re);
  }
  return re;
}

/**
 * The kept string an edit of `text[start, end)` would touch, if any. Joining a wrapped line
 * inside a kept string (removing its line break) changes no printed character and is allowed.
 */
export function keptStringTouched(text: string, start: number, end: number, keep: string[]): string | null {
  const removed = text.slice(start, end);
  if (removed.includes('\n') && removed.trim() === '') return null;
  for (const kept of keep) {
    for (const m of text.matchAll(patternOf(kept))) {
      const [from, to] = [m.index, m.index + m[0].length];
      const overlaps = start === end ? start > from && start < to : start < to && end > from;
      if (overlaps) return kept;
    }
  }
  return null;
}

/** One warning per kept string and kind of repair, so the editor sees the list at work. */
export function keptBackProblems(kept: KeptBack[]): Array<Omit<Problem, 'file'>> {
  const groups = new Map<string, KeptBack[]>();
  for (const k of kept) groups.set(`${k.kept}\u0000${k.kind}`, [...(groups.get(`${k.kept}\u0000${k.kind}`) ?? []), k]);
  return [...groups.values()].map((g) => {
    const first = g[0]!;
    const times = g.length > 1 ? `${g.length} ${first.kind} corrections, the first` : `a ${first.kind} correction`;
    return {
      line: first.line,
      severity: 'warning',
      message: `kept as printed: "${first.kept}" stopped ${times} ("${first.before}" → "${first.after}")`,
    };
  });
}
