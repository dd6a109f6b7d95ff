// Describe: when an article was printed. Only what the source states: a full date from a
// date line or masthead, or a year-month, never a day that was not printed.
import { parseNewsLead } from '../news-lead.ts';

const FULL = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?/u;
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

/** A line that is only a date (`2021-12-31`, `（2023年5月12日）`, `二〇二三年十二月五日 星期二`). */
export function isDateLine(printed: string): boolean {
  return DATE_LINE.test(withArabicDate(printed));
}

const DATE_LINE = /^[（(]?\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(\s*(星期|周)[一二三四五六日天])?[）)]?$/u;
const DIGITS = '〇一二三四五六七八九';
const CHINESE_DATE =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/gu;

/** `二〇二三年十二月五日` → `2023年12月5日`; other text as it is */
function withArabicDate(text: string): string {
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

function iso(y: string, m: string, d?: string): string | null {
  const year = Number(y);
  const month = Number(m);
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  const ym = `${y}-${String(month).padStart(2, '0')}`;
  if (d === undefined) return ym;
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last ? `${ym}-${String(day).padStart(2, '0')}` : null;
}

/**
 * A full date stated in the opening of a news lead (`2023年5月12日，…`, `新华社北京2023年3月5日电`):
 * reports open with when it happened, which is as near the article's date as the text goes.
 */
export function leadDate(firstParagraph: string | undefined): string | null {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec((firstParagraph ?? '').slice(0, 60));
  return m ? iso(m[1]!, m[2]!, m[3]!) : null;
}

/**
 * The day a report opens with, printed without its year (`本报讯（…）2月 19日，…`), in the year
 * the page gives itself: the year is supported by the text, the month and day are printed.
 * `去年` before it is the year before.
 */
export function dayInYear(firstParagraph: string | undefined, year: string): string | null {
  const text = firstParagraph ?? '';
  const opening = text.slice(parseNewsLead(text)?.text.length ?? 0);
  const m = /^(去年)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:[，,]|[上下]午|晚|凌晨)/u.exec(opening.trimStart());
  return m ? iso(String(Number(year) - (m[1] ? 1 : 0)), m[2]!, m[3]!) : null;
}
