// Recogniser: is this line a headline? One home for the question every stage asks — the parser
// (does a line inside a block end it?), the line joiner (does a short block go on into the
// next?) and the splitter (does a block open a new article?). It covers the headline proper,
// its kicker and subtitle, a speaker's words printed as a headline and a column's label.
// Shape says whether a line *can* be a headline; evidence from its neighbours says whether
// it *is* one (see headlineEvidence).
import {
  compact,
  displayLength,
  displayLengthUpTo,
  endsSentence,
  isCommonLabel,
  isLocalityLabel,
  isPersonName,
  opensOnNounPhrase,
} from '../chars.ts';
import { isNewsLead, opensLikeReport, REPORT_OPENING } from '../news-lead.ts';
import { endsOnCreditRole } from './credit.ts';
import { columnHeadLabel } from './date-line.ts';
import { splitsAWord } from './straddle.ts';
import type { PageLayout } from './layout.ts';

/** the longest headline line we read as one (001: `学习贯彻习近平新时代中国特色社会主义思想主题教育…` runs to 30) */
export const HEADLINE_MAX = 32;
/**
 * a one-line headline over a report can run longer, given evidence from its neighbours
 * (`民盟保定市委联合市卫健委赴涞源县和阜平县就提案办理情况开展联合调研`, 33, over `4月25日，…`)
 */
const LONG_HEADLINE_MAX = 40;
/**
 * A line shorter than this share of the column stops short of the edge: it ends a paragraph or
 * is a headline (004: `我县召开春季农业生产工作会议` over lines of 22).
 */
export const SHORT_OF_COLUMN = 0.75;
/** a line at least this share of the column reached its edge, so it was wrapped there */
export const COLUMN_EDGE = 0.85;
/** a lone line this short with no punctuation is a headline in any layout (000: `专题培训举行`) */
export const LONE_HEAD_MAX = 16;
/** below this column width a short line may be an indented first line or half a two-line headline */
export const NARROW_COLUMN = 18;
/** a paragraph's first line set apart like a headline is 6–24 characters (002's bold leads) */
export const FIRST_LINE_MAX = 24;
/** a lone short line inside an article is a section head, not a new headline (003: `选准“头雁”带“薄弱村”腾飞` is longer) */
export const SECTION_HEAD_MAX = 10;
/** a speaker's statement as a headline: `习近平：继续把党史总结学习教育宣传引向深入…` (8–44 after the colon) */
const SPEAKER_STATEMENT = /^(\p{Script=Han}{2,6})：\s?[^。；：、,;:？?！!\n]{8,44}$/u;

/** how many commas (full- or half-width) a line has: a head has at most one clause break */
const commas = (text: string): number => (text.match(/[，,]/gu) ?? []).length;

/** a line with no sentence marks and at most one comma, not ending on it: it can be a head */
export const readsAsHead = (text: string): boolean =>
  !/[。；：、;:！？!?]/u.test(text) && commas(text) <= 1 && !/[，,]$/u.test(text);

/**
 * Short, and not a sentence: no full stop, at most one comma, not ending on a comma, a colon or
 * `……`. One colon may set a short kicker, place or speaker before the headline proper
 * (`西藏：高原牧民冬日生活添“暖意”`, `强村富民看产业：一颗柑橘背后的共同富裕答卷`), and a headline
 * printed in phrases set apart by spaces or a dash runs longer
 * (`压实秸秆还田责任 网格巡查全覆盖 依安县召开秸秆禁烧及肥料化综合利用工作推进会`).
 */
export function hasHeadlineShape(line: string): boolean {
  if (!saysSomething(line) || isPhotoCaption(line)) return false;
  if (isSpeakerHeadline(line)) return true;
  const text = headlineProper(line);
  // the width first: most lines asked are too wide for any headline, and only a line wider
  // than HEADLINE_MAX needs to be printed in phrases
  const width = displayLengthUpTo(text, PHRASED_HEADLINE_MAX);
  if (width > PHRASED_HEADLINE_MAX || (width > HEADLINE_MAX && !PRINTED_IN_PHRASES.test(text))) return false;
  return (
    !/[。；;]/u.test(text) &&
    colonSetsKicker(text) &&
    !/[，、,…：:—]$/u.test(text) &&
    !ENDS_ON_PARTICLE.test(text) &&
    commas(text) <= 1
  );
}

