// Lays corpus reports out as clipping files, the ways real clippings come: blank-line blocks,
// column wraps, indented paragraphs, kickers and subtitles, headlines after the body, a masthead
// with the page date, several reports per page, items under a locality heading, web copies,
// garbled punctuation, running headers and repeated paragraphs. Each file says what a careful
// reader would get from it (headline, date, place, body), so the output can be scored.
import type { Report } from './corpus.ts';
import { between, garble, hashName, pick, randomDay, seededRandom, shuffled, wrapParagraph } from './text.ts';

/** one report as it was placed in a file, with what reading it right gives */
export interface PlacedReport {
  report: Report;
  /** the headline printed for it, or null when the layout prints none */
  headline: string | null;
  /** its paragraphs as printed (garbled where the layout garbles) */
  printed: string[];
  /** the same paragraphs as they should read */
  reference: string[];
  /** per paragraph, the character positions the layout garbled */
  garbledAt: Set<number>[];
  /** the date a careful reader gives it from this file, or null */
  expectedDate: string | null;
}

export interface LaidOutFile {
  layout: string;
  name: string;
  text: string;
  reports: PlacedReport[];
  /** running headers the layout inserted (furniture the output must not keep) */
  runningHeaders: string[];
  /** paragraphs the layout printed twice (one copy must go) */
  duplicated: string[];
}

type Rand = () => number;
type Page = Omit<LaidOutFile, 'layout' | 'name'>;
interface Layout {
  name: string;
  /** reports per file */
  perPage: number;
  /** which reports the layout can show (a headline layout needs a headline) */
  accepts: (r: Report) => boolean;
  lay: (reports: Report[], rand: Rand) => Page;
}

/**
 * The labelled date stands when the file still prints it, as precisely as labelled: a print
 * layout keeps the body, not the web copy's publication line the label may come from.
 */
function dateStatedIn(report: Report, fileText: string): string | null {
  return report.date && printsDate(fileText, report.date) ? report.date : null;
}

/**
 * Does the text print this ISO date (`2022-06-29`, `2022-06`, `2022`) in a form pages use? A day
 * printed without its year counts when one sentence also names the year (`3月11日，我县举行2020年
 * 第一批…`): that is how the labelled reader dated such reports, and the print layouts keep it.
 * So does a month so printed (`满足2014年务工需求，计划在2月份…`, `9月24日，…2023年迎国庆…`).
 */
export function printsDate(printed: string, iso: string): boolean {
  // a column wrap can break a year across lines (`…消息2` | `013年5月22日`): still printed
  const text = printed.replace(/\s*\n\s*/gu, '');
  const [y, m, d] = iso.split('-').map(Number);
  const n = (v: number | undefined) => `0?${v}`;
  if (d !== undefined && sentenceDates(text, `(?<![\\d年])${n(m)}月${n(d)}日`, `${y}年`)) return true;
  if (m !== undefined && d === undefined && sentenceDates(text, `(?<![\\d年])${n(m)}月`, `${y}年`)) return true;
  const forms =
    d !== undefined
      ? [`${y}\\s*年\\s*${n(m)}\\s*月\\s*${n(d)}\\s*日`, `${y}[-/.]${n(m)}[-/.]${n(d)}(?!\\d)`]
      : m !== undefined
        ? [`${y}\\s*年\\s*${n(m)}\\s*月`, `${y}[-/.]${n(m)}(?![\\d])`]
        : [`${y}\\s*年`];
  return forms.some((f) => new RegExp(f, 'u').test(text));
}

/** one sentence (line breaks and spaces ignored) prints both the day and the year */
function sentenceDates(text: string, day: string, year: string): boolean {
  const sentences = text.replace(/\s+/gu, '').split(/[。！？]/u);
  return sentences.some((s) => new RegExp(day, 'u').test(s) && s.includes(year));
}

function placed(report: Report, headline: string | null = report.title, printed = report.paragraphs): PlacedReport {
  return {
    report,
    headline,
    printed,
    reference: report.paragraphs,
    garbledAt: printed.map(() => new Set()),
    expectedDate: null,
  };
}

