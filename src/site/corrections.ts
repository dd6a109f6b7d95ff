// The corrections log for people: what the normaliser changed in an article, grouped by kind
// with counts, each spot shown once as its final edit (two repairs of one spot, such as a
// restored colon and then the space after it, read as one), the changed characters marked
// inside a little of the text around them, and the line of the clipping it was on.
import { correctionFamily, type Correction, type CorrectionFamily, type CorrectionKind } from '../schema.ts';

/** Readers' names for the kinds of correction the normaliser records. */
const LABELS: Record<CorrectionFamily, string> = {
  punctuation: '恢复误码标点',
  halfwidth: '半角标点改为全角',
  spacing: '删除多余空格',
  duplicate: '删除重复文字',
  'table-of-contents': '删除目录',
  'not-an-article': '非正文标题',
  reflow: '合并断行',
  metadata: '移入标题、作者或日期',
  markup: '去除排版标记',
  furniture: '删除版面杂项（页眉、图片说明等）',
};

/** kinds that change layout or move text into the header, not the words: listed collapsed */
const LAYOUT_KINDS = new Set<CorrectionFamily>(['reflow', 'metadata', 'markup', 'not-an-article']);

export function correctionLabel(kind: CorrectionKind): string {
  return LABELS[correctionFamily(kind)];
}

export interface Edit {
  kinds: string[];
  line: number;
  /** unchanged text before the change (from the correction's own context) */
  lead: string;
  removed: string;
  added: string;
  /** unchanged text after the change */
  tail: string;
}

export interface EditGroup {
  kind: string;
  label: string;
  /** listed collapsed: layout and metadata, not the words */
  layout: boolean;
  edits: Edit[];
}

/**
 * Two corrections are one spot when the later one, on the same line, rewrites text the
 * earlier one produced (`近平院 继` → `近平： 继`, then `： 继` → `：继`). The shortest such
 * window the repairs record is two characters; one character alone would join unrelated edits.
 */
const MIN_CHAINED = 2;

/** Corrections → each spot once, as its final before → after. */
export function finalEdits(corrections: readonly Correction[]): Array<Correction & { kinds: string[] }> {
  const out: Array<Correction & { kinds: string[] }> = [];
  for (const c of corrections) {
    const earlier =
      [...c.before].length >= MIN_CHAINED
        ? out.findLast((e) => e.line === c.line && e.after.includes(c.before))
        : undefined;
    if (earlier) {
      earlier.after = earlier.after.replace(c.before, c.after);
      if (!earlier.kinds.includes(c.kind)) earlier.kinds.push(c.kind);
    } else out.push({ ...c, kinds: [c.kind] });
  }
  return out.filter((e) => e.before !== e.after);
}

/** the part that changed, with the common text on either side kept as context */
export function diffEdit(before: string, after: string): Pick<Edit, 'lead' | 'removed' | 'added' | 'tail'> {
  const b = [...before];
  const a = [...after];
  let p = 0;
  while (p < b.length && p < a.length && b[p] === a[p]) p++;
  let s = 0;
  while (s < b.length - p && s < a.length - p && b[b.length - 1 - s] === a[a.length - 1 - s]) s++;
  return {
    lead: b.slice(0, p).join(''),
    removed: b.slice(p, b.length - s).join(''),
    added: a.slice(p, a.length - s).join(''),
    tail: b.slice(b.length - s).join(''),
  };
}

/** The log: groups by kind (the words first, layout last), largest first within each. */
export function correctionLog(corrections: readonly Correction[]): EditGroup[] {
  const groups = new Map<string, EditGroup>();
  for (const e of finalEdits(corrections)) {
    const kind = correctionFamily(e.kind);
    const group = groups.get(kind) ?? { kind, label: correctionLabel(kind), layout: LAYOUT_KINDS.has(kind), edits: [] };
    group.edits.push({ kinds: e.kinds, line: e.line, ...diffEdit(e.before, e.after) });
    groups.set(kind, group);
  }
  return [...groups.values()].sort((x, y) => Number(x.layout) - Number(y.layout) || y.edits.length - x.edits.length);
}

/** how a line break or a long removed passage reads in the log; a changed space as ␣, so it shows */
export function shown(text: string, max = 80, spaces = false): string {
  let flat = text.replace(/\n+/g, '⏎');
  if (spaces) flat = flat.replace(/ /g, '␣');
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
}

/** an edit that removes a passage outright (furniture, a duplicate): shown as the passage alone */
export const isRemoval = (e: Edit): boolean => e.added === '' && e.lead === '' && e.tail === '';
