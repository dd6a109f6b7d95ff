// Where each word of the index stands: the postings Pagefind's index chunks hold, kept compact
// (typed arrays of word numbers and positions: a 10,000-article index has ~11 million
// locations, which as Pagefind's nested vectors took it 5–6 GB), grouped by word once every
// page is in, then cut into chunks and written as Pagefind writes them (pagefind-files.ts).
import { CborWriter } from './cbor-writer.ts';
import { compareUtf8 } from './pagefind-files.ts';

const CONTENT_WEIGHT_MARK = -25; // Pagefind's content weight 24, as the marker before its locations
/** locations (plus one per page) after which Pagefind starts a new index chunk */
export const CHUNK_LOCATIONS = 20_000;

export interface MetaWord {
  field: string;
  position: number;
  word: string;
  original: string | null;
}

/** a word's entry on one page: content locations, metadata locations */
interface PageEntry {
  page: number;
  locs: number[];
  metaLocs: number[];
}
/** a word whose metadata occurrences are on some page: built in full (few words are) */
interface FullEntry {
  pages: PageEntry[];
  variants: Array<{ form: string; pages: PageEntry[] }>;
}

class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }
}

/** words in the order of first use, a number each */
class Interned {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.names.push(s) - 1));
    return id;
  }
}

const BASE = 36;
const CODES = BASE ** 3;
/** a base-36 digit's value (0–9, a–z) */
const digit = (c: number): number => (c <= 57 ? c - 48 : c - 87);
const code3 = (s: string, at: number): number =>
  digit(s.charCodeAt(at)) * BASE * BASE + digit(s.charCodeAt(at + 1)) * BASE + digit(s.charCodeAt(at + 2));
/** a word of one or two three-digit codes: a token as tokens.ts writes them */
const TOKEN = /^(?:[0-9a-z]{3}){1,2}$/;

/**
 * The numbers of the content's words, looked up by their codes without a string per token
 * (10,000 articles have ~11 million tokens; a string each and a Map of strings were most of
 * the ingest time): one-code tokens in an array, two-code tokens in an open-addressing table.
 * Other words go to the strings' map; both share one numbering.
 */
class WordIds {
  readonly names: string[] = [];
  private readonly strings = new Map<string, number>();
  private readonly single = new Int32Array(CODES).fill(-1);
  private keysA = new Int32Array(1 << 16).fill(-1);
  private keysB = new Int32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  private pairs = 0;

  /** the number of the word s[from, to) */
  id(s: string, from = 0, to = s.length): number {
    if (to - from === 3 && TOKEN.test(s.slice(from, to))) return this.one(s, from, to);
    if (to - from === 6 && TOKEN.test(s.slice(from, to))) return this.two(s, from, to);
    const word = s.slice(from, to);
    let id = this.strings.get(word);
    if (id === undefined) this.strings.set(word, (id = this.names.push(word) - 1));
    return id;
  }

  /** the number of a content token (the caller knows it is one) */
  token(s: string, from: number, to: number): number {
    return to - from === 3 ? this.one(s, from, to) : to - from === 6 ? this.two(s, from, to) : this.id(s, from, to);
  }

  private one(s: string, from: number, to: number): number {
    const c = code3(s, from);
    let id = this.single[c]!;
    if (id < 0) this.single[c] = id = this.names.push(s.slice(from, to)) - 1;
    return id;
  }

  private two(s: string, from: number, to: number): number {
    const [a, b] = [code3(s, from), code3(s, from + 3)];
    const mask = this.keysA.length - 1;
    let k = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.keysA[k] !== -1) {
      if (this.keysA[k] === a && this.keysB[k] === b) return this.ids[k]!;
      k = (k + 1) & mask;
    }
    const id = this.names.push(s.slice(from, to)) - 1;
    [this.keysA[k], this.keysB[k], this.ids[k]] = [a, b, id];
    if (++this.pairs * 2 > this.keysA.length) this.grow();
    return id;
  }

  private grow(): void {
    const [keysA, keysB, ids] = [this.keysA, this.keysB, this.ids];
    this.keysA = new Int32Array(keysA.length * 2).fill(-1);
    this.keysB = new Int32Array(keysA.length * 2);
    this.ids = new Int32Array(keysA.length * 2);
    const mask = this.keysA.length - 1;
    for (let j = 0; j < keysA.length; j++) {
      if (keysA[j] === -1) continue;
      let k = (Math.imul(keysA[j]!, 0x9e3779b1) ^ Math.imul(keysB[j]!, 0x85ebca6b)) & mask;
      while (this.keysA[k] !== -1) k = (k + 1) & mask;
      [this.keysA[k], this.keysB[k], this.ids[k]] = [keysA[j]!, keysB[j]!, ids[j]!];
    }
  }
}

