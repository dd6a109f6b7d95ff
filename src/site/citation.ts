// "Cite this": a reference to the archived article in GB/T 7714-2015 (the Chinese standard for
// references, newspaper articles as [N], online as [N/OL]) and in APA 7, with its permanent URL.
import type { ArticleInfo } from './bodies.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Cited = Pick<ArticleInfo, 'title' | 'byline' | 'source' | 'date'>;

/** GB/T 7714: 作者. 题名[N/OL]. 报纸名, 2022-06-29[引用日期]. URL. (unknowns as the standard writes them) */
export function gbt7714(a: Cited, url: string, accessed: string): string {
  const names = authors(a.byline);
  const authorPart = names.length ? `${names.join(', ')}. ` : '';
  const source = a.source ?? '[出版者不详]';
  const date = a.date ?? '[出版日期不详]';
  return `${authorPart}${a.title}[N/OL]. ${source}, ${date}[${accessed}]. ${url}.`;
}

/** APA 7: Author. (2022, June 29). Title. Source. URL — title first when there is no author */
export function apa(a: Cited, url: string): string {
  const date = `(${apaDate(a.date)}).`;
  const source = a.source ? ` ${a.source}.` : '';
  const names = authors(a.byline);
  if (names.length === 0) return `${a.title}. ${date}${source} ${url}`;
  return `${names.join(', ')}. ${date} ${a.title}.${source} ${url}`;
}

function apaDate(date: string | null): string {
  if (!date) return 'n.d.';
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  return `${y}, ${MONTHS[Number(m) - 1]}${d ? ` ${Number(d)}` : ''}`;
}

/** what precedes a name in a byline and is not part of it (本报记者, 黑龙江日报全媒体记者, 通讯员) */
const ROLE = /^.*?(?:记者|通讯员|编辑|摄影|实习生)/u;

/**
 * A byline as printed → the authors' names for a reference list: roles dropped
 * (`本报记者 刘大泳` → 刘大泳), a letter-spaced name joined (`王 莉` → 王莉), a note on the
 * author (`（作者为…）`) left out; an organisation that signs (永吉县委组织部) stays as it is.
 */
export function authors(byline: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of byline) {
    if (/^[（(].*[）)]$/u.test(line.trim())) continue;
    const words = line.trim().split(/\s+/u);
    const joined = words.reduce<string[]>((out, w) => {
      const last = out.at(-1);
      if (last !== undefined && [...last].length === 1 && [...w].length <= 2 && !ROLE.test(last))
        out[out.length - 1] = last + w;
      else out.push(w);
      return out;
    }, []);
    for (const w of joined) {
      const name = w.replace(ROLE, '');
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
