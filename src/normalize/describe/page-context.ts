// Describe: what the page as a whole says, for articles that do not say it themselves.
// A masthead date or a magazine's issue line dates every article on the page; failing both,
// a year the page also names by its zodiac animal (2022 and 虎年), or the year of an
// anniversary it celebrates, is the page's year. Never a month or day that was not printed. A page about one city (every locality it names is in that city) places the
// articles that name no place of their own.
import nodejieba from 'nodejieba';
import { asSimplified } from '../simplified.ts';
import type { ClippingFileData } from '../tree.ts';
import { lookup, placeNames, type Division } from './gazetteer.ts';
import type { Place } from './place.ts';

export interface PageContext {
  /** the date printed for the page: its masthead or date line, a reprint's source line */
  date: string | null;
  /** the date a site's publication line gives the article copied from it */
  published: string | null;
  /** the year a magazine's issue line gives (`2023年第5期`) */
  issueYear: string | null;
  /** the year the page's text gives itself (2022 and 虎年, 新中国成立75周年) */
  year: string | null;
  /** the paper its masthead names */
  source: string | null;
  city: Division | null;
}

/** a year that is a deadline or the end of a span (到2025年, 2021—2025年) says nothing of the page */
const YEAR = /(?<![到至—\-~～\d])((?:19|20)\d{2})\s*年(?!前|底前|以前)/gu;

export function pageContext(data: ClippingFileData, texts: string[]): PageContext {
  // furniture removal read the page's date lines (recognise/date-line.ts); the first of each kind counts
  const meta = (key: 'date' | 'published' | 'issue') => data.pageMeta.find((m) => m.key === key)?.value ?? null;
  return {
    date: meta('date'),
    published: meta('published'),
    issueYear: meta('issue'),
    year: pageYear(texts),
    source: data.pageMeta.find((m) => m.key === 'source')?.value ?? null,
    // front matter naming the place wins over the page (placeFor), so the scan of every
    // block against the gazetteer would be thrown away
    city: data.frontMatter?.place || data.frontMatter?.city ? null : pageCity(texts),
  };
}

function pageYear(texts: string[]): string | null {
  // a year the page calls by its zodiac name too (2022 … 虎年) is the page's own year, and so
  // is the year of an anniversary it celebrates (新中国成立75周年 → 2024)
  const all = texts.join('\n');
  const years = new Set([...all.matchAll(YEAR)].map((m) => m[1]!));
  const own = new Set([...years].filter((y) => all.includes(`${ZODIAC[(Number(y) - 4) % 12]}年`)));
  for (const m of all.matchAll(ANNIVERSARY)) own.add(String(ANNIVERSARY_BASE[m[1]!]! + Number(m[2])));
  return own.size === 1 ? [...own][0]! : null;
}

/** anniversaries newspapers mark, from the year of the event they count from */
const ANNIVERSARY_BASE: Record<string, number> = {
  新中国成立: 1949,
  中华人民共和国成立: 1949,
  中国共产党成立: 1921,
  建党: 1921,
  改革开放: 1978,
};
const ANNIVERSARY = new RegExp(`(${Object.keys(ANNIVERSARY_BASE).join('|')})\\s*(\\d{1,3})\\s*周年`, 'gu');

const ZODIAC = '鼠牛虎兔龙蛇马羊猴鸡狗猪';

function pageCity(texts: string[]): Division | null {
  const perCity = new Map<string, number>();
  const perCounty = new Map<Division, number>();
  let total = 0;
  for (const text of texts) {
    for (const name of placeNames(text)) {
      const found = lookup(name).filter((d) => d.level !== 'province');
      if (found.length !== 1) continue; // a name shared by several places says nothing here
      const d = found[0]!;
      perCity.set(d.city!, (perCity.get(d.city!) ?? 0) + 1);
      if (d.level === 'county') perCounty.set(d, (perCounty.get(d) ?? 0) + 1);
      total++;
    }
  }
  // the most specific division that holds most of what the page names
  const [county] = [...perCounty].sort((a, b) => b[1] - a[1]);
  if (county && county[1] >= 5 && county[1] >= total * 0.6) return county[0];
  const [city] = [...perCity].sort((a, b) => b[1] - a[1]);
  if (!city || city[1] < 5 || city[1] < total * 0.6) return null;
  return lookup(city[0]).find((d) => d.name === city[0]) ?? null;
}

/** What describing found for the article before on the page, for a piece of it cut off. */
export interface ArticleBefore {
  /** its headline and paragraphs */
  text: string;
  date: string | null;
  place: Place;
}

/** who speaks, then the verb of speech, opening a paragraph: `王书文指出，`, `劉志生強調：` */
const SPEAKER_OPENS = /^(\p{Script=Han}{2,4}?)(?:指出|强调|表示|要求|介绍|认为|希望|说)[，,：:]/u;
/** the segmenter's tags for a person's name, or a word it does not know */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/**
 * Could this be a person's name? Not one ordinary word (`会议要求`, `大家表示`, `记者了解到`):
 * the segmenter splits most names it does not know (王明|远) or tags them as names.
 */
function nameLike(word: string): boolean {
  const tags = nodejieba.tag(word);
  return tags.length > 1 || NAME_TAGS.has(tags[0]!.tag);
}

/**
 * Does an article open by quoting someone the article before on the page introduced (`王书文
 * 指出，…` after `县委副书记、县长王书文…参加`)? A report introduces a speaker by title first;
 * opening on the bare name of one the report before named means the two are one report, cut
 * in two where the splitter read a photo caption (`图为：…签约仪式现场`) as a headline.
 */
export function continuesReport(firstParagraph: string | undefined, before: string): boolean {
  const m = SPEAKER_OPENS.exec(asSimplified(firstParagraph ?? ''));
  if (!m) return false;
  return nameLike(m[1]!) && asSimplified(before).includes(m[1]!);
}