/** phrases set apart by spaces or a dash (`压实秸秆还田责任 网格巡查全覆盖 …`) */
const PRINTED_IN_PHRASES = /[^\s—][ \u3000]+[^\s—]|[^\s—]\s*——/u;

/** a headline says something: a lone mark or separator (`|` between a web page's items) does not */
// two letters or digits anywhere: stops at the second, where counting them all read the whole
// paragraph (every stage asks this of long one-line blocks)
const saysSomething = (text: string): boolean => /[\p{L}\p{N}][^]*?[\p{L}\p{N}]/u.test(text);

/**
 * A photo's caption says what the picture shows, however like a headline it reads: it opens on
 * `图为` (`图为：沁源县重点项目集中开工仪式现场`) or ends on its photographer's or supplier's credit
 * (`区委书记接受专访（人民网供图）`, `…现场（记者 张三 摄）`).
 */
const PHOTO_CAPTION = /^[图圖][为為]|^[图圖][:：]|[（(][^（()）]{0,20}(?:供[图圖]|摄|攝|摄影|攝影)[）)]$/u;
/** the first and last characters PHOTO_CAPTION needs: most lines are answered by them alone */
const CAPTION_ENDS = /^[图圖]|[）)]$/u;
export const isPhotoCaption = (line: string): boolean => {
  const text = line.trim();
  return CAPTION_ENDS.test(text) && PHOTO_CAPTION.test(text);
};

/**
 * No headline ends on `的`: a line that does stops inside its noun phrase (`在政策年复一年的`, a
 * line cut off in the source before `浇灌以及…`).
 */
const ENDS_ON_PARTICLE = /的$/u;

/** a pronunciation some sites print after a rare character: `會內（nèi）會外`, `宜業（yè)` */
export const PINYIN_GLOSS = /[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[）)]/gu;
const OPENING_BRACKET = /[（(]/u;
/** a column's label set in brackets before the headline: `【两会特刊】`, `（乡村行·看振兴）` */
const BRACKETED_LABEL = /^[【（(][^】）)]{1,12}[】）)]\s*/u;

/**
 * The headline proper, as its shape is judged: without the column label bracketed before it and
 * without pronunciation glosses (`【兩會特刊·會內（nèi）會外】兩會熱議：宜居宜業（yè) 和美鄉（xiāng）村入畫來`
 * is a kicker, a colon and one phrase).
 */
export const headlineProper = (text: string): string => {
  // a gloss opens on a bracket: most lines have none, and the scan for one is the cheaper
  const plain = OPENING_BRACKET.test(text) ? text.replace(PINYIN_GLOSS, '') : text;
  const unlabelled = plain.replace(BRACKETED_LABEL, '');
  return unlabelled.length >= 2 ? unlabelled : plain;
};

/** no colon, or one after a kicker of at most KICKER_MAX characters with no comma */
function colonSetsKicker(text: string): boolean {
  const colons = text.match(/[：:]/gu) ?? [];
  if (colons.length === 0) return true;
  // `记者：…如何推进？` is an interviewer's question, not a headline
  if (/[？?]$/u.test(text)) return false;
  const head = text.slice(0, text.search(/[：:]/u));
  return colons.length === 1 && displayLength(head) <= KICKER_MAX && !/[，,、]/u.test(head);
}

/**
 * the kicker before a headline's colon: a place, a column or a speaker (`富民强县看产业`), or what
 * an inquiry is about (`大凉山彝族村“深层次扶贫”调查：大操大办一夜致贫`, 15)
 */
const KICKER_MAX = 16;
/** a headline in phrases set apart by spaces (the corpus's longest runs to 39) */
export const PHRASED_HEADLINE_MAX = 44;

/**
 * A speaker's words printed as a headline (`习近平：继续把党史总结学习教育宣传引向深入…`, or a
 * place's, `临朐县：樱桃大棚里的“致富经”`): a name, a colon and one statement of at most a few
 * clauses that does not end as a sentence. An interviewer's question (`记者：…？`) or an answer
 * in an interview ends on its mark, and a label (`权威解读：…`) is no speaker.
 */
export function isSpeakerHeadline(text: string): boolean {
  const speaker = SPEAKER_STATEMENT.exec(text);
  return (
    speaker !== null &&
    (isPersonName(speaker[1]!) || isLocalityLabel(speaker[1]!)) &&
    !/[，,]$/u.test(text) &&
    commas(text) <= 2
  );
}