export class Postings {
  readonly words = new WordIds();
  private readonly fields = new Interned();
  private readonly forms = new Interned();
  private readonly tokens = new IntList();
  private readonly pageStarts: number[] = [];
  // metadata occurrences, in page order, each page's in field then position order
  private readonly meta = { word: new IntList(), page: new IntList(), field: new IntList(), position: new IntList() };
  private readonly metaForm = new IntList(); // the variant's form, or -1
  // filled by group()
  private occPage: Int32Array = new Int32Array(0);
  private occPos: Int32Array = new Int32Array(0);
  private occStart: Int32Array = new Int32Array(0);
  private metaOrder: Int32Array = new Int32Array(0);
  private metaStart: Int32Array = new Int32Array(0);
  private fieldRank: Int32Array = new Int32Array(0);
  private pageCount: Int32Array = new Int32Array(0);

  get pages(): number {
    return this.pageStarts.length;
  }

  /** content words of all pages so far */
  get tokenCount(): number {
    return this.tokens.length;
  }

  /** the next page: its content (words between single spaces) and its metadata's words */
  addPage(content: string, meta: MetaWord[]): void {
    const page = this.pageStarts.push(this.tokens.length) - 1;
    for (let from = 0; from < content.length;) {
      let to = content.indexOf(' ', from);
      if (to < 0) to = content.length;
      this.tokens.push(this.words.token(content, from, to));
      from = to + 1;
    }
    for (const m of meta) {
      this.meta.word.push(this.words.id(m.word));
      this.meta.page.push(page);
      this.meta.field.push(this.fields.id(m.field));
      this.meta.position.push(m.position);
      this.metaForm.push(m.original === null ? -1 : this.forms.id(m.original));
    }
  }

  /** the metadata fields of all pages, in byte order (the metadata file lists them) */
  metaFields(): string[] {
    return [...this.fields.names].sort(compareUtf8);
  }

  /** groups every location by word (a counting sort: pages and positions stay in order) */
  group(): void {
    const n = this.words.names.length;
    const tokens = this.tokens.data;
    const total = this.tokens.length;
    this.occStart = startsOf(n, total, (k) => tokens[k]!);
    const next = this.occStart.slice(0, n);
    this.occPage = new Int32Array(total);
    this.occPos = new Int32Array(total);
    for (let page = 0; page < this.pageStarts.length; page++) {
      const end = page + 1 < this.pageStarts.length ? this.pageStarts[page + 1]! : total;
      for (let k = this.pageStarts[page]!; k < end; k++) {
        const at = next[tokens[k]!]!++;
        this.occPage[at] = page;
        this.occPos[at] = k - this.pageStarts[page]!;
      }
    }
    this.tokens.data = new Int32Array(0); // the same numbers, now by word
    const words = this.meta.word.data;
    this.metaStart = startsOf(n, this.meta.word.length, (k) => words[k]!);
    const metaNext = this.metaStart.slice(0, n);
    this.metaOrder = new Int32Array(this.meta.word.length);
    for (let k = 0; k < this.meta.word.length; k++) this.metaOrder[metaNext[words[k]!]!++] = k;
    const sorted = this.metaFields();
    this.fieldRank = Int32Array.from(this.fields.names, (f) => sorted.indexOf(f));
    this.pageCount = new Int32Array(n);
  }

  /** word numbers in Pagefind's order: by the word's UTF-8 bytes */
  sortedWords(): Int32Array {
    const names = this.words.names;
    const order = Int32Array.from(names.keys());
    const plain = names.every((w) => !/[\ud800-\udfff]/.test(w));
    return plain
      ? order.sort((a, b) => (names[a]! < names[b]! ? -1 : 1))
      : order.sort((a, b) => compareUtf8(names[a]!, names[b]!));
  }

  /** what a word adds to its chunk's size: each page's locations and metadata locations, plus one */
  size(word: number): number {
    const full = this.fullEntry(word);
    if (full) {
      this.pageCount[word] = full.pages.length;
      return full.pages.reduce((n, p) => n + p.locs.length + p.metaLocs.length + 1, 0);
    }
    let pages = 0;
    for (let k = this.occStart[word]!, last = -1; k < this.occStart[word + 1]!; k++) {
      if (this.occPage[k] === last) continue;
      last = this.occPage[k]!;
      pages++;
    }
    this.pageCount[word] = pages;
    return this.occStart[word + 1]! - this.occStart[word]! + 2 * pages;
  }

