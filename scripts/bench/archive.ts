// A deterministic archive of clipping files for the build benchmark, made at run time from the
// sentences and headlines of the seed clippings in content/clippings/ (normalised first, so the
// generator adds the defects itself and knows the clean text): real place names from the
// gazetteer, dates in front matter, mastheads or news leads, and the seeds' defects — column
// wraps, GB2312-garbled punctuation, duplicated paragraphs, running heads, several articles per
// file, web copies with their furniture. The same --seed gives the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { listClippingFiles, loadClippings } from '../../src/clippings.ts';
import { gazetteer, type Division } from '../../src/normalize/describe/gazetteer.ts';
import { MISDECODED } from '../../src/normalize/repair/restore-misdecoded-punctuation.ts';

/** what a generated article is, for the bare baseline (which renders it from Markdown) */
export interface CleanArticle {
  id: string;
  title: string;
  date: string;
  place: string;
  paragraphs: string[];
}

export interface Archive {
  files: number;
  bytes: number;
  articles: CleanArticle[];
}

const GARBLE = new Map([...MISDECODED].map(([ch, mark]) => [mark, ch]));
const WEEKDAY = '日一二三四五六';
const PAPERS = ['黑龙江日报', '吉林日报', '大庆日报', '江城日报', '伊春日报', '佳木斯日报'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚';

export class Rand {
  private seed: number;
  constructor(seed: number) {
    this.seed = seed >>> 0 || 1;
  }
  next(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return this.seed / 4294967296;
  }
  int(from: number, to: number): number {
    return from + Math.floor(this.next() * (to - from + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The seeds' clean sentences and headlines, read through the normaliser once. */
export function seedMaterial() {
  const { articles } = loadClippings(listClippingFiles());
  const sentences = articles.flatMap((a) =>
    a.paragraphs.flatMap((p) => p.match(/[^。！？]+[。！？]/gu) ?? []).filter((s) => s.length >= 8),
  );
  const titles = articles.map((a) => a.title).filter((t) => t.length >= 4 && t.length <= 24);
  const places = [...gazetteer().byName.values()]
    .filter((ds) => ds.length === 1)
    .flat()
    .filter((d) => d.level !== 'province');
  return { sentences, titles, places };
}
type Material = ReturnType<typeof seedMaterial>;

function name(r: Rand): string {
  return r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.chance(0.5) ? r.pick([...GIVEN]) : '');
}

function article(r: Rand, m: Material, id: string, place: Division, date: string): CleanArticle {
  const paragraphs = Array.from({ length: r.int(3, 9) }, () =>
    Array.from({ length: r.int(2, 5) }, () => r.pick(m.sentences)).join(''),
  );
  paragraphs[0] = `${place.name}${paragraphs[0]}`; // the place is named in the text, as reports do
  return { id, title: `${place.name}${r.pick(m.titles)}`, date, place: place.name, paragraphs };
}

/** a paragraph hard-wrapped at a column of `width` characters, as a PDF page's text comes out */
function wrap(text: string, width: number): string {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines.join('\n');
}

const garble = (text: string) => [...text].map((c) => GARBLE.get(c) ?? c).join('');

function datePrinted(date: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${mo}月${d}日 星期${WEEKDAY[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]}`;
}

/** A newspaper page: masthead, several reports, wraps, maybe garbled, a running head repeated. */
function paperPage(r: Rand, pieces: CleanArticle[], paper: string, frontMatter: boolean): string {
  const width = r.int(18, 26);
  const wrapped = r.chance(0.5);
  const garbled = r.chance(0.25);
  const runningHead = `${paper}  ${datePrinted(pieces[0]!.date)}  第${r.int(1, 8)}版`;
  const out: string[] = [];
  // an editor who knows the page's city says so (a third of the files with front matter)
  const city = r.chance(1 / 3) ? `city: ${pieces[0]!.place}\n` : '';
  if (frontMatter) out.push(`---\nsource: ${paper}\ndate: ${pieces[0]!.date}\n${city}---\n`);
  out.push(datePrinted(pieces[0]!.date), `E-mail:bianjibu${r.int(100, 999)}@163.com`, '');
  for (const a of pieces) {
    out.push(a.title, '');
    const body = a.paragraphs.map((p, k) => (k === 0 ? `本报讯（记者 ${name(r)}）${p}` : p));
    if (r.chance(0.3)) body.splice(r.int(1, body.length), 0, body[r.int(0, body.length - 1)]!); // a duplicate
    for (const [k, p] of body.entries()) {
      const text = garbled ? garble(p) : p;
      out.push(wrapped ? wrap(text, width) : text, '');
      if (k === 1 && r.chance(0.3)) out.push(runningHead, ''); // the page's head, met again mid-text
    }
  }
  return `${out.join('\n')}\n`;
}

/** A web page's copy: one article, one line per paragraph, the site's information line and editor. */
function webCopy(r: Rand, a: CleanArticle, paper: string): string {
  const info = `来源：${paper}  发布时间：${a.date} ${String(r.int(7, 20)).padStart(2, '0')}:${r.int(10, 59)}  浏览次数：${r.int(10, 9999)}`;
  return `${[a.title, info, '', ...a.paragraphs, '', `（责任编辑：${name(r)}）`].join('\n')}\n`;
}

/** Write clipping files into `dir` until they hold `articles` articles. */
export function generateArchive(dir: string, articles: number, seed: number, m = seedMaterial()): Archive {
  const r = new Rand(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const all: CleanArticle[] = [];
  let bytes = 0;
  for (let f = 0; all.length < articles; f++) {
    const city = r.pick(m.places);
    const date = `${r.int(2015, 2024)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const paper = r.pick(PAPERS);
    const web = r.chance(0.15);
    const count = web ? 1 : Math.min(r.int(5, 12), articles - all.length);
    const stem = `bench-${String(f).padStart(6, '0')}`;
    const local = m.places.filter((p) => p.city === city.city);
    const pieces = Array.from({ length: count }, (_, k) =>
      article(r, m, `${stem}-${k + 1}`, local.length ? r.pick(local) : city, date),
    );
    const text = web ? webCopy(r, pieces[0]!, paper) : paperPage(r, pieces, paper, r.chance(0.5));
    fs.writeFileSync(path.join(dir, `${stem}.txt`), text);
    bytes += Buffer.byteLength(text);
    all.push(...pieces);
  }
  return { files: fs.readdirSync(dir).length, bytes, articles: all };
}