/**
 * A headline printed as a stack of lines with no blank between them: a kicker over the title
 * (`一线传真` over `全州县十七届人民政府第22次常务会议`), the title (maybe in two lines), a
 * subtitle (`——记者实地探访`). Every line has a headline's shape. Returns the lines after
 * which the stack breaks: after a kicker, and before a dash subtitle. Two lines of a title stay
 * together (`深入田间地头` / `督导秸秆禁烧管控`).
 */
export function headlineStackBreaks(lines: string[]): Set<number> {
  const breaks = new Set<number>();
  if (lines.length < 2 || lines.length > STACK_MAX || !lines.every(hasHeadlineShape)) return breaks;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next === undefined) return;
    if (next.startsWith('——') && !line.startsWith('——')) breaks.add(i);
    if (i === 0 && !next.startsWith('——') && isKickerOver(line, next, lines)) breaks.add(i);
  });
  return breaks;
}

/** a kicker is at most this share of the headline line under it (`关注民生` over a line of 13) */
const KICKER_SHARE = 0.6;
/** a headline stack is at most kicker, two title lines and a subtitle */
const STACK_MAX = 4;

/**
 * A stack's first line is a kicker, told from a title's first line (`聚焦扩面提质` /
 * `推动昌邑两新党建工作迈上新台阶`) by its form: much shorter than the title and a column's label,
 * a slogan or over a subtitle; or, however long, a kicker by form (isKicker) in a stack that
 * ends on a dash subtitle, which sets the title apart as a headline's centre line.
 */
function isKickerOver(line: string, next: string, lines: string[]): boolean {
  const subtitled = lines.some((l) => l.startsWith('——'));
  if (subtitled && (lines.length === STACK_MAX || isKicker(line))) return true;
  return (
    displayLength(line) <= displayLength(next) * KICKER_SHARE &&
    (isColumnLabel(line) || /\S[ \u3000]+\S/u.test(line) || subtitled)
  );
}

/** a kicker's slogan: two or three short parallel phrases (`奋进新征程 建功新时代`) */
const SLOGAN = /^\p{Script=Han}{2,6}(?:[ \u3000]+\p{Script=Han}{2,6}){1,2}$/u;
/** a kicker's column label runs to six characters (`聚焦基层一线`) */
/** a kicker's column label runs to six characters (`聚焦基层一线`), a column's name over a headline to four */
const KICKER_LABEL_MAX = 6;

/**
 * A line that reads as a kicker set over a headline, never as the title itself when another
 * line is there: a slogan of short parallel phrases, or a column's label of ordinary words
 * (`关注民生`, `县域新闻`, `聚焦基层一线`).
 */
export function isKicker(line: string): boolean {
  return SLOGAN.test(line.trim()) || isColumnLabel(line, KICKER_LABEL_MAX);
}

/** a column's name set over a headline (`卷 首 语`, `高层动态`): a few ordinary words */
export function isColumnLabel(text: string, max = 4): boolean {
  const label = compact(text);
  const letters = [...label].length;
  return letters >= 2 && letters <= max && /^\p{Script=Han}+$/u.test(label) && isCommonLabel(label);
}

export interface HeadlineContext {
  /** the block before, as decided so far (undefined at the top of the page) */
  before: string | undefined;
  /** the block after */
  after: string;
  /** the block after is several lines wrapped at the column (before they were joined) */
  afterWrapped: boolean;
  layout: PageLayout;
}

export type Verdict = 'headline' | 'text' | 'unsure';

/** evidence at or above this says headline, at or below NOT_HEADLINE says text; between is unsure */
const HEADLINE = 2;
const NOT_HEADLINE = -1;

/**
 * Whether a one-line block standing apart is a headline over what follows, or a line of text
 * that goes on into it, by weighing the evidence rather than one rule:
 * - it has a headline's shape (no sentence marks) — required;
 * - the block before ends a sentence, or there is none (a headline follows finished text);
 * - what follows opens like a report (a date, `本报讯`, a credit, `近日`);
 * - in a wrapped page, it is wider than the column (no wrapped line is), or stops well short;
 * - against: a word straddles the join (`视频会|议`), it ends on a word that needs more (`的`),
 *   or the next opens on the rest of a phrase (`和…`, `因素，`).
 */
