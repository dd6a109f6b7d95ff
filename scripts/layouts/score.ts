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
  const { punctuation, dropped, marksIn } = compareText(placed, matched.join('\n'));
  const { marksRemoved, ...fate } = splitDropped(dropped, recorded, articles.map(articleText).join('\n'), marksIn);
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
}

/**
 * Align the printed body with the text of the articles it went into. A garbled mark that comes
 * out as its mark is restored; a letter that comes out as the mark it could stand for is a
 * wrong restoration; other letters with no counterpart are dropped, in runs.
 */
export function compareText(placed: PlacedReport, output: string): Tally {
  const input = printedChars(placed);
  const out = [...output].map(foldChar).filter((c) => c !== '');
  const parts = diffArrays(
    input.map((c) => c.ch),
    out,
  );
  const tally: Tally = { punctuation: { restored: 0, missed: 0, wrong: 0 }, dropped: [], marksIn: [] };
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
      // a mark or space taken out with the letters around it does not end their run: `室。记者`
      // removed whole is one run, not a lone `室` that no correction could be seen to cover
      if (fate === 'kept' && becomes === null && lastDropped === i - 1) lastDropped = i;
      if (fate === 'kept') return;
      if (i !== lastDropped + 1) {
        tally.dropped.push('');
        tally.marksIn.push(0);
      }
      const last = tally.dropped.length - 1;
      if (fate === 'letter') tally.dropped[last] += input[i]!.ch;
      else tally.marksIn[last]!++;
      lastDropped = i;
    });
    at += part.value.length;
  }
  tally.marksIn = tally.marksIn.filter((_, k) => tally.dropped[k] !== '');
  tally.dropped = tally.dropped.filter((run) => run !== '');
  return tally;
}

/**
 * Count a printed character's fate: `letter` when it is a letter that went missing, `mark` when
 * it is a garbled mark that went missing with nothing in its place (counted missed here; the
 * count is taken back when its run was removed on purpose), else `kept`.
 * `becomes`: undefined when it came through unchanged, else what replaced it (null: nothing).
 */
function judge(c: Printed, becomes: string | null | undefined, punctuation: PunctuationCount) {
  if (c.garbledAs !== null) {
    if (becomes === c.garbledAs) punctuation.restored++;
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
 * its credit are two corrections. Single letters are never taken as covered.
 */
export function splitDropped(dropped: string[], recorded: string, elsewhere = '', marksIn: number[] = []) {
  const kept = letters(recorded);
  const output = letters(elsewhere);
  let removed = 0;
  let marksRemoved = 0;
  const lostRuns: string[] = [];
  dropped.forEach((run, k) => {
    const notRecorded = uncovered(run, kept);
    removed += [...run].length - [...notRecorded.join('')].length;
    // a paragraph removed whole as a recorded duplicate takes its garbled marks with it: they
    // are scored on the copy that stays, not missed here
    if (notRecorded.length === 0 && [...run].length >= 2) marksRemoved += marksIn[k] ?? 0;
    lostRuns.push(...notRecorded.flatMap((piece) => uncovered(piece, output)));
  });
  const lostText = lostRuns.join('|');
  return { removed, marksRemoved, lost: [...lostRuns.join('')].length, lostText: lostText.slice(0, 80) };
}

/** the pieces of `run` not found in `hay`, taking the longest found prefix (2+ letters) each time */
function uncovered(run: string, hay: string): string[] {
  const chars = [...run];
  const left: string[] = [];
  let miss = '';
  for (let i = 0; i < chars.length;) {
    let n = chars.length - i;
    while (n >= 2 && !hay.includes(chars.slice(i, i + n).join(''))) n--;
    if (n >= 2) {
      if (miss) left.push(miss);
      miss = '';
      i += n;
    } else miss += chars[i++];
  }
  if (miss) left.push(miss);
  return left;
}