/** Finish a page: the expected dates follow from what the whole file prints. */
function page(text: string, reports: PlacedReport[], extra: Partial<Page> = {}): Page {
  for (const r of reports) r.expectedDate ??= dateStatedIn(r.report, text);
  return { text: text.replace(/\n{3,}/g, '\n\n') + '\n', reports, runningHeaders: [], duplicated: [], ...extra };
}

/** the two ideographic spaces that indent a printed paragraph */
const INDENT = '\u3000\u3000';

export type ParagraphStyle = 'blocks' | 'indented' | 'wrapped' | 'wrapped-indented' | 'wrapped-spaced';

/** paragraphs set in one of the ways pages print them */
export function setParagraphs(paragraphs: string[], style: ParagraphStyle, width: number): string {
  switch (style) {
    case 'blocks':
      return paragraphs.join('\n\n');
    case 'indented':
      return paragraphs.map((p) => INDENT + p).join('\n');
    case 'wrapped':
      return paragraphs.map((p) => wrapParagraph(p, width).join('\n')).join('\n\n');
    case 'wrapped-indented':
      return paragraphs.map((p) => wrapParagraph(p, width, INDENT).join('\n')).join('\n');
    case 'wrapped-spaced':
      return paragraphs.map((p) => wrapParagraph(p, width).join('\n\n')).join('\n\n');
  }
}

/** a single report: its headline (if any), a blank line, the body in one style */
function single(style: ParagraphStyle, lo = 10, hi = 30): Layout['lay'] {
  return ([report], rand) => {
    const r = report!;
    const body = setParagraphs(r.paragraphs, style, between(rand, lo, hi));
    const gap = style === 'indented' ? '\n' : '\n\n';
    return page(r.title ? `${r.title}${gap}${body}` : body, [placed(r)]);
  };
}

const titled = (r: Report) => r.title !== null;
const any = () => true;

// Kickers and subtitles in the forms papers print (written for this evaluation).
const KICKERS = ['聚焦基层一线', '奋进新征程 建功新时代', '一线传真', '关注民生', '县域新闻'];
const SUBTITLES = ['——来自基层一线的报道', '——记者实地探访', '——扎实推进各项工作落地见效', '——干部群众齐心协力'];

function kicker([report]: Report[], rand: Rand): Page {
  const r = report!;
  const head = `${pick(rand, KICKERS)}\n${r.title}\n${pick(rand, SUBTITLES)}`;
  return page(`${head}\n\n${setParagraphs(r.paragraphs, 'blocks', 0)}`, [placed(r)]);
}

function headlineAfter(reports: Report[]): Page {
  const text = reports.map((r) => `${setParagraphs(r.paragraphs, 'blocks', 0)}\n\n${r.title}`).join('\n\n');
  return page(
    text,
    reports.map((r) => placed(r)),
  );
}

// Newspaper names for mastheads (generic county papers, written for this evaluation).
const PAPERS = ['城乡导报', '县域时报', '新农村报', '今日要闻'];

function masthead(reports: Report[], rand: Rand): Page {
  const day = randomDay(rand);
  const top = `${pick(rand, PAPERS)}\n${day.printed}\n第${between(rand, 1, 8)}版`;
  const body = reports.map((r) => `${r.title}\n\n${setParagraphs(r.paragraphs, 'blocks', 0)}`).join('\n\n');
  const all = reports.map((r) => ({ ...placed(r), expectedDate: day.iso }));
  return page(`${top}\n\n${body}`, all);
}

function mixedPage(reports: Report[], rand: Rand): Page {
  const width = between(rand, 14, 24);
  const styles: ParagraphStyle[] = ['blocks', 'indented', 'wrapped'];
  const text = reports
    .map((r) => `${r.title}\n\n${setParagraphs(r.paragraphs, pick(rand, styles), width)}`)
    .join('\n\n');
  return page(
    text,
    reports.map((r) => placed(r)),
  );
}

function locality(reports: Report[]): Page {
  const text = reports.map((r) => `${r.place}\n\n${setParagraphs(r.paragraphs, 'blocks', 0)}`).join('\n\n');
  return page(
    text,
    reports.map((r) => placed(r, null)),
  );
}

