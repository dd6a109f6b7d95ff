// Describe: when an article was printed. Only what the source states: a full date from a
// date line or masthead, or a year-month, never a day that was not printed.
import { afterLead } from '../news-lead.ts';
import { iso } from '../recognise/date-line.ts';

// the splitter and furniture removal read date lines through here
export { columnHeadDate, isDateLine, parsePrintedDate } from '../recognise/date-line.ts';

/**
 * A year's digits, and the space a column wrap may leave inside them when the joined lines are
 * set apart (`我县举行2 024年…`, the line broke after `2`): `2 024` is read as 2024.
 */
const YEAR_DIGITS = String.raw`(?:1 ?9|2 ?0) ?\d ?\d`;
const LEAD_DATE = new RegExp(String.raw`(${YEAR_DIGITS})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`, 'u');

/**
 * A full date stated in the opening of a news lead (`2023年5月12日，…`, `新华社北京2023年3月5日电`):
 * reports open with when it happened, which is as near the article's date as the text goes.
 */
export function leadDate(firstParagraph: string | undefined): string | null {
  const m = LEAD_DATE.exec((firstParagraph ?? '').slice(0, 60));
  if (!m) return null;
  const year = m[1]!.replace(/ /gu, '');
  // an event over several days (`2008年11月15日至16日`) is dated by its month, not its first day
  const span = SPAN_END.test(firstParagraph!.slice(m.index + m[0].length));
  return span ? iso(year, m[2]!) : iso(year, m[2]!, m[3]!);
}

/** the end of a span of days after a date: `至16日`, `—19日`, `到12月2日` */
const SPAN_END = /^\s*(?:至|到|—|－|-|～|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日/u;

/** a report opening on a day printed without its year: `2月 19日，`, `去年5月3日上午` */
const YEARLESS_DAY = /^(去年)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:[，,]|[上下]午|晚|凌晨)/u;

/**
 * The day a report opens with, printed without its year (`本报讯（…）2月 19日，…`), in the year
 * the page gives itself: the year is supported by the text, the month and day are printed.
 * `去年` before it is the year before.
 */
export function dayInYear(opening: string | undefined, year: string, source?: DateSource): string | null {
  // the year a sentence names goes with that sentence's day; a page's or issue's year only with
  // the day the report opens on
  const day = source === 'openingYear' ? openingDay(opening) : firstOpening(opening);
  const m = YEARLESS_DAY.exec(day);
  return m ? iso(String(Number(year) - (m[1] ? 1 : 0)), m[2]!, m[3]!) : null;
}

/**
 * The sentence a report's events open on: the first of its opening paragraphs (a news lead's
 * credit left out) that begins with a day printed without its year. A feature may set the scene
 * first (`金秋时节，…。9月23日，华西村村民迎来了2019年的丰收节`); '' when none does.
 * `opening` is the first paragraphs joined by a line break.
 */
function firstOpening(opening: string | undefined): string {
  const text = (opening ?? '').split('\n')[0]!;
  return afterLead(text).trimStart();
}

function openingDay(opening: string | undefined): string {
  const text = opening ?? '';
  const body = afterLead(text);
  const sentences = body.split(/(?<=[。！？])|\n/u).map((s) => s.trimStart());
  return sentences.find((s) => YEARLESS_DAY.test(s)) ?? '';
}

/**
 * Where an article's date can come from, most trusted first:
 * - an editor's front matter;
 * - a date line printed with the article (or the date beside its column head, `简讯 2020年04月23日`);
 * - the publication line a site prints over it (the labelled reader's first choice);
 * - the page's masthead or date line, which dates every article on the page;
 * - the full date the report opens with (`2023年5月12日，…`);
 * - a magazine's issue year;
 * - the month of a column of briefs, its items on several days of one month and one naming the
 *   year (`◆9月24日，…2023年迎国庆…` `◆9月27日，…`);
 * - the one year the report's opening sentence names (`3月11日，我县举行2020年第一批重点项目
 *   集中开工仪式`), or the month it names with its year (`为满足2014年务工人员需求，计划在2月份…`);
 * - the date of the report before on the page, for a piece of it the splitter cut off (it
 *   opens by quoting someone that report introduced): the report's own date outranks the page's;
 * - the year the page gives itself (a year it also names by its zodiac animal or an anniversary).
 * A year source dates the day the report opens on when that is printed without its year, and a
 * publication line without its year (`06-21 10:15`) counts when a year source gives one.
 */
export const DATE_SOURCES = [
  'frontMatter',
  'articleDateLine',
  'publicationLine',
  'pageDate',
  'leadOpening',
  'issueYear',
  'briefsMonth',
  'openingYear',
  'openingMonth',
  'continuedReport',
  'pageYear',
] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface ChosenDate {
  date: string | null;
  source: DateSource | null;
}

/**
 * A source's date, or how to read it from the text: describe reads only the sources up to the
 * one that gives a date (front matter, a date line), not every source of every article.
 */
