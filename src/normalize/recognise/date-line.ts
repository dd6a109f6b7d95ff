// Recogniser: is this line a date line, and what date does it give? One home for every printed
// form a clipping dates itself with: a page's date line or masthead, a reprint's source line, a
// magazine's issue line, and the publication line a news site prints over an article. Furniture
// removal asks it which lines to lift out of the text; choosing an article's date reads what it
// found. It never reads a date into a line that does not print one.
import { NEWSPAPER } from './outlet.ts';
import { rememberedByText } from '../remember.ts';

export type DateLineKind = 'page-date' | 'masthead' | 'print-source' | 'issue' | 'publication';

// a type, not an interface, so that it is a flat record remember.ts may keep
export type DateLine = {
  kind: DateLineKind;
  /** ISO, as precise as printed (`2022-06-29`, `2022-06`, `2022`, or `--06-21` with no year) */
  date: string;
  /** the paper or outlet the line names, if any */
  source: string | null;
};

const YMD = String.raw`\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const WEEKDAY = String.raw`(?:星期|周)[一二三四五六日天]`;

/** a line that is only a date (`2021-12-31`, `（2023年5月12日）`, `二〇二三年十二月五日 星期二`) */
const PAGE_DATE = new RegExp(`^[（(]?${YMD}(\\s*${WEEKDAY})?[）)]?$`, 'u');
/** `2022年6月29日 星期三`, `浙江日报 2023年10月9日 星期一 第3版`: a date with a weekday or a paper's name */
const MASTHEAD = new RegExp(
  `^(?:(?<paper>${NEWSPAPER})\\s*)?(?<date>\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*(?<weekday>${WEEKDAY})?\\s*(?:第\\s*\\w{1,3}\\s*版)?$`,
  'u',
);
/**
 * A reprint's source line: `《 吉林日报 》（ 2024年04月13日   第 02 版）`, and the way digitised
 * archives head a page: `1960年9月8日人民日报 第3版`.
 */
const PRINT_SOURCE = [
  /^《\s*(?<paper>[^《》\s]{2,12})\s*》\s*[（(]\s*(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第\s*\d{1,3}\s*版)?\s*[）)]$/u,
  new RegExp(
    String.raw`^(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?<paper>${NEWSPAPER})\s*第\s*\d{1,3}\s*版$`,
    'u',
  ),
];
/** a magazine's issue line: `2022·1`, `2023年第5期（总第235期）` (the year alone) */
const ISSUE = /^(\d{4})\s*(?:[·.]\s*\d{1,2}|年\s*第\s*\d{1,2}\s*期(\s*[（(]?\s*总第\s*\d+\s*期\s*[）)]?)?)$/u;

/**
 * A news site's publication line, in the forms sites print it (traditional-character sites
 * too: `發布時間`, `來源`):
 * - the date labelled, also after other fields: `发布时间：2022-03-14`, `时间:2021-08-30 16:05`,
 *   `发表时间：2023/5/9`, `更新日期:2023-02-12 11:13:51`, `作者:… 发布时间:2011-06-02 17:08:22`;
 * - a date with its time of day among other fields: `2019-06-02 09:41:07 | 来源：…`,
 *   `2017-02-17 09:01:00来源:四川在线`, `http://www.crntt.com 2019-02-17 16:11:21`,
 *   `原创 临朐融媒 2023-05-06 18:30 发表于山东`, `2026 02/12 10:31:58` (the year set apart from the
 *   day, as one news agency's pages print it), `06-21 10:15` (no year: `--06-21`);
 * - a web-style date opening a short line, then the outlet: `2020-12-04 新浪财经`;
 * - a source line that ends in its date: `来源:华龙网-重庆日报2023-12-25`.
 */
const LABEL = String.raw`(?:发布|發布|发表|發表|更新|上传|上傳|录入|錄入|创建|創建|刊发|刊發|出版)?(?:时间|時間|日期)(?:查询|查詢)?`;
const SOURCE_LABEL = String.raw`(?:来源|來源|稿源|出处|出處)`;
const LABELLED_DATE = new RegExp(String.raw`${LABEL}\s*[:：]\s*(?<date>${YMD})`, 'u');
const WEB_DATE = String.raw`\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}|\d{4}\s+\d{1,2}/\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`;
const TIMESTAMP = new RegExp(String.raw`(?<![\d-])(?<date>${WEB_DATE})\s*${TIME}(?!\d)`, 'u');
const DATE_THEN_FIELDS = new RegExp(String.raw`^(?<date>${YMD})\s*(?:[|｜丨]|${SOURCE_LABEL}|作者|编辑|編輯)`, 'u');
const DATE_THEN_OUTLET = /^(?<date>\d{4}-\d{2}-\d{2})\s+[^\s\d]\S{0,19}$/u;
const SOURCE_THEN_DATE = new RegExp(String.raw`${SOURCE_LABEL}\s*[:：].{0,30}?(?<date>\d{4}-\d{1,2}-\d{1,2})`, 'u');
/** `06-21 10:15` under a headline: the day without its year */
const DAY_TIME = new RegExp(String.raw`^(?<month>\d{1,2})-(?<day>\d{1,2})\s+${TIME}$`, 'u');
/** the outlet a source field names, up to the next field (`来源: 黑龙江日报编辑: 牟海微`) */
const SOURCE_FIELD = new RegExp(
  String.raw`${SOURCE_LABEL}\s*[:：]\s*(?<paper>[^\s:：|｜丨\d]{2,20}?)(?=编辑|編輯|责编|責編|作者|[\s:：|｜丨\d]|$)`,
  'u',
);
/** an account's name before its post's timestamp: `原创 临朐融媒 2023-05-06 18:30 发表于山东` */
const POST_ACCOUNT = /^(?:原创\s+)?(?<paper>[^\s\d:：]{2,20})\s+\d{4}-/u;
/** A publication line holds fields, not sentences; a long line is prose that mentions a date. */
const PUBLICATION_MAX = 120;

/**
 * What a line says as a date line, or null when it is no date line. Every form holds a year of
 * four Arabic digits once Chinese numerals are read (which needs 年), but for a site's day and
 * time without a year (DAY_TIME), so most lines of text are answered by one scan; furniture
 * removal and web furniture both ask of the same short lines, so answers are remembered.
 */
export function readDateLine(printed: string): Readonly<DateLine> | null {
  return MAY_DATE.test(printed) ? dateLineOf(printed) : null;
}

// not a `u` pattern: all ASCII and one code unit, and the scan is faster
const MAY_DATE = /\d{4}|年|^\s*\d{1,2}-\d{1,2}\s/;

const dateLineOf = rememberedByText((printed: string): DateLine | null => {
  const line = withArabicDate(printed.trim());
  return masthead(line) ?? pageDate(line) ?? printSource(line) ?? issue(line) ?? publication(line);
});

/**
 * A column head printed with the issue's date after it (`简讯 2020年04月23日`, as e-paper pages
 * head a column of briefs): the date dates the column's items. The label is short and the date
 * full, and the whole line is no more than the two (spaces between may have been collapsed).
 */
const COLUMN_DATE = new RegExp(`^(?<label>\\p{Script=Han}{2,8})\\s*(?<date>${YMD})$`, 'u');

const readColumnHead = (printed: string) => {
  const line = printed.trim();
  // the date ends the line on its day, a digit or 日 (Chinese numerals read as digits end so too)
  const last = line.charAt(line.length - 1);
  if (last !== '日' && !(last >= '0' && last <= '9')) return null;
  const m = COLUMN_DATE.exec(withArabicDate(line))?.groups;
  const date = m ? parsePrintedDate(m.date!) : null;
  return date ? { label: m!.label!, date } : null;
};

export function columnHeadDate(printed: string): string | null {
  return readColumnHead(printed)?.date ?? null;
}

/** a column head's label without the issue's date after it (`简讯 2020年04月23日` → `简讯`) */
export function columnHeadLabel(printed: string): string {
  return readColumnHead(printed)?.label ?? printed.trim();
}

/** a line that is only a date */
export function isDateLine(printed: string): boolean {
  return OPENS_AS_DATE.test(printed) && PAGE_DATE.test(withArabicDate(printed.trim()));
}

/**
 * How a date line opens: a bracket maybe, then the year's first digit, Arabic or Chinese (the
 * splitter asks of every block, and reading the Chinese numerals of a paragraph that prints 年
 * was most of the cost).
 */
const OPENS_AS_DATE = /^\s*[（(]?[0-9〇零一二三四五六七八九]/u;

function found(kind: DateLineKind, printed: string | undefined, source?: string): DateLine | null {
  const date = printed ? parsePrintedDate(printed) : null;
  return date ? { kind, date, source: source ?? null } : null;
}

function pageDate(line: string): DateLine | null {
  return PAGE_DATE.test(line) ? found('page-date', line) : null;
}

function masthead(line: string): DateLine | null {
  const m = MASTHEAD.exec(line)?.groups;
  return m && (m.paper || m.weekday) ? found('masthead', m.date, m.paper) : null;
}

function printSource(line: string): DateLine | null {
  const m = PRINT_SOURCE.map((re) => re.exec(line)?.groups).find(Boolean);
  return m ? found('print-source', m.date, m.paper) : null;
}

function issue(line: string): DateLine | null {
  const m = ISSUE.exec(line);
  return m ? { kind: 'issue', date: m[1]!, source: null } : null;
}

function publication(line: string): DateLine | null {
  if (line.length > PUBLICATION_MAX || /[。，！？]/u.test(line)) return null;
  const day = DAY_TIME.exec(line)?.groups;
  if (day) {
    const date = iso('2000', day.month!, day.day!); // a leap year, so 02-29 stands
    return date ? { kind: 'publication', date: `--${date.slice(5)}`, source: null } : null;
  }
  const m = [LABELLED_DATE, TIMESTAMP, DATE_THEN_FIELDS, DATE_THEN_OUTLET, SOURCE_THEN_DATE]
    .map((re) => re.exec(line)?.groups)
    .find(Boolean);
  if (!m) return null;
  const source =
    SOURCE_FIELD.exec(line)?.groups?.paper ??
    (TIMESTAMP.test(line) ? POST_ACCOUNT.exec(line)?.groups?.paper : undefined);
  return found('publication', m.date, source);
}

/** `2022年6月29日`, `2022-06-29`, `2022/6/29`, `2026 02/12` (the year set apart by a space) */
const FULL = /(\d{4})\s*(?:年|[-./]|\s)\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?/u;
const MONTH = /^(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*月?$/u;

/**
 * Reads a printed date (`2022年6月29日 星期三`, `2021-12-31`, `2021 年 12 月`, and in Chinese
 * numerals as official documents date themselves, `二〇二三年十二月五日`) as ISO, or null.
 */
export function parsePrintedDate(printed: string): string | null {
  const text = withArabicDate(printed);
  const full = FULL.exec(text);
  if (full) return iso(full[1]!, full[2]!, full[3]!);
  const month = MONTH.exec(text.trim());
  if (month) return iso(month[1]!, month[2]!);
  return null;
}

const DIGITS = '〇一二三四五六七八九';
const CHINESE_DATE =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/gu;

/** a scan for 年 (quicker than `includes` for a character outside ASCII) */
const HAS_YEAR_MARK = /年/u;

/** `二〇二三年十二月五日` → `2023年12月5日`; other text as it is */
export function withArabicDate(text: string): string {
  // every Chinese-numeral date has 年: most lines are answered without the pattern
  if (!HAS_YEAR_MARK.test(text)) return text;
  const digit = (ch: string) => (ch === '零' ? 0 : DIGITS.indexOf(ch));
  // 十二 = 12, 二十五 = 25, 三十 = 30, 十 = 10
  const number = (n: string) => {
    const [tens, units] = n.includes('十') ? n.split('十') : ['', n];
    return (n.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (units ? digit(units) : 0);
  };
  return text.replace(
    CHINESE_DATE,
    (_, y: string, m: string, d?: string) =>
      `${[...y].map(digit).join('')}年${number(m)}月${d ? `${number(d)}日` : ''}`,
  );
}

export function iso(y: string, m: string, d?: string): string | null {
  const year = Number(y);
  const month = Number(m);
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  const ym = `${y}-${String(month).padStart(2, '0')}`;
  if (d === undefined) return ym;
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last ? `${ym}-${String(day).padStart(2, '0')}` : null;
}
