// The date tree (years → months → days) and how a partial date is shown, linked and marked up.
// A date is only as precise as the clipping says: "2022", "2022-06" or "2022-06-29".
import type { ArticleInfo } from './bodies.ts';
import { buildTree, unknownStep, type BrowseNode, type Step } from './browse.ts';
import { UNKNOWN_SLUG } from './urls.ts';

export const DATE_UNKNOWN = '日期不详';
/** the group, on a year's page, of articles dated to the year only */
export const MONTH_UNKNOWN = '月份不详';
/** the group, on a month's page, of articles dated to the month only */
export const DAY_UNKNOWN = '日期不详';

/** 2022年6月29日, 2022年6月, 2022年; 日期不详 */
export function formatDate(date: string | null): string {
  if (!date) return DATE_UNKNOWN;
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

function dateSteps(a: Pick<ArticleInfo, 'date'>): Step[] {
  if (!a.date) return [unknownStep(DATE_UNKNOWN)];
  const [y, m, d] = a.date.split('-') as [string, string?, string?];
  const steps: Step[] = [{ key: y, slug: y, name: `${y}年` }];
  if (m) steps.push({ key: m, slug: m, name: `${Number(m)}月` });
  if (m && d) steps.push({ key: d, slug: d, name: `${Number(d)}日` });
  return steps;
}

/** oldest first, as a calendar reads; the undated group last */
const chronological = (x: BrowseNode, y: BrowseNode) =>
  Number(x.keys.at(-1) === UNKNOWN_SLUG) - Number(y.keys.at(-1) === UNKNOWN_SLUG) ||
  x.keys.at(-1)!.localeCompare(y.keys.at(-1)!);

/** inside a group: in the order the clippings print them */
export const printedOrder = (x: ArticleInfo, y: ArticleInfo) =>
  x.sourceFile.localeCompare(y.sourceFile) || (x.lines?.[0] ?? 0) - (y.lines?.[0] ?? 0) || x.id.localeCompare(y.id);

export function dateTree(articles: ArticleInfo[]): BrowseNode {
  return buildTree(articles, {
    root: { name: '按日期', url: '/dates/' },
    path: dateSteps,
    compare: chronological,
    order: printedOrder,
  });
}

export interface CalendarDay {
  day: number;
  count: number;
  url: string | null;
}

/** A month as weeks from Monday to Sunday (as Chinese calendars print it), days with articles linked. */
export function monthCalendar(month: BrowseNode): Array<Array<CalendarDay | null>> {
  const [year, mm] = month.keys.map(Number) as [number, number];
  const days = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  const offset = (new Date(Date.UTC(year, mm - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: Array<CalendarDay | null> = Array.from({ length: offset }, () => null);
  for (let day = 1; day <= days; day++) {
    const node = month.children.find((c) => Number(c.keys.at(-1)) === day);
    cells.push({ day, count: node?.count ?? 0, url: node?.url ?? null });
  }
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** The twelve months of a year, those with articles linked. */
export function yearCalendar(year: BrowseNode): Array<{ month: number; count: number; url: string | null }> {
  return Array.from({ length: 12 }, (_, k) => {
    const node = year.children.find((c) => Number(c.keys.at(-1)) === k + 1);
    return { month: k + 1, count: node?.count ?? 0, url: node?.url ?? null };
  });
}
