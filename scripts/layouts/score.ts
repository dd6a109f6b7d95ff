// Scores the normaliser's reading of a laid-out file against what the layout put there:
// each report whole in one article, under its headline, with its date and place, its garbled
// marks restored (and no letter turned into a mark), and none of its text lost.
import { diffArrays } from 'diff';
import { normalizeClipping } from '../../src/normalize/index.ts';
import type { Article } from '../../src/schema.ts';
import type { LaidOutFile, PlacedReport } from './generate.ts';
import { foldChar, isLetter, letters, MISDECODED } from './text.ts';

/** Reports are matched to articles by shared runs of this many letters. */
const GRAM = 8;
/** A report is whole when one article holds this share of its runs… */
const WHOLE_SHARE = 0.9;
/** …and no more than this share of any other report's. */
const MERGED_SHARE = 0.1;

export interface ReportScore {
  layout: string;
  file: string;
  key: number;
  whole: boolean;
  headline: 'right' | 'wrong' | 'n/a';
  date: 'right' | 'missing' | 'wrong' | 'extra' | 'none';
  /** a date whose year the file never prints */
  invented: boolean;
  place: 'right' | 'wrong' | 'missing' | 'n/a';
  punctuation: PunctuationCount;
  /** letters of the body taken out of the text and recorded as a correction */
  removed: number;
  /** letters of the body neither in an article nor in a correction */
  lost: number;
  lostText: string;
  expected: { headline: string | null; date: string | null; place: string | null };
  got: { title: string; date: string | null; place: string | null } | null;
}

export interface FileScore {
  file: LaidOutFile;
  reports: ReportScore[];
  articles: number;
  duplicatesLeft: number;
  headersLeft: number;
}

export interface PunctuationCount {
  /** garbled marks restored to the right mark */
  restored: number;
  /** garbled marks left or restored wrong */
  missed: number;
  /** letters turned into marks */
  wrong: number;
}

export function grams(text: string): Set<string> {
  const chars = [...letters(text)];
  const out = new Set<string>();
  for (let i = 0; i + GRAM <= chars.length; i++) out.add(chars.slice(i, i + GRAM).join(''));
  if (out.size === 0 && chars.length > 0) out.add(chars.join(''));
  return out;
}

const share = (of: Set<string>, inside: Set<string>) => {
  let n = 0;
  for (const g of of) if (inside.has(g)) n++;
  return of.size ? n / of.size : 0;
};

export const articleText = (a: Article): string => [a.title, a.subtitle ?? '', ...a.paragraphs].join('\n');

export function scoreFile(file: LaidOutFile): FileScore {
  const result = normalizeClipping({ path: `eval/${file.name}`, bytes: new TextEncoder().encode(file.text) });
  const articleGrams = result.articles.map((a) => grams(articleText(a)));
  const reportGrams = file.reports.map((r) => grams(r.reference.join('')));
  const recorded = result.articles.flatMap((a) => a.corrections.map((c) => c.before)).join('\n');
  const reports = file.reports.map((placed, i) => {
    const shares = articleGrams.map((ag) => share(reportGrams[i]!, ag));
    const holdsAnother = (k: number) =>
      reportGrams.some((g, j) => j !== i && share(g, articleGrams[k]!) > MERGED_SHARE);
    return scoreReport(placed, { file, articles: result.articles, shares, holdsAnother, recorded });
  });
  const output = letters(result.articles.map(articleText).join(''));
  return {
    file,
    reports,
    articles: result.articles.length,
    duplicatesLeft: file.duplicated.filter((d) => count(output, letters(d)) > 1).length,
    headersLeft: file.runningHeaders.filter(
      (h) => count(output, letters(h)) > count(referenceLetters(file), letters(h)),
    ).length,
  };
}

const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);
const referenceLetters = (file: LaidOutFile) =>
  letters(file.reports.map((r) => [r.headline ?? '', ...r.reference].join('')).join(''));

interface Reading {
  file: LaidOutFile;
  articles: Article[];
  /** per article, the share of this report's letter runs it holds */
  shares: number[];
  /** does article k hold a fair share of another report too? */
  holdsAnother: (k: number) => boolean;
  /** the text the corrections say was taken out */
  recorded: string;
}

function scoreReport(placed: PlacedReport, { file, articles, shares, holdsAnother, recorded }: Reading): ReportScore {
  const best = shares.indexOf(Math.max(...shares));
  const article = best >= 0 ? articles[best] : undefined;
  const whole = article !== undefined && shares[best]! >= WHOLE_SHARE && !holdsAnother(best);
  const matched = articles.filter((_, k) => shares[k]! > 0).map(articleText);
  const { punctuation, dropped, marksIn, around } = compareText(placed, matched.join('\n'));
  const output = articles.map(articleText).join('\n');
  const { marksRemoved, ...fate } = splitDropped(dropped, recorded, output, marksIn, around);
  return {
    layout: file.layout,
    file: file.name,
    key: placed.report.key,
    whole,
    headline:
      placed.headline === null ? 'n/a' : letters(article?.title ?? '') === letters(placed.headline) ? 'right' : 'wrong',
    ...scoreDate(placed.expectedDate, article?.date ?? null, file.text),
    place: scorePlace(placed.report.place, article?.place ?? null),
    punctuation: { ...punctuation, missed: punctuation.missed - marksRemoved },
    ...fate,
    expected: { headline: placed.headline, date: placed.expectedDate, place: placed.report.place },
    got: article ? { title: article.title, date: article.date, place: article.place } : null,
  };
}