export type DateFound = string | null | undefined | (() => string | null | undefined);

/**
 * The article's date: the first source, in DATE_SOURCES order, that gives one. A year alone is
 * made a day only from a day the report's opening prints (`2月19日，`), never guessed.
 */
export function chooseDate(found: Partial<Record<DateSource, DateFound>>, opening?: string): ChosenDate {
  const read = (source: DateSource) => {
    const date = found[source];
    return typeof date === 'function' ? date() : date;
  };
  // the year only for a day printed without one, so a source after the one chosen is never read
  const year = () => YEAR_SOURCES.map((k) => read(k)?.slice(0, 4)).find(Boolean);
  for (const source of DATE_SOURCES) {
    const date = read(source);
    if (!date) continue;
    if (date.startsWith('--')) {
      const y = year();
      if (y) return { date: `${y}${date.slice(1)}`, source };
      continue;
    }
    const yearOnly = (YEAR_SOURCES as readonly string[]).includes(source) && /^\d{4}$/u.test(date);
    return { date: (yearOnly && dayInYear(opening, date, source)) || date, source };
  }
  return { date: null, source: null };
}

const YEAR_SOURCES = ['issueYear', 'openingYear', 'pageYear'] as const;

/** a year named as the subject's own (`2020年第一批`), not a span's end, a deadline or a review */
const OWN_YEAR = new RegExp(
  String.raw`(?<![到至—\-~～\d])(${YEAR_DIGITS})\s*年(?!度|前|底|末|以来|以前|全年|工作总结)`,
  'gu',
);
/** the years a text names as its subject's own, read as digits */
const ownYears = (text: string) => [...text.matchAll(OWN_YEAR)].map((m) => m[1]!.replace(/ /gu, ''));

/**
 * The year a report's opening sentence names, when the report opens on a day printed without
 * its year (`8月27日，…来我县检查2020年秋季开学工作`) and names exactly one year.
 */
export function openingYear(opening: string | undefined): string | null {
  const day = openingDay(opening);
  if (!day) return null;
  const sentence = /^[^。！？]*/u.exec(day)![0];
  const years = new Set(ownYears(sentence));
  return years.size === 1 ? [...years][0]! : null;
}

/** a day printed without its year anywhere in a sentence (`…之际，9月24日，由…`) */
const DAY_IN_SENTENCE = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
/**
 * A column of briefs has at least this many items (paragraphs), and this share of them print
 * their day: a narrative report dates a paragraph or two, not nearly every one.
 */
const BRIEF_ITEMS = 3;
const DATED_ITEMS_SHARE = 2 / 3;

/**
 * The month of a column of briefs (`要闻简报`: `◆9月24日，…举办的2023年迎国庆…篮球赛`,
 * `◆9月23日，…`, `◆9月27日，…`): BRIEF_ITEMS or more items whose first sentences print days of
 * one month (two days or more) without a year, and name one year between them. The column is
 * dated by that month; no one item's day is the column's.
 */
export function briefsMonth(paragraphs: string[]): string | null {
  const firsts = paragraphs.map((p) => /^[^。！？]*/u.exec(p)![0]);
  const dated = firsts.filter((s) => s.search(DAY_IN_SENTENCE) >= 0);
  if (dated.length < BRIEF_ITEMS || dated.length < paragraphs.length * DATED_ITEMS_SHARE) return null;
  const days = dated.flatMap((s) => [...s.matchAll(DAY_IN_SENTENCE)].map((m) => [Number(m[1]), Number(m[2])]));
  const months = new Set(days.map(([m]) => m));
  const distinct = new Set(days.map(([m, d]) => `${m}-${d}`));
  const years = new Set(dated.flatMap(ownYears));
  if (months.size !== 1 || distinct.size < 2 || years.size !== 1) return null;
  return iso([...years][0]!, String([...months][0]!));
}

/** a month printed without its year or a day (`2月份`, `在2月`), not `2月19日` */
const MONTH_ALONE = /(?<![\d年])(\d{1,2})\s*月(?:份)?(?!\s*\d)/gu;

/**
 * The month a report's opening sentence names with its year, when it prints neither with a day:
 * `春节假期刚刚结束，寒亭区为了更好地满足2014年进城务工人员就业需求，计划在2月份集中组织…`.
 * One year and one month in the one sentence, as openingYear takes one year and a day.
 */
export function openingMonth(firstParagraph: string | undefined): string | null {
  const text = firstParagraph ?? '';
  const sentence = /^[^。！？]*/u.exec(afterLead(text))![0];
  if (sentence.search(DAY_IN_SENTENCE) >= 0) return null;
  const years = new Set(ownYears(sentence));
  const months = new Set([...sentence.matchAll(MONTH_ALONE)].map((m) => m[1]!));
  return years.size === 1 && months.size === 1 ? iso([...years][0]!, [...months][0]!) : null;
}