export function headlineEvidence(line: string, ctx: HeadlineContext): { verdict: Verdict; score: number } {
  // the length first: a long line (a paragraph printed as one) is answered reading no further
  // than a headline's width
  if (displayLengthUpTo(headlineProper(line), LONG_HEADLINE_MAX) > LONG_HEADLINE_MAX || !canHead(line))
    return { verdict: 'text', score: -9 };
  const width = displayLength(line);
  const { column } = ctx.layout;
  // longer than most headlines: a one-line headline of a web-era report, or a run of text
  let score = width > HEADLINE_MAX ? -1 : 0;
  if (ctx.before === undefined || endsSentence(ctx.before)) score += 1;
  // a paragraph cut off mid-sentence counts against a headline after it, except where the writer
  // ended every line (no column, so no wrapped line) and the text after opens on its day or a
  // lead: that report was cut off (`…销往各地，` | `王五到两县（市）调研…` | `8月2日，…`)
  else if (/[\p{Script=Han}，、,]$/u.test(ctx.before) && !(column === 0 && opensLikeReport(ctx.after))) score -= 1;
  // a news lead (`本报讯`, `台湾网8月27日怀化消息`) opens a report: the line over it is its
  // headline even after a report cut off mid-sentence (`…料等`)
  if (isNewsLead(ctx.after) || NAMES_ITS_GENRE.test(line)) score += 3;
  else if (opensLikeReport(ctx.after)) score += 2;
  if (column > 0 && width > column * (1 + SAME_COLUMN_SLACK)) score += 2;
  else if (column > 0 && width < column * SHORT_OF_COLUMN) score += 1;
  // where a blank line follows every line, wrapped lines fill the column to the character: a
  // line at the top of the page stopping short of it, or of the line under it, is the headline
  // over the first paragraph (the column's median runs short where lines print narrow digits or
  // pinyin: `黑龙江第二轮秸秆综合利用专项督查全面启动` over `按照…工作联（li`)
  else if (
    ctx.before === undefined &&
    ctx.layout.blankLinesBetween === 'lines' &&
    width <= Math.max(column, displayLength(ctx.after.split('\n')[0]!)) - COLUMN_GAP
  )
    score += 1;
  // where the writer ended every line (no column), a line without a single mark is no paragraph
  else if (column === 0 && !/[，,“”（）()]/u.test(line)) score += 1;
  if (splitsAWord(line, ctx.after)) score -= 2;
  // a line that opens on its day and goes on after a comma is a report's first sentence
  // (`7月6日，平泉法庭法官在…送达` | `法律文书。`), not its headline
  if (REPORT_OPENING.test(line) && /[，,]/u.test(line)) score -= 2;
  if (/[的和与及是对把将从向在了]$/u.test(line)) score -= 2;
  if (/^[的和与及等了着过，、。；：,;:]/u.test(ctx.after) || restOfNounPhrase(ctx.after)) score -= 2;
  // where blank lines part paragraphs, a wrapped paragraph starts after one: the line before it
  // stands apart, unless the paragraph opens on the rest of its sentence (002's bold first
  // lines: `开展2022年领导干部报告个人有关` | `事项工作专题培训。`). In unwrapped text every block
  // is a paragraph, so the same holds: a second pass, reading the joined page, weighs as the first.
  if (ctx.layout.blankLinesBetween === 'paragraphs' && (ctx.afterWrapped || column === 0))
    score += FINISHES_SENTENCE.test(ctx.after) ? -2 : 1;
  const verdict = score >= HEADLINE ? 'headline' : score <= NOT_HEADLINE ? 'text' : 'unsure';
  return { verdict, score };
}

/**
 * A headline that names the kind of piece it heads (`…破解区域协调发展难题纪实`, `…调研记`,
 * `…活动侧记`): no line of text ends so, even after a paragraph cut off mid-sentence.
 */
const NAMES_ITS_GENRE =
  /(?:纪实|紀實|侧记|側記|综述|綜述|巡礼|巡禮|掠影|札记|手记|手記|纪事|紀事|调研记|調研記|回眸)$/u;

/**
 * A line that reads as a head, maybe after a kicker and its colon (`上海：提升社区服务 增强居民幸福感`);
 * after a colon one clause only, as a label's text (`编者按：…专栏，记录…`) has more.
 */
