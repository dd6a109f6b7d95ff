// Addresses that survive: `content/redirects.json` is the archive's address book, committed
// with the clippings. `published` lists every article id the site has served, with what
// identifies the article besides its id (its file, a digest of its title and of its opening);
// `redirects` maps each id that is no longer made to the id of the same article now.
// `npx jianbao addresses` brings the book up to date after a change of ids (a better reading,
// a renamed headline); the build serves every redirect, and `check` warns about a published
// id that is neither made nor redirected, so no citation breaks unnoticed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Problem } from '../schema.ts';

export const ADDRESS_BOOK = 'content/redirects.json';

/** what identifies an article besides its id: [file name, title digest, opening digest] */
export type Fingerprint = [string, string, string];

export interface AddressBook {
  redirects: Record<string, string>;
  published: Record<string, Fingerprint>;
}

export function readAddressBook(file = ADDRESS_BOOK): AddressBook {
  if (!fs.existsSync(file)) return { redirects: {}, published: {} };
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<AddressBook>;
  return { redirects: raw.redirects ?? {}, published: raw.published ?? {} };
}

export function writeAddressBook(book: AddressBook, file = ADDRESS_BOOK): void {
  const sorted = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const text = JSON.stringify({ redirects: sorted(book.redirects), published: sorted(book.published) }, null, 2);
  fs.writeFileSync(file, `${text}\n`);
}

const digest = (text: string) => crypto.createHash('sha1').update(text).digest('hex').slice(0, 8);

export function fingerprint(a: Pick<Article, 'sourceFile' | 'title' | 'paragraphs'>): Fingerprint {
  const opening = a.paragraphs.join('').replace(/\s+/gu, '').slice(0, 60);
  return [path.basename(a.sourceFile), digest(a.title), digest(opening)];
}

export interface AddressChanges {
  book: AddressBook;
  /** [old id, new id] for each redirect added */
  moved: Array<[string, string]>;
  /** published ids of articles no longer found (no redirect possible) */
  gone: string[];
}

/**
 * The book after this build's articles: each published id no longer made is redirected to
 * the article of the same file with the same title or the same opening; redirects that
 * pointed at it follow; ids made again stop redirecting.
 */
export function updateAddressBook(book: AddressBook, articles: Article[]): AddressChanges {
  const now = new Map(articles.map((a) => [a.id, fingerprint(a)]));
  // new ids by file name, in archive order: a moved id looks only at its own file's articles
  // (it scanned every article for each moved id)
  const newInFile = new Map<string, Array<[string, Fingerprint]>>();
  for (const [id, p] of now) {
    if (id in book.published) continue;
    const inFile = newInFile.get(p[0]);
    if (inFile) inFile.push([id, p]);
    else newInFile.set(p[0], [[id, p]]);
  }
  const redirects = { ...book.redirects };
  const moved: AddressChanges['moved'] = [];
  const gone: string[] = [];
  for (const [old, print] of Object.entries(book.published)) {
    if (now.has(old)) continue;
    const match = newInFile.get(print[0])?.find(([, p]) => p[1] === print[1] || p[2] === print[2]);
    if (match) {
      redirects[old] = match[0];
      moved.push([old, match[0]]);
    } else if (!(old in redirects)) gone.push(old);
  }
  for (const id of now.keys()) delete redirects[id];
  // follow chains (a → b, b → c) to the id made now
  for (const [from, to] of Object.entries(redirects)) {
    let target = to;
    for (let hops = 0; redirects[target] && hops < 100; hops++) target = redirects[target]!;
    redirects[from] = target;
  }
  return { book: { redirects, published: Object.fromEntries(now) }, moved, gone };
}

/** Published ids neither made by the clippings nor redirected: a warning each, naming the file. */
export function addressProblems(book: AddressBook, articles: Pick<Article, 'id' | 'sourceFile'>[]): Problem[] {
  const made = new Set(articles.map((a) => a.id));
  const files = new Set(articles.map((a) => path.basename(a.sourceFile)));
  return Object.entries(book.published)
    .filter(([id]) => !made.has(id) && !(id in book.redirects))
    .map(([id, print]) => ({
      file: files.has(print[0]) ? `content/clippings/${print[0]}` : ADDRESS_BOOK,
      line: null,
      severity: 'warning' as const,
      message: `the published address /articles/${id}/ is no longer made and does not redirect; run "npx jianbao addresses" to redirect it to the article's new address`,
    }));
}

/** Astro's `redirects` option: every old article address to its article now. */
export function articleRedirects(file = ADDRESS_BOOK): Record<string, string> {
  const { redirects } = readAddressBook(file);
  return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [`/articles/${from}/`, `/articles/${to}/`]));
}
