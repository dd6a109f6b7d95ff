// Recogniser: newspaper and outlet names. One pattern for the news lead (`湖北日报讯`), the
// masthead (`浙江日报 2023年10月9日 星期一`, or the name on a line of its own over the date) and a
// credit (`黑龙江日报全媒体记者贾红路`).
import { compact, isCommonLabel } from '../chars.ts';
import { REPORTER_ROLE } from './credit.ts';

/** how a paper's name ends: `黑龙江日报`, `北京晚报`, `齐鲁晚报`, `人民政协报` */
const PAPER_ENDING = '日报|晚报|晨报|商报|时报|报';
/** a paper by its kind of name (2–10 characters before the ending) */
export const NEWSPAPER = String.raw`\p{Script=Han}{2,10}?(?:${PAPER_ENDING})`;
/** agencies and sites that file news under their own name; a site's own report opens `本网讯` as a paper's `本报讯` */
export const AGENCY = String.raw`本报|本网|新华社|中新社|中评社|中新网|中国新闻网|人民网|新华网|央视网|央广网|光明网`;
/** any outlet a news lead names: an agency, a paper, or a site (`…网`) */
export const OUTLET = String.raw`${AGENCY}|\p{Script=Han}{2,8}?(?:${PAPER_ENDING}|网)`;

const NEWSPAPER_IN_CREDIT = new RegExp(String.raw`(${NEWSPAPER})(?:全媒体|社|驻)?${REPORTER_ROLE}`, 'u');

/** The paper a credit names (`黑龙江日报全媒体记者贾红路` → 黑龙江日报), or null. */
export function newspaperInCredit(text: string): string | null {
  return NEWSPAPER_IN_CREDIT.exec(text)?.[1] ?? null;
}

/** a paper's name on a masthead line of its own: 2–8 characters */
const MASTHEAD_NAME = /^\p{Script=Han}{2,8}$/u;

/**
 * A paper's name printed on its own line over the masthead's date (`城关日报`, `今日要闻` over
 * `2023年10月9日 星期一`): a paper's kind of name, or a name of ordinary words — not a headline,
 * which says what happened, nor a kicker. The caller knows the line below is a masthead date.
 */
export function isMastheadName(line: string): boolean {
  const name = compact(line);
  if (!MASTHEAD_NAME.test(name)) return false;
  return WHOLE_NEWSPAPER_NAME.test(name) || isCommonLabel(name);
}
const WHOLE_NEWSPAPER_NAME = new RegExp(`^${NEWSPAPER}$`, 'u');
