// Reads the development corpus (../shared/corpus/news.jsonl) at run time and takes from each
// text what a printed clipping would carry: its headline and its body paragraphs. The texts
// stay outside the repository; only this reader is part of it.
import fs from 'node:fs';
import path from 'node:path';
import { toFullWidth } from './text.ts';

export interface CorpusRow {
  url: string;
  text: string;
  title: string | null;
  date: string | null;
  place: string | null;
  province: string | null;
  why: string;
}

/** one corpus report, ready to be laid out */
export interface Report {
  /** the row's index in the corpus */
  key: number;
  /** the headline, full-width marks, or null when the text prints none */
  title: string | null;
  /** the body's prose paragraphs with full-width marks, as a printed page has them */
  paragraphs: string[];
  /** the text as copied from the web, untouched */
  webText: string;
  date: string | null;
  place: string | null;
  province: string | null;
}

export const DEFAULT_CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/news.jsonl');

export function readCorpus(file = DEFAULT_CORPUS): CorpusRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** Copyright notices, disclaimers and reprint terms are site text, not the report's. */
const SITE_NOTICE = /版权|版權|转载|轉載|免责|免責|声明|聲明|未经|未經|授权|授權/u;
/** Below these words a page lists other articles, not this one. */
const END_OF_ARTICLE = /^(相关阅读|相關閱讀|相关链接|相關鏈接|相关文章|相關文章|上一篇|下一篇|推荐阅读|延伸阅读)/u;
/** A body paragraph: mostly Chinese, with at least one sentence mark. */
const MIN_PROSE_CHARS = 12;
const MIN_HAN_SHARE = 0.5;

/** is this line of a web copy part of the report's prose (not navigation, a counter or a notice)? */
export function isProseLine(line: string): boolean {
  const chars = [...line];
  if (chars.length < MIN_PROSE_CHARS || SITE_NOTICE.test(line)) return false;
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  if (han / chars.length < MIN_HAN_SHARE) return false;
  return /[。！？!?]/u.test(line) || (chars.length >= 30 && /[，,]/u.test(line));
}

/** the prose paragraphs of a web copy, after its headline line and before any list of other articles */
export function bodyParagraphs(text: string, title: string | null): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const titleAt = title ? lines.findIndex((l) => l === title) : -1;
  const out: string[] = [];
  for (const line of lines.slice(titleAt + 1)) {
    if (END_OF_ARTICLE.test(line)) break;
    if (line !== title && isProseLine(line)) out.push(...splitRunOnParagraphs(toFullWidth(line)));
  }
  return out;
}

/**
 * Some sites run paragraphs together on one line with a space between (`参加。 付中权…`,
 * `…再上新台阶。” 会议要求…`). A closing quote alone ends no paragraph: `此次寒亭区“春风行动” 系列
 * 招聘洽谈会准备了…` is one sentence with a stray space.
 */
function splitRunOnParagraphs(line: string): string[] {
  return line.split(/(?<=[。！？]”?)\s+(?=\S)/u);
}

export function toReport(row: CorpusRow, key: number): Report {
  return {
    key,
    title: row.title ? toFullWidth(row.title.trim()) : null,
    paragraphs: bodyParagraphs(row.text, row.title?.trim() ?? null),
    webText: row.text,
    date: row.date,
    place: row.place,
    province: row.province,
  };
}

export function corpusReports(file = DEFAULT_CORPUS): Report[] {
  return readCorpus(file)
    .map(toReport)
    .filter((r) => r.paragraphs.length > 0);
}
