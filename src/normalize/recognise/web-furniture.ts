// Recogniser: is this line part of the web page a text was copied from, rather than the
// article? Navigation (`首页 > 新闻中心 > 本地要闻`, `当前位置：…`), counters and widgets
// (`点击数：128`, `分享到：`, `本篇文章560字，读完约1分钟`, `上一篇`), editor and source lines
// (`责任编辑：李华`, `来源：县融媒体中心`), the publication line (`发布时间：2022-03-14 09:41`),
// and the site header that shows the day the page was viewed (`2024年3月8日 星期五` above
// the navigation), which is no date of the article. Furniture removal takes these lines out;
// reading the page's metadata asks the same module what a line says.
import { readDateLine } from './date-line.ts';
import { asSimplified, withoutPinyinNotes } from '../simplified.ts';
import type { ClippingFileData } from '../tree.ts';

export type WebFurnitureKind =
  'navigation' | 'counter' | 'editor' | 'source' | 'publication' | 'viewed' | 'copyright' | 'edition' | 'markup';

/** The widest widget or field line seen on the development corpus's sites is well under this. */
const WIDGET_MAX = 40;
const FIELD_LINE_MAX = 120;
/** the marks of a sentence: a field, widget or bar line has none */
const SENTENCE_MARK = /[。，！？]/u;
/** a line that can be a field or a bar: short, and no sentence in it */
const isFieldSized = (line: string): boolean => line.length <= FIELD_LINE_MAX && !SENTENCE_MARK.test(line);

/** a breadcrumb or location bar: `当前位置：首页 > 新闻`, `您的位置: 首页`, `首页>新闻>本地要闻` */
const LOCATION_BAR =
  /^(当前位置|您的位置|你的位置|您当前的位置|所在位置)\s*[:：]?|(?:首页|^\p{Script=Han}{2,8}网)\s*(>|»|＞|→|->|›|\/|\||｜)/u;
/** a site's welcome: `你好，欢迎访问凤庆县人民政府`, `您好！欢迎来到我们的网站！` */
const SITE_GREETING =
  /^(?:(?:您好|你好)\s*[，,！!]?\s*欢迎(?:访问|来到|光临)\S{0,20}|欢迎(?:访问|来到|光临)\S{0,16}(?:网站|网|门户)[！!]?)$/u;
const SITE_ACTIONS = /设为首页|加入收藏|返回首页|网站地图|无障碍|关怀版|繁体版|简体版/u;
/** words navigation bars are made of (`网站首页 本地新闻 政策解读 便民服务`) */
const NAV_WORD =
  /首页|新闻|要闻|政务|专题|视频|图片|服务|公开|互动|概况|动态|资讯|频道|政策|解读|专栏|党建|文化|旅游|县情|市情/u;
const NAV_SEPARATOR = /\s*(?:[|｜丨>»＞/·•]|->|→|\s)\s*/u;
const BAR_SEPARATOR = /\s*(?:>>|->|[|｜丨>＞»›→])\s*/u;
/** a bar whose entries are linked by explicit separators: three entries, each a short label */
const BAR_MIN_ENTRIES = 3;
const BAR_ENTRY_MAX = 16;
/**
 * A bar of words set apart by spaces only: this many entries, most of them short labels (a site's
 * name may stand among them: `… 融媒 青海省人民政府网 藏文网`), two or more navigation words.
 */
const NAV_LABEL_SHARE = 0.8;
const NAV_MIN_ENTRIES = 4;

/**
 * an image's file name or hash left where the picture stood (`d400fa1332ab1a8fabfc13b78a9745a`,
 * `图1 (2).jpg`), or the size of a banner's slot (`1000_165px;`)
 */
const MEDIA_NAME = /^[0-9a-f]{16,40}$|\.(jpe?g|png|gif|webp)$|^\d+_\d+px;?$/iu;
/** a site's widget named alone on its line: `字号`, `打印`, `站内检索`, a read-aloud button `听新闻` */
const WIDGET_WORD =
  /^(字号|打印|关闭|收藏|分享|返回顶部|返回|站内检索|站内搜索|搜索|登录|注册|听新闻|微信公众号|官方微博|上篇[:：]?|下篇[:：]?|二维码|扫一扫关注|目录|正文|导读|相关推荐|相关文章推荐|我的订阅|RSS|EN|English)$/u;