// A site header showing the day the page was viewed, above the navigation words.
const NAVIGATION = [
  '首页 | 新闻中心 | 政务公开 | 专题专栏 | 视频',
  '网站首页 本地新闻 政策解读 便民服务',
  '首页>新闻>本地要闻',
];

function web([report]: Report[], rand: Rand): Page {
  const r = report!;
  const viewed = rand() < 0.5 ? `${randomDay(rand, 2024, 2025).printed}\n${pick(rand, NAVIGATION)}\n` : '';
  const one = { ...placed(r, r.title), expectedDate: r.date };
  return page(`${viewed}${r.webText}`, [one]);
}

function garbled([report]: Report[], rand: Rand): Page {
  const r = report!;
  const one = placed(r);
  // a third of paragraphs stay clean, a third are garbled throughout, a third in part
  const marks = r.paragraphs.map((p) => garble(p, pick(rand, [0, 1, 0.5]), rand));
  one.printed = marks.map((m) => m.text);
  one.garbledAt = marks.map((m) => m.at);
  const body = setParagraphs(one.printed, 'blocks', 0);
  return page(r.title ? `${r.title}\n\n${body}` : body, [one]);
}

// Running headers as pages print them at a page break (written for this evaluation).
const RUNNING_HEADERS = ['基 层 动 态', '综合新闻', '要 闻', '县域经济', '地方新闻'];

function withFurniture(reports: Report[], rand: Rand): Page {
  const width = between(rand, 16, 26);
  const header = pick(rand, RUNNING_HEADERS);
  const every = between(rand, 12, 30);
  const long = reports.find((r) => r.paragraphs.length >= 2);
  const dupAt = long ? between(rand, 0, long.paragraphs.length - 2) : -1;
  const blocks = reports.map((r) => {
    const paras = r === long ? r.paragraphs.flatMap((p, k) => (k === dupAt ? [p, p] : [p])) : r.paragraphs;
    return `${r.title}\n\n${setParagraphs(paras, 'wrapped', width)}`;
  });
  const lines = blocks.join('\n\n').split('\n');
  const text = lines.flatMap((l, i) => (i > 0 && i % every === 0 ? ['', header, '', l] : [l])).join('\n');
  const duplicated = long ? [long.paragraphs[dupAt]!] : [];
  return page(
    text,
    reports.map((r) => placed(r)),
    { runningHeaders: [header], duplicated },
  );
}

export const LAYOUTS: Layout[] = [
  { name: 'blocks', perPage: 1, accepts: any, lay: single('blocks') },
  { name: 'wrapped', perPage: 1, accepts: any, lay: single('wrapped') },
  { name: 'wrapped-indented', perPage: 1, accepts: any, lay: single('wrapped-indented') },
  { name: 'wrapped-spaced', perPage: 1, accepts: any, lay: single('wrapped-spaced', 20, 30) },
  { name: 'indented', perPage: 1, accepts: any, lay: single('indented') },
  { name: 'kicker-subtitle', perPage: 1, accepts: titled, lay: kicker },
  { name: 'headline-after', perPage: 2, accepts: titled, lay: headlineAfter },
  { name: 'masthead', perPage: 3, accepts: titled, lay: masthead },
  { name: 'several-per-page', perPage: 3, accepts: titled, lay: mixedPage },
  { name: 'locality-heads', perPage: 3, accepts: (r) => r.place !== null, lay: locality },
  { name: 'web', perPage: 1, accepts: any, lay: web },
  { name: 'garbled', perPage: 1, accepts: any, lay: garbled },
  { name: 'running-headers', perPage: 3, accepts: titled, lay: withFurniture },
];

/** every file of one layout, deterministic for a seed */
export function layOut(layout: Layout, reports: Report[], seed: number): LaidOutFile[] {
  const rand = seededRandom(seed ^ hashName(layout.name));
  const fit = shuffled(rand, reports.filter(layout.accepts));
  const files: LaidOutFile[] = [];
  for (let i = 0; i + layout.perPage <= fit.length; i += layout.perPage) {
    const group = fit.slice(i, i + layout.perPage);
    const name = `${layout.name}-${String(files.length + 1).padStart(3, '0')}.txt`;
    files.push({ layout: layout.name, name, ...layout.lay(group, rand) });
  }
  return files;
}