  /** a word as Pagefind's chunk holds it: [word, [[page delta, locs, meta locs]…], variants] */
  write(cbor: CborWriter, word: number): void {
    cbor.array(3).text(this.words.names[word]!);
    const full = this.fullEntry(word);
    if (full) {
      writePages(cbor, full.pages);
      cbor.array(full.variants.length);
      for (const v of full.variants) writePages(cbor.array(2).text(v.form), v.pages);
      return;
    }
    cbor.array(this.pageCount[word]!);
    const [occPage, occPos] = [this.occPage, this.occPos];
    const end = this.occStart[word + 1]!;
    for (let k = this.occStart[word]!, last = 0; k < end;) {
      const page = occPage[k]!;
      let e = k + 1;
      while (e < end && occPage[e] === page) e++;
      cbor.array(3).int(page - last);
      last = page;
      cbor
        .array(e - k + 1)
        .int(CONTENT_WEIGHT_MARK)
        .int(occPos[k]!);
      for (let j = k + 1; j < e; j++) cbor.int(occPos[j]! - occPos[j - 1]!);
      cbor.array(0);
      k = e;
    }
    cbor.array(0);
  }

  /** the entry of a word found in some page's metadata, or null for a word of the content only */
  private fullEntry(word: number): FullEntry | null {
    if (this.metaStart[word] === this.metaStart[word + 1]) return null;
    const pages = new Map<number, PageEntry>();
    for (let k = this.occStart[word]!; k < this.occStart[word + 1]!; k++) {
      const page = this.occPage[k]!;
      const entry = pages.get(page);
      if (entry) entry.locs.push(this.occPos[k]!);
      else pages.set(page, { page, locs: [CONTENT_WEIGHT_MARK, this.occPos[k]!], metaLocs: [] });
    }
    for (const entry of pages.values())
      for (let j = entry.locs.length - 1; j >= 2; j--) entry.locs[j] = entry.locs[j]! - entry.locs[j - 1]!;
    const variants = new Map<number, Map<number, PageEntry>>();
    for (const [page, form, at] of this.metaRuns(word)) {
      const target = form < 0 ? pages : (variants.get(form) ?? variants.set(form, new Map()).get(form)!);
      const entry = target.get(page) ?? target.set(page, { page, locs: [], metaLocs: [] }).get(page)!;
      entry.metaLocs = this.metaLocs(at);
    }
    const byPage = (m: Map<number, PageEntry>) => [...m.values()].sort((a, b) => a.page - b.page);
    return {
      pages: byPage(pages),
      variants: [...variants].map(([form, m]) => ({ form: this.forms.names[form]!, pages: byPage(m) })),
    };
  }

  /**
   * A word's metadata occurrences by page and form, as [page, form, occurrences]: pages in
   * order, and within a page the variant forms in byte order (Pagefind's BTreeMap), so that
   * forms come in the order Pagefind first meets them.
   */
  private metaRuns(word: number): Array<[number, number, number[]]> {
    const runs = new Map<string, [number, number, number[]]>();
    for (let j = this.metaStart[word]!; j < this.metaStart[word + 1]!; j++) {
      const k = this.metaOrder[j]!;
      const [page, form] = [this.meta.page.data[k]!, this.metaForm.data[k]!];
      const key = `${page} ${form}`;
      const run = runs.get(key) ?? runs.set(key, [page, form, []]).get(key)!;
      run[2].push(k);
    }
    const formName = (f: number) => (f < 0 ? '' : this.forms.names[f]!);
    return [...runs.values()].sort((a, b) => a[0] - b[0] || compareUtf8(formName(a[1]), formName(b[1])));
  }

  /** metadata locations: for each field, -(field + 1), then positions as deltas from 0 */
  private metaLocs(occurrences: number[]): number[] {
    const sorted = occurrences
      .map((k) => [this.fieldRank[this.meta.field.data[k]!]!, this.meta.position.data[k]!] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out: number[] = [];
    let field = -1;
    let last = 0;
    for (const [f, position] of sorted) {
      if (f !== field) {
        out.push(-(f + 1));
        field = f;
        last = 0;
      }
      out.push(position - last);
      last = position;
    }
    return out;
  }
}

/** a page list with page numbers as deltas from the one before */
function writePages(cbor: CborWriter, pages: PageEntry[]): void {
  cbor.array(pages.length);
  let last = 0;
  for (const p of pages) {
    cbor
      .array(3)
      .int(p.page - last)
      .ints(p.locs)
      .ints(p.metaLocs);
    last = p.page;
  }
}

/** for a counting sort: where each key's items start (n + 1 entries, the last the total) */
function startsOf(n: number, total: number, keyOf: (k: number) => number): Int32Array {
  const starts = new Int32Array(n + 1);
  for (let k = 0; k < total; k++) starts[keyOf(k) + 1]!++;
  for (let k = 0; k < n; k++) starts[k + 1]! += starts[k]!;
  return starts;
}