/** years counted from (建党100周年 is 2021): a year so reckoned is printed, not invented */
const ANNIVERSARY_BASES = [1921, 1949, 1978];

export function scoreDate(expected: string | null, got: string | null, printed: string) {
  // a wrapped column can break a year or an anniversary's number across lines (`成立10` | `0周年`)
  const fileText = printed.replace(/\s+/gu, '');
  const year = Number(got?.slice(0, 4));
  const reckoned = ANNIVERSARY_BASES.some((base) => fileText.includes(`${year - base}周年`));
  const invented = got !== null && !fileText.includes(String(year)) && !reckoned;
  if (expected === null) return { date: got === null ? ('none' as const) : ('extra' as const), invented };
  if (got === null) return { date: 'missing' as const, invented };
  return { date: got === expected ? ('right' as const) : ('wrong' as const), invented };
}

export function scorePlace(expected: string | null, got: string | null): ReportScore['place'] {
  if (expected === null) return 'n/a';
  if (got === null) return 'missing';
  return got === expected ? 'right' : 'wrong';
}

interface Printed {
  ch: string;
  garbledAs: string | null;
}

/** the report's printed body as compared characters, each knowing the mark it stands for if garbled */
function printedChars(placed: PlacedReport): Printed[] {
  return placed.printed.flatMap((p, k) =>
    [...p].flatMap((raw, i) => {
      const ch = foldChar(raw);
      if (!ch) return [];
      return [{ ch, garbledAs: placed.garbledAt[k]!.has(i) ? placed.reference[k]![i]! : null }];
    }),
  );
}

interface Tally {
  punctuation: PunctuationCount;
  /** runs of consecutive printed letters that no article holds */
  dropped: string[];
  /** per dropped run, the garbled marks inside it (counted missed unless the run was removed on purpose) */
  marksIn: number[];
  /** per dropped run, the letters printed either side of it */
  around: Around[];
}

/**
 * Align the printed body with the text of the articles it went into. A garbled mark that comes
 * out as its mark is restored; a letter that comes out as the mark it could stand for is a
 * wrong restoration; other letters with no counterpart are dropped, in runs.
 */
export function compareText(placed: PlacedReport, output: string): Tally {
  const input = printedChars(placed);
  const out = [...output].map(foldChar).filter((c) => c !== '');
  // aligned as the text should read, each garbled mark as its mark: aligned as printed, a
  // restored mark matches nothing and the diff may pair it with any letter added nearby (a
  // headline moved above it), counting a right restoration as missed
  const parts = diffArrays(
    input.map((c) => c.garbledAs ?? c.ch),
    out,
  );
  const tally: Tally = { punctuation: { restored: 0, missed: 0, wrong: 0 }, dropped: [], marksIn: [], around: [] };
  const spans: Piece[] = [];
  let at = 0;
  let lastDropped = -2;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part.added) continue;
    const replacedBy = part.removed && parts[p + 1]?.added ? parts[p + 1]!.value : [];
    part.value.forEach((_, j) => {
      const i = at + j;
      const becomes = part.removed ? (replacedBy[j] ?? null) : undefined;
      const fate = judge(input[i]!, becomes, tally.punctuation);
      if (fate === 'kept') return;
      if (i !== lastDropped + 1) {
        tally.dropped.push('');
        tally.marksIn.push(0);
        spans.push({ start: i, end: i });
      }
      spans.at(-1)!.end = i + 1;
      const last = tally.dropped.length - 1;
      if (fate === 'letter') tally.dropped[last] += input[i]!.ch;
      else tally.marksIn[last]!++;
      lastDropped = i;
    });
    at += part.value.length;
  }
  const printedLetters = (from: number, to: number) =>
    letters(
      input
        .slice(Math.max(0, from), to)
        .map((c) => c.ch)
        .join(''),
    );
  tally.around = spans
    .map((span) => ({
      before: printedLetters(span.start - 4 * CONTEXT, span.start),
      after: printedLetters(span.end, span.end + 4 * CONTEXT),
    }))
    .filter((_, k) => tally.dropped[k] !== '');
  tally.marksIn = tally.marksIn.filter((_, k) => tally.dropped[k] !== '');
  tally.dropped = tally.dropped.filter((run) => run !== '');
  return tally;
}

/**
 * Count a printed character's fate: `letter` when it is a letter that went missing, `mark` when
 * it is a garbled mark that went missing with nothing in its place (counted missed here; the
 * count is taken back when its run was removed on purpose), else `kept`.
 * `becomes`: undefined when it came through as the text should read (a garbled mark as its
 * mark), else what replaced it (null: nothing).
 */
