// Recogniser: credits — who wrote, reported or photographed a report. One home for the role
// words and the shapes a credit is printed in, asked by the news lead (`本报讯（记者 李明）`,
// `记者 张三 报道：`), the splitter (a byline line ends or opens a piece), the headline reader (a
// correspondents' line under the headline is no title), the outlet reader (`黑龙江日报全媒体记者
// 贾红路` names its paper), furniture removal (`新华社记者 彭昭之 摄` under a photo) and the
// punctuation restorer (a surname inside `（记者 吴楚瞳 袁玥 摄影 吴聃）` is a name, not a mark).
import { displayLength } from '../chars.ts';

/** the people a news lead credits with the report: `（记者 张磊 通讯员 李娜）` */
const REPORTER_ROLES = ['记者', '通讯员'] as const;
/** every role a credit list names, reporters first: `（记者 吴楚瞳 袁玥 摄影 吴聃）`, `编辑 王芳` */
const CREDIT_ROLES = [...REPORTER_ROLES, '摄影', '摄', '作者', '编辑'] as const;
/** a group credited under a headline: `中共将乐县委通讯组 福建日报记者` */
const GROUP_ROLES = ['通讯组', '报道组'] as const;

const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
/** a pattern source matching one reporter role */
export const REPORTER_ROLE = anyOf(REPORTER_ROLES);

/** a credit printed without brackets: `记者 张三 报道：`, `通讯员 李四 记者 张三 报道：` (names of 2–4) */
export const REPORTED_BY = String.raw`(?:(?:本报)?${REPORTER_ROLE}\s*\p{Script=Han}{2,4}\s*)+`;

/**
 * A credit or byline line: `□贺东旭 孙维焱 本报记者 刘大泳`, `（记者 张磊 通讯员 李娜）`,
 * `本报记者 王晶`, `文/李明`, `（作者为舒兰市委常委、组织部部长）`.
 */
const BYLINE = new RegExp(
  String.raw`^(□|■)|^[(（]?(本报|${anyOf([...REPORTER_ROLES, '作者', '撰稿'])}|文\s*[/／:：]).{0,30}$|^(.{0,12}记者\s*\S{2,4}(\s+\S{2,4}){0,3})$|^（作者.{2,40}）$`,
  'u',
);
/** the longest byline line (`□贺东旭 孙维焱 本报记者 刘大泳` and its kind run to about 30) */
const BYLINE_MAX = 40;

export function isCreditLine(text: string): boolean {
  return BYLINE.test(text) && displayLength(text) <= BYLINE_MAX && !/[。！？]$/u.test(text);
}

const ENDS_ON_ROLE = new RegExp(`${anyOf([...REPORTER_ROLES, ...GROUP_ROLES])}$`, 'u');

/** a correspondents' line set under a headline ends on a role: `中共将乐县委通讯组 福建日报记者` */
export function endsOnCreditRole(text: string): boolean {
  return ENDS_ON_ROLE.test(text);
}

/**
 * How far back a role still heads a credit list: `（记者 吴楚瞳 袁玥 摄影 吴聃）` puts a role at
 * most two names of up to four characters with their spaces before a name.
 */
const CREDIT_LIST_REACH = 14;
const CREDIT_LIST = new Map<string, RegExp>();
const creditList = (notNames: string) => {
  let pattern = CREDIT_LIST.get(notNames);
  if (!pattern) {
    const name = notNames ? `(?:(?![${notNames}])[\\p{Script=Han}\\s])` : '[\\p{Script=Han}\\s]';
    pattern = new RegExp(`${anyOf(CREDIT_ROLES)}${name}{0,12}$`, 'u');
    CREDIT_LIST.set(notNames, pattern);
  }
  return pattern;
};

/**
 * Does position `i` of `text` stand inside a credit list: a role, then names and spaces only?
 * `notNames`: characters that may be no name's (a garbled mark the reader has not decided yet),
 * so a list does not run on across one.
 */
export function inCreditList(text: string, i: number, notNames = ''): boolean {
  return creditList(notNames).test(text.slice(Math.max(0, i - CREDIT_LIST_REACH), i));
}

/**
 * A photo credit or a note on where the page's pictures came from: `新华社记者 彭昭之 摄`,
 * `本版图片均由同江市委宣传部提供`, `本稿件图片为本报资料片`. What stands before `记者` names
 * the outlet (`新华社`, `本报`, `图/`): up to PHOTO_CREDIT_PREFIX characters and no sentence mark
 * — a wrapped caption's last words (`诉讼负担。新华社记者 彭昭之 摄`) are no part of the credit.
 */
const PHOTO_CREDIT_PREFIX = 20;
const PHOTO_CREDIT = new RegExp(
  String.raw`^((本版)?(图片|照片|稿件)均?由.{2,40}(提供|采写|摄)|本稿件图片为本报资料片|[^。！？；，]{0,${PHOTO_CREDIT_PREFIX}}记者\s*\S{2,4}(\s+\S{2,4})*\s*摄)$`,
  'u',
);

/**
 * The last characters PHOTO_CREDIT can end on (提供, 采写, 摄, 资料片): furniture removal asks of
 * every line, and of every line with the next, so most are answered by their last character.
 * An ending added to PHOTO_CREDIT goes here too (tests/recognise/credit.test.ts has a row for each).
 */
const PHOTO_CREDIT_LAST = new Set([...'供写摄片'].map((ch) => ch.charCodeAt(0)));
// by code, so no one-character string is made of each line's last
const mayBePhotoCredit = (text: string): boolean => PHOTO_CREDIT_LAST.has(text.charCodeAt(text.length - 1));

export function isPhotoCredit(text: string): boolean {
  return mayBePhotoCredit(text) && PHOTO_CREDIT.test(text);
}

/**
 * Where a photo credit printed at the end of a caption's sentence begins
 * (`…减轻当事人的诉讼负担。新华社记者 彭昭之 摄` → at `新华社`), or -1.
 */
export function photoCreditAfterSentence(text: string): number {
  const end = text.trimEnd();
  // the credit runs to the line's end: a line that ends otherwise has none
  if (!mayBePhotoCredit(end)) return -1;
  for (const stop of end.matchAll(/[。！？]/gu)) {
    const rest = end.slice(stop.index + 1).trimStart();
    if (rest && isPhotoCredit(rest)) return end.length - rest.length;
  }
  return -1;
}