/** a pager's links: `【第1页 第2页】` */
const PAGER = /^【?\s*(?:第\s*\d+\s*页\s*)+】?$/u;
/** a link or a language switch in Latin letters only (`EN https://www.example.cn/`) */
const LATIN_LINK = /^(?:[A-Za-z]{1,8}\s+)?(?:https?:\/\/\S+|www\.\S+)$/u;
/** an e-paper's issue and page over the page's articles: `1886 期 / 第2版:2`, `第1886期 第02版：要闻` */
const EDITION = /^第?\s*\d{1,5}\s*期\s*[/／|｜丨]?\s*第\s*\d{1,3}\s*版(?:\s*[:：]\s*\S{0,12})?$/u;
const COUNTER =
  /点击(数|量|率)?\s*[:：]|浏览(次数|量)?\s*[:：]|阅读(数|量|次数)?\s*[:：]|访问量\s*[:：\d]|\d+\s*人参与|\d+\s*条评论|评论一下|还没有评论|最热评论|最新评论|发表评论|字号\s*[:：]|分享到|打印本页|关闭窗口|【打印】|【关闭】|扫一扫|^上一篇|^下一篇|本篇文章\s*\d+\s*字|^(?:文章)?字数\s*[:：]\s*\d+|读完约\s*\d+\s*分钟|Visited \d+ times/iu;
const EDITOR =
  /^[（(]?(责任编辑|责编|网络编辑|值班编辑|编辑|审核|终审|初审|复审|编审|校对|签发|监制|统筹|美编)\s*[:：]/u;
const SOURCE = /^[（(]?(来源|稿源|信息来源|文章出处|作者\s*\/\s*来源)\s*[:：]/u;
/** a site header's greeting next to the day's date: `今天是：2024年3月8日 星期五`, `您好！欢迎…` */
const GREETING = /今天是|欢迎(您|来到|访问)|您好/u;
/** a site's clock: the date, the time and the weekday and nothing else (`2025-03-18 17:24 星期二`) */
const SITE_CLOCK = /^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}(:\d{2})?\s+(星期|周)[一二三四五六日天]$/u;
const WEEKDAY_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]/u;
/** a weekday on a line of its own: a site clock's or an e-reader header's second line */
const WEEKDAY_ALONE = /^(星期|周)[一二三四五六日天]$/u;
/**
 * A date in the web's digit form with the weekday on the next line (`2026-01-23` / `星期五`, an
 * e-paper reader's header): print mastheads write the date in 年月日 and a site's publication
 * line never prints a weekday, so it is the site's clock, the day the page was viewed.
 */
const DIGIT_DATE_ALONE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/u;

/**
 * The page's source code left in the copy, with no text of its own: empty HTML elements
 * (`<option id="x1"><cite id="x1"></cite></option>`), an entity, a stray escape (`\\`).
 */
const MARKUP_ONLY = /^(?:<\/?[a-z][^<>]*>|&[a-z]+;|\\)+$/iu;
/** a list's bullets and spaces around the markup (`  • <sup id="x1"></sup>`) */
const MARKUP_FILLER = /[\s•·]/gu;
/** markup opens on `<`, `&` or `\\` after its bullets: any other line is answered without a copy */
const OPENS_AS_MARKUP = /^[\s•·]*[<&\\]/u;
const isMarkupOnly = (line: string): boolean =>
  OPENS_AS_MARKUP.test(line) && MARKUP_ONLY.test(line.replace(MARKUP_FILLER, ''));

/**
 * What web-page furniture a line is, or null. `next` is the next non-blank line: a date with
 * its weekday above a navigation bar is the day the page was viewed.
 */