function canHead(printed: string): boolean {
  // a headline quotes whole phrases; a line that leaves a quotation open was wrapped inside it
  // (001: `…在春节假期就以“开年就开` | `跑”的状态`)
  if (printed.lastIndexOf('“') > printed.lastIndexOf('”') || !saysSomething(printed) || isPhotoCaption(printed))
    return false;
  // an exclamation parts a headline's phrases as a space does (`守护“孝昌蓝”！秸秆禁烧，孝昌在行动！`)
  // and a headline may open on a list of short names where it has no comma (`中央、省直记者…`);
  // a list after a verb is a sentence's (002: `推动行业协会、龙头企业` | `党组织打造…`)
  const proper = headlineProper(printed).replace(/[！!]/gu, ' ').trim();
  const line = commas(proper) === 0 && HEAD_LIST.test(proper) ? proper.replace(/、/gu, '') : proper;
  if (ENDS_ON_PARTICLE.test(line)) return false;
  if (readsAsHead(line)) return true;
  const colon = line.search(/[：:]/u);
  const rest = line.slice(colon + 1);
  return colon > 0 && colonSetsKicker(line) && readsAsHead(rest) && commas(rest) === 0;
}

/** a headline's opening list of short names: `中央、省直`, `省、市、县` */
const HEAD_LIST = /^(?:\p{Script=Han}{1,4}、)+\p{Script=Han}/u;

/** a first sentence with no clause in it: the rest of one begun on the line before */
export const FINISHES_SENTENCE = /^[^，。、；：！？,;:!?]{2,30}[。！？]/u;
/** a line this many characters short of the column stops short of it */
const COLUMN_GAP = 2;
/** lines of one column vary this much (digits and Latin letters are set narrower) */
export const SAME_COLUMN_SLACK = 0.1;

/**
 * A field of the page a web copy or e-paper reader prints among the headline lines, not a
 * kicker: `日期：01-01`, `专栏：福建通讯`, `当前报纸名称：昌吉日报`, `报刊搜索：搜索` — a label
 * naming a field of the page (up to PAGE_FIELD_PREFIX characters may qualify it, `当前报纸`).
 */
const PAGE_FIELD =
  /^[^：:\s]{0,4}(日期|版面|版次|版|专栏|栏目|名称|搜索|期数|作者|来源|编辑|时间|字体(?:大小)?|字号|关键字|关键词|關鍵詞|用户名)\s*[：:]/u;
/** an edition line: `第3版（）`, `一版：要闻总第1982期 >2017-09-13编印` */
const EDITION_LINE = /^第?[\d一二三四五六七八九十]{1,3}版(?:[（(）)：:\s]|$)|总第\s*\d+\s*期/u;
/** a paper's name and its slogan: `《柚都平和》—平和人自己的报纸` */
const MASTHEAD_SLOGAN = /^《[^》]{2,12}》\s*[—–-]/u;

/**
 * Whether a line of a headline run can be its title. A web copy's header stacks the page's
 * fields, the edition, the paper's slogan and the credit with the headline; none of them is the
 * title however long it is.
 */
export function canBeTitle(line: string): boolean {
  const text = line.trim();
  return !(isPageField(text) || endsOnCreditRole(text) || MASTHEAD_SLOGAN.test(text) || SITE_NAME.test(text));
}

/**
 * A site's name alone, its logo in a web copy's header (`央广网`, `中国台湾网移动版`): no title.
 * (Not furniture: a short section head may end on 网 too, `织密安全网`.)
 */
const SITE_NAME = /^\p{Script=Han}{1,8}[网網](?:移动版|移動版|客户端|客戶端)?$/u;

/**
 * A field of a web copy's or e-paper's page (`版面：第03B版`, `当前版：02版`, `【字体大小：`,
 * `热门关键字：…`) or an edition line: no part of any report's text, and no headline.
 */