function judge(c: Printed, becomes: string | null | undefined, punctuation: PunctuationCount) {
  if (c.garbledAs !== null) {
    if (becomes === undefined || becomes === c.garbledAs) punctuation.restored++;
    else punctuation.missed++;
    return becomes === null ? 'mark' : 'kept';
  }
  if (becomes === undefined || !isLetter(c.ch)) return 'kept';
  if (becomes !== null && MISDECODED.get(c.ch) === becomes) {
    punctuation.wrong++;
    return 'kept';
  }
  return 'letter';
}

/**
 * Dropped text is lost unless a correction records it (a caption, furniture or duplicate taken
 * out on purpose is in the corrections, so the input can be rebuilt) or it stands elsewhere in
 * the output (a headline moved before its body). A run may be covered piecewise: a caption and
 * its credit are two corrections. A letter is covered by a match of 2+ letters inside its run,
 * or by CONTEXT_MATCH letters around it as printed (`around`): the diff against an output that
 * holds a text twice (a summary and its paragraph, one copy removed) cuts a removed run into
 * single letters wherever a letter matches the other copy, and `口` of `海口市防` is recorded.
 */
export function splitDropped(
  dropped: string[],
  recorded: string,
  elsewhere = '',
  marksIn: number[] = [],
  around: Around[] = [],
) {
  const kept = letters(recorded);
  const output = letters(elsewhere);
  let removed = 0;
  let marksRemoved = 0;
  const lostRuns: string[] = [];
  dropped.forEach((run, k) => {
    const printed = withContext(run, around[k]);
    const notRecorded = uncovered(printed, kept);
    const notRecordedLength = notRecorded.reduce((n, piece) => n + piece.end - piece.start, 0);
    removed += [...run].length - notRecordedLength;
    // a paragraph removed whole as a recorded duplicate takes its garbled marks with it: they
    // are scored on the copy that stays, not missed here
    if (notRecorded.length === 0 && [...run].length >= 2) marksRemoved += marksIn[k] ?? 0;
    const lostHere = uncovered({ ...printed, pieces: notRecorded }, output);
    lostRuns.push(...lostHere.map((piece) => printed.chars.slice(piece.start, piece.end).join('')));
  });
  const lostText = lostRuns.join('|');
  return { removed, marksRemoved, lost: [...lostRuns.join('')].length, lostText: lostText.slice(0, 80) };
}

/** the letters printed just before and after a dropped run */
export interface Around {
  before: string;
  after: string;
}
/** letters of context taken either side of a dropped run */
const CONTEXT = 3;
/** a match that reaches into the context covers a letter only when this long */
const CONTEXT_MATCH = 4;

interface Piece {
  start: number;
  end: number;
}
interface PrintedRun {
  /** the run's letters with up to CONTEXT letters of context either side */
  chars: string[];
  /** the pieces of chars still to cover: at first the run itself */
  pieces: Piece[];
}

function withContext(run: string, around: Around | undefined): PrintedRun {
  const before = [...(around?.before ?? '')].slice(-CONTEXT);
  const after = [...(around?.after ?? '')].slice(0, CONTEXT);
  const chars = [...before, ...run, ...after];
  return { chars, pieces: [{ start: before.length, end: before.length + [...run].length }] };
}

/** the parts of the run's pieces not found in `hay` */
function uncovered({ chars, pieces }: PrintedRun, hay: string): Piece[] {
  return pieces.flatMap((piece) =>
    uncoveredInside(chars, piece, hay).flatMap((left) => notInContext(chars, left, hay)),
  );
}

/** the parts of a piece not found in `hay`, taking the longest found prefix (2+ letters) each time */
function uncoveredInside(chars: string[], { start, end }: Piece, hay: string): Piece[] {
  const left: Piece[] = [];
  let missFrom = -1;
  for (let i = start; i < end;) {
    let n = end - i;
    while (n >= 2 && !hay.includes(chars.slice(i, i + n).join(''))) n--;
    if (n >= 2) {
      if (missFrom >= 0) left.push({ start: missFrom, end: i });
      missFrom = -1;
      i += n;
    } else {
      if (missFrom < 0) missFrom = i;
      i++;
    }
  }
  if (missFrom >= 0) left.push({ start: missFrom, end });
  return left;
}

/** the letters of a piece that no CONTEXT_MATCH-letter window around them finds in `hay` */
function notInContext(chars: string[], { start, end }: Piece, hay: string): Piece[] {
  const found = (p: number) => {
    for (let from = p - CONTEXT_MATCH + 1; from <= p; from++) {
      if (from < 0 || from + CONTEXT_MATCH > chars.length) continue;
      if (hay.includes(chars.slice(from, from + CONTEXT_MATCH).join(''))) return true;
    }
    return false;
  };
  const left: Piece[] = [];
  for (let p = start; p < end; p++) {
    if (found(p)) continue;
    const last = left.at(-1);
    if (last && last.end === p) last.end = p + 1;
    else left.push({ start: p, end: p + 1 });
  }
  return left;
}