export function webFurnitureKind(printed: string, next = ''): WebFurnitureKind | null {
  const line = asSimplified(withoutPinyinNotes(printed.trim()));
  if (!line) return null;
  if (isMarkupOnly(line)) return 'markup';
  if (isViewedHeader(line, next)) return 'viewed';
  // field lines first: a publication line may end in widgets (`… 字体:[ 大 中 小 ] 关闭窗口`)
  const fieldSized = isFieldSized(line);
  if (fieldSized && readDateLine(line)?.kind === 'publication') return 'publication';
  if (isNavigation(line, fieldSized)) return 'navigation';
  if (isCounter(line)) return 'counter';
  if (!fieldSized) return null;
  if (EDITOR.test(line) && /[:：]\s*\S/u.test(line)) return 'editor';
  if (SOURCE.test(line) && /[:：]\s*\S/u.test(line)) return 'source';
  if (copyrightHolder(line)) return 'copyright';
  if (EDITION.test(line)) return 'edition';
  return null;
}

/** a site footer's copyright mark: `© 2017 今日房县`, `Copyright © 2020-2024 XX网`, `版权所有：XX` */
const COPYRIGHT_MARK = /copyright|©|\(c\)|版权所有/iu;
/** what follows the mark before the holder's name: years, a colon, the mark's other forms */
const MARK_AND_YEARS = /^(?:\s|copyright|©|\(c\)|版权所有|[:：]|(?:19|20)\d{2}|[-—–~～])*/iu;

/**
 * The site a copyright footer names (`© 2017 今日房县` → 今日房县, `今日房县 版权所有`): the
 * page's own name, which says where a report speaking as `我县` was written when nothing
 * else on the page names its source. null for a line that is no copyright footer.
 */
export function copyrightHolder(printed: string): string | null {
  const line = asSimplified(printed.trim());
  const mark = COPYRIGHT_MARK.exec(line);
  if (!mark || !isFieldSized(line)) return null;
  const after = line.slice(mark.index).replace(MARK_AND_YEARS, '');
  const before = line.slice(0, mark.index).trim().split(/\s+/u).pop() ?? '';
  const holder = /^\p{Script=Han}{2,20}/u.exec(after)?.[0] ?? /\p{Script=Han}{2,20}$/u.exec(before)?.[0];
  return holder ?? null;
}

/**
 * a character a bar's entries can be set apart by (NAV_SEPARATOR, BAR_SEPARATOR): a line without
 * one is no bar. A separator added there goes here too (tests/recognise/web-furniture.test.ts).
 */
// not a `u` pattern: all its characters are single code units, and the `u` scan was slower
const SEPARATOR_CHAR = /[|｜丨>»＞/·•›→\s]/;

/** `fieldSized`: isFieldSized(line), when the caller has asked already */
function isNavigation(line: string, fieldSized = isFieldSized(line)): boolean {
  if (SITE_GREETING.test(line)) return true;
  if (!fieldSized) return false;
  if (LOCATION_BAR.test(line)) return true;
  if (line.length <= WIDGET_MAX && SITE_ACTIONS.test(line)) return true;
  if (!SEPARATOR_CHAR.test(line)) return false;
  // a bar with explicit separators (`要闻 | 城市远洋 | 原创`, `山西新闻网>>新闻频道>>图片新闻`)
  const linked = line.split(BAR_SEPARATOR).map((e) => e.trim());
  if (linked.length >= BAR_MIN_ENTRIES && linked.every((e) => e && [...e].length <= BAR_ENTRY_MAX)) return true;
  const entries = line.split(NAV_SEPARATOR).filter(Boolean);
  const labels = entries.filter((e) => /^\p{Script=Han}{2,8}$/u.test(e));
  return (
    entries.length >= NAV_MIN_ENTRIES &&
    labels.length >= entries.length * NAV_LABEL_SHARE &&
    labels.filter((e) => NAV_WORD.test(e)).length >= 2
  );
}

/** a share or click counter, a comment widget, a print/close link: short, and no sentence */
function isCounter(line: string): boolean {
  return (
    WIDGET_WORD.test(line) ||
    isSpacedWidgetWord(line) ||
    PAGER.test(line) ||
    LATIN_LINK.test(line) ||
    MEDIA_NAME.test(line) ||
    (line.length <= WIDGET_MAX && !line.includes('。') && COUNTER.test(line))
  );
}

