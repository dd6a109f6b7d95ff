// Sums report scores per layout and prints them as a table (Markdown, for the README) or JSON.
import type { FileScore, ReportScore } from './score.ts';

export interface LayoutSummary {
  layout: string;
  files: number;
  reports: number;
  whole: number;
  headlines: { right: number; of: number };
  dates: { right: number; of: number; wrong: number; extra: number; invented: number };
  places: { right: number; of: number; wrong: number };
  punctuation: { restored: number; missed: number; wrong: number; precision: number | null; recall: number | null };
  removed: number;
  lost: number;
  duplicatesLeft: number;
  headersLeft: number;
}

const ratio = (n: number, d: number) => (d ? +(n / d).toFixed(4) : null);

/** restored, missed and wrongly changed marks, with the precision and recall they give */
function punctuationScore(restored: number, missed: number, wrong: number): LayoutSummary['punctuation'] {
  return {
    restored,
    missed,
    wrong,
    precision: ratio(restored, restored + wrong),
    recall: ratio(restored, restored + missed),
  };
}

export function summarise(layout: string, files: FileScore[]): LayoutSummary {
  const rs: ReportScore[] = files.flatMap((f) => f.reports);
  const n = (test: (r: ReportScore) => boolean) => rs.filter(test).length;
  const sum = (get: (r: ReportScore) => number) => rs.reduce((s, r) => s + get(r), 0);
  return {
    layout,
    files: files.length,
    reports: rs.length,
    whole: n((r) => r.whole),
    headlines: { right: n((r) => r.headline === 'right'), of: n((r) => r.headline !== 'n/a') },
    dates: {
      right: n((r) => r.date === 'right'),
      of: n((r) => r.expected.date !== null),
      wrong: n((r) => r.date === 'wrong'),
      extra: n((r) => r.date === 'extra'),
      invented: n((r) => r.invented),
    },
    places: {
      right: n((r) => r.place === 'right'),
      of: n((r) => r.place !== 'n/a'),
      wrong: n((r) => r.place === 'wrong'),
    },
    punctuation: punctuationScore(
      sum((r) => r.punctuation.restored),
      sum((r) => r.punctuation.missed),
      sum((r) => r.punctuation.wrong),
    ),
    removed: sum((r) => r.removed),
    lost: sum((r) => r.lost),
    duplicatesLeft: files.reduce((s, f) => s + f.duplicatesLeft, 0),
    headersLeft: files.reduce((s, f) => s + f.headersLeft, 0),
  };
}

const pct = (n: number, d: number) => (d ? `${n}/${d} (${Math.round((100 * n) / d)}%)` : '–');
const num = (x: number | null) => (x === null ? '–' : x.toFixed(3));

export const TABLE_HEAD = [
  '| layout | reports | whole | headline right | date right | dates wrong / extra / invented | place right | place wrong | punct. P / R (or wrong changes) | removed | lost | dup. / headers left |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

export function tableRow(s: LayoutSummary): string {
  const p = s.punctuation;
  return [
    s.layout,
    s.reports,
    pct(s.whole, s.reports),
    pct(s.headlines.right, s.headlines.of),
    pct(s.dates.right, s.dates.of),
    `${s.dates.wrong} / ${s.dates.extra} / ${s.dates.invented}`,
    pct(s.places.right, s.places.of),
    s.places.wrong,
    p.restored + p.missed ? `${num(p.precision)} / ${num(p.recall)}` : `${p.wrong} wrong`,
    s.removed,
    s.lost,
    `${s.duplicatesLeft} / ${s.headersLeft}`,
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

/** the sum over layouts, as one more row */
export function total(all: LayoutSummary[]): LayoutSummary {
  const add = (get: (s: LayoutSummary) => number) => all.reduce((t, s) => t + get(s), 0);
  return {
    layout: '**all**',
    files: add((s) => s.files),
    reports: add((s) => s.reports),
    whole: add((s) => s.whole),
    headlines: { right: add((s) => s.headlines.right), of: add((s) => s.headlines.of) },
    dates: {
      right: add((s) => s.dates.right),
      of: add((s) => s.dates.of),
      wrong: add((s) => s.dates.wrong),
      extra: add((s) => s.dates.extra),
      invented: add((s) => s.dates.invented),
    },
    places: { right: add((s) => s.places.right), of: add((s) => s.places.of), wrong: add((s) => s.places.wrong) },
    punctuation: punctuationScore(
      add((s) => s.punctuation.restored),
      add((s) => s.punctuation.missed),
      add((s) => s.punctuation.wrong),
    ),
    removed: add((s) => s.removed),
    lost: add((s) => s.lost),
    duplicatesLeft: add((s) => s.duplicatesLeft),
    headersLeft: add((s) => s.headersLeft),
  };
}

/** one line per failed report: what was expected and what came out */
export function describeFailure(r: ReportScore): string | null {
  const faults = [
    !r.whole && 'not whole',
    r.headline === 'wrong' && `headline ${JSON.stringify(r.got?.title)} ≠ ${JSON.stringify(r.expected.headline)}`,
    (r.date === 'wrong' || r.date === 'missing' || r.date === 'extra') && `date ${r.got?.date} ≠ ${r.expected.date}`,
    r.invented && 'date invented',
    (r.place === 'wrong' || r.place === 'missing') && `place ${r.got?.place} ≠ ${r.expected.place}`,
    r.punctuation.wrong > 0 && `${r.punctuation.wrong} letter(s) made marks`,
    r.lost > 0 && `lost ${r.lost}: ${r.lostText}`,
  ].filter(Boolean);
  return faults.length ? `${r.file} (corpus #${r.key}): ${faults.join('; ')}` : null;
}
