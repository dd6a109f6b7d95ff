// Article ids (contract C1): `{file stem}-{headline in pinyin}`, so an article's address
// depends only on its own file and headline, never on how many articles come before it.
// The headline is cut to its first words to keep addresses short; articles of one file that
// still share an id are told apart by the rest of the headline (a short hash), then by their
// date, and only articles with the same headline and date by their order among themselves.
import crypto from 'node:crypto';
import nodejieba from 'nodejieba';
import { pinyin } from 'pinyin-pro';

/** words of the headline kept in the id (`nengli-zuofeng-jianshe-meiyou`) */
const ID_WORDS = 4;
/** and at most this many letters of them, whole words only (the first word always) */
const ID_LETTERS = 28;

export interface IdentifiedBy {
  /** the headline as printed (or the first sentence standing in), before any override */
  title: string;
  date: string | null;
}

export function articleIds(stem: string, articles: IdentifiedBy[]): string[] {
  const bases = articles.map((a) => `${stem}-${headlineSlug(a.title) || shortHash(a.title)}`);
  return bases.map((base, i) => {
    const a = articles[i]!;
    const clash = articles.filter((_, k) => bases[k] === base);
    if (clash.length === 1) return base;
    let id = base;
    if (clash.some((b) => b.title !== a.title)) id += `-${shortHash(a.title)}`;
    const same = clash.filter((b) => b.title === a.title);
    if (same.some((b) => b.date !== a.date)) id += `-${(a.date ?? 'undated').replace(/-/g, '')}`;
    const twins = articles.slice(0, i).filter((b) => b.title === a.title && b.date === a.date).length;
    return twins > 0 ? `${id}-${twins + 1}` : id;
  });
}

/** The headline's first words in toneless pinyin, one hyphen between words. */
export function headlineSlug(title: string): string {
  const words: string[] = [];
  let letters = 0;
  for (const word of headlineWords(title)) {
    // no word after the last kept one can be kept: it is not read into pinyin
    if (words.length >= ID_WORDS) break;
    const slug = wordSlug(word);
    if (!slug) continue;
    if (words.length > 0 && letters + slug.length > ID_LETTERS) break;
    words.push(slug);
    letters += slug.length;
  }
  return words.join('-');
}

/**
 * jieba's words of the Chinese runs; a run of Latin letters or digits (`2021`, `BTX`) is one
 * word. Run by run as they are asked for: an id keeps the first few words of what may be a
 * whole sentence standing in for a headline.
 */
function* headlineWords(title: string): Generator<string> {
  for (const [run] of title.normalize('NFKC').matchAll(/\p{Script=Han}+|[A-Za-z0-9]+/gu)) {
    if (/\p{Script=Han}/u.test(run)) yield* nodejieba.cut(run);
    else yield run;
  }
}

function wordSlug(word: string): string {
  const latin = /\p{Script=Han}/u.test(word)
    ? pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('')
    : word;
  return latin.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function shortHash(text: string): string {
  return crypto.createHash('sha1').update(text).digest('hex').slice(0, 4);
}