export function isPageField(line: string): boolean {
  const text = line.trim().replace(/^[【[]/u, '');
  return PAGE_FIELD.test(text) || EDITION_LINE.test(text);
}

/** a page's field naming the article's title, printed anywhere on a web copy (`标题：X`) */
export const TITLE_FIELD = /^[标標][题題][：:]/u;

/**
 * A headline with its subtitle run onto the same line after a dash: an interview's or a
 * profile's (`奋力谱写…新篇章 ——访铅山县委书记刘建国`, `——记延寿县加信镇基层党建工作`). A
 * section head in two parts joins two phrases (`转观念、稳基础———打造民心凝聚工程`), never `访`/`记`.
 */
export const hasDashSubtitle = (line: string): boolean => /\S\s*——\s?(?:访|记|专访)\p{Script=Han}/u.test(line);

/**
 * Which line of a headline run (kicker → title → subtitle) is the title, and its text: the
 * longest line, but never a dash line, which subtitles it (`——记…`), nor a field of the page
 * stacked with it (canBeTitle), nor a kicker over another line (`奋进新征程 建功新时代` over
 * `全力做好防汛工作`, `这里是浙江——`), nor a web page's copy of another line with more added
 * (`X-新华网`, `原标题：X`), nor a reprint's note of its original title, unless no line can be.
 * A title field or note (`标题：X`) gives the title it names. A site's page (`fromSite`) prints
 * the title first and a deck or summary under it, often the longer line (`节前对口帮扶 消费助农增收`
 * over `驻村工作队联合电商平台开展农副产品展销`): there the first line that can be the title is it.
 */
export function titleLine(lines: string[], fromSite = false): { index: number; title: string } {
  // a site's page sets its title first in one type: a slogan there is the title, no kicker
  const kicker = (l: string, i: number) =>
    i < lines.length - 1 && ((i === 0 && !fromSite && isKicker(l)) || LEADS_ON.test(l));
  const copy = (l: string) => lines.some((o) => o !== l && compact(o).length >= COPIED_MIN && l.includes(o));
  // each line's eligibility once: a kicker's test asks jieba
  const eligible = lines.map(
    (l, i) => !l.startsWith('——') && canBeTitle(l) && !kicker(l, i) && !copy(l) && !ORIGINAL_TITLE_NOTE.test(l),
  );
  const fallback = (l: string) => !l.startsWith('——') && (canBeTitle(l) || !lines.some(canBeTitle));
  const candidate = eligible.includes(true) ? (_: string, i: number) => eligible[i]! : fallback;
  const first = fromSite ? lines.findIndex((l, i) => candidate(l, i) && headsSitePage(l)) : -1;
  let main = first;
  lines.forEach((l, i) => {
    if (first < 0 && candidate(l, i) && (main < 0 || compact(l).length > compact(lines[main]!).length)) main = i;
  });
  const index = Math.max(main, 0);
  // a column head's label is its title, the date after it dates it (columnHeadDate)
  return { index, title: columnHeadLabel(lines[index]!.replace(TITLE_NOTE, '$1')) };
}

/**
 * A line a site's page sets as its title: a headline's shape, in Chinese, and no column's label
 * (`经济民生` over the title), menu entry (`• 国内`) or site widget left above it.
 */
const headsSitePage = (line: string): boolean =>
  hasHeadlineShape(line) &&
  /\p{Script=Han}/u.test(line) &&
  !isColumnLabel(line, KICKER_LABEL_MAX) &&
  !LIST_ITEM.test(line);
/** a list's item under its bullet (`• 国内`, a site's menu entry): never the title */
const LIST_ITEM = /^[•·●]/u;

/** a kicker that leads on into the title under it, ending on its dash (`这里是浙江——`) */
const LEADS_ON = /——$/u;

/** a line a web page repeats with more added is at least this long (`简讯` is no title's copy) */
const COPIED_MIN = 4;
/** a field naming the title, `标题：X`, or a note of the original one, `原标题：X`, `（原標題：X）` */
const TITLE_NOTE = /^[（(]?原?[标標]?[题題][：:]\s*(.+?)[）)]?$/u;
/**
 * the original title a reprint notes is not the page's own (`原題：繪就美麗鄉村新畫卷——…` over
 * `遼寧省2020年農村廁所革命工作綜述`), unless it is the only line
 */
const ORIGINAL_TITLE_NOTE = /^[（(]?原[标標]?[题題][：:]/u;

/**
 * A sentence that opens on its time (`春分时节，`, `国庆来临之际，`, `近年来，`) begins anew; the
 * jieba tags of `春分时节` are a noun's, as those of the rest of a phrase cut by a line end are.
 */
const OPENS_ON_TIME = /^[^，。,]{0,12}(?:时节|时分|之际|前夕|期间|以来|年来|之初|当天|当日|时)[，,]/u;

/**
 * Text that opens on the rest of a noun phrase begun on the line before (`新业态新` |
 * `就业群体党建工作联席会议制度，`), not on a time of its own (`春分时节，`).
 */
export function restOfNounPhrase(text: string, longest?: number): boolean {
  return !OPENS_ON_TIME.test(text) && opensOnNounPhrase(text, longest);
}