/** brackets, bullets and spaces a widget's name may be set in (`【 打 印 】`) */
const WIDGET_FILLER = /[\s【】[\]•·]/gu;
/**
 * More letters than the longest WIDGET_WORD (`English`, 7) once the filler is left out: no
 * widget's name, and most lines are answered without a copy made of them. A longer word added
 * to WIDGET_WORD raises the count (tests/recognise/web-furniture.test.ts has a row per word).
 */
// not a `u` pattern (faster): a surrogate pair counts twice, and no widget word holds one
const MORE_THAN_A_WIDGET_WORD = /^(?:[\s【】[\]•·]*[^\s【】[\]•·]){8}/;
/** a widget's name set in brackets or letter-spaced: `【打印】`, `字 号` */
function isSpacedWidgetWord(line: string): boolean {
  if (MORE_THAN_A_WIDGET_WORD.test(line)) return false;
  const words = line.replace(WIDGET_FILLER, '');
  return words.length > 0 && WIDGET_WORD.test(words);
}

/**
 * `2024年3月8日 星期五` with a greeting, or above a navigation bar; a site clock; a weekday
 * alone, or a digit date over one: when the page was viewed
 */
function isViewedHeader(line: string, next: string): boolean {
  if (line.length > WIDGET_MAX) return false;
  if (SITE_CLOCK.test(line) || WEEKDAY_ALONE.test(line)) return true;
  if (DIGIT_DATE_ALONE.test(line) && WEEKDAY_ALONE.test(next.trim())) return true;
  if (!WEEKDAY_DATE.test(line)) return false;
  return GREETING.test(line) || isNavigation(asSimplified(next.trim()));
}

/**
 * The site furniture that shows a page is one article's own page: its navigation, the site's
 * clock, its source code (and its publication line, see `isSiteArticle`). Counters and widgets do not (a pasted report
 * may carry its `还没有评论，快来抢沙发吧！` into a printed page), nor an e-paper's edition line
 * or an editor's line, which a printed page of several reports carries too.
 */
const ARTICLE_PAGE_KINDS = new Set<WebFurnitureKind>(['navigation', 'viewed', 'markup']);

/**
 * Whether the file is one article copied from the page a site gave it: the site's furniture
 * (ARTICLE_PAGE_KINDS) was taken out above the first line of text. The splitter then reads a
 * head inside the text as a section of it, not a report of its own. A publication line shows an
 * article's page only under the article's title (`标题` | `发布时间：…` | text): over a digest's
 * items (`发布时间：…` | `县里召开…会议` | text | `…` | text) it dates the whole post, whose items
 * are reports of their own.
 */
export function isSiteArticle(
  data: Pick<ClippingFileData, 'corrections'>,
  titleLine: number,
  firstTextLine: number,
): boolean {
  return data.corrections.some((c) => {
    const kind = c.line < firstTextLine ? removedWebKind(c) : null;
    return kind === 'publication' ? c.line > titleLine : showsArticlePage(kind);
  });
}

/**
 * Whether a site's page furniture was taken out between two lines: a second page copied into
 * the same file (its navigation or publication line over its headline) starts a new article.
 */
export function siteFurnitureBetween(data: Pick<ClippingFileData, 'corrections'>, from: number, to: number): boolean {
  return data.corrections.some((c) => {
    const kind = c.line > from && c.line < to ? removedWebKind(c) : null;
    return kind === 'publication' || showsArticlePage(kind);
  });
}

/** what web furniture a removed line was, or null for any other correction */
const removedWebKind = (c: ClippingFileData['corrections'][number]): WebFurnitureKind | null =>
  c.kind.startsWith('furniture:web-') ? webFurnitureKind(c.before) : null;

const showsArticlePage = (kind: WebFurnitureKind | null): boolean => kind !== null && ARTICLE_PAGE_KINDS.has(kind);
