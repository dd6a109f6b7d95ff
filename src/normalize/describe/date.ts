// Describe: when an article was printed. Only what the source states: a full date from a
// date line or masthead, or a year-month, never a day that was not printed.
import { parseNewsLead } from '../news-lead.ts';

const FULL = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?/u;
const MONTH = /^(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*月?$/u;

/** Reads a printed date (`2022年6月29日 星期三`, `2021-12-31`, `2021 年 12 月`) as ISO, or null. */
export function parsePrintedDate(text: string): string | null {
  const full = FULL.exec(text);
  if (full) return iso(full[1]!, full[2]!, full[3]!);
  const month = MONTH.exec(text.trim());
  if (month) return iso(month[1]!, month[2]!);
  return null;
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
