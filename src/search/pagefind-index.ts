// A Pagefind 1.6 index directory written from records, as Pagefind's service would write it
// for the same records added in the same order (pagefind-files.ts describes the files). Each
// page's fragment is written as its record is added; the word index, filters and metadata
// when the last is in.
import fs from 'node:fs';
import path from 'node:path';
import { CborWriter } from './cbor-writer.ts';
import {
  compareUtf8,
  fragmentJson,
  fullHash,
  HashNames,
  linkOrCopy,
  metaWords,
  pagePath,
  writePacked,
  WritePool,
  type PagefindRecord,
} from './pagefind-files.ts';
import type { WrittenPage } from './article-cache.ts';
import { FragmentWriter } from './fragment-writer.ts';
import { CHUNK_LOCATIONS, Postings } from './pagefind-postings.ts';
import { copyRuntime, type PagefindRuntime } from './pagefind-runtime.ts';

/** our records' content: tokens of lower-case ASCII letters and digits, which Pagefind indexes as they are */
const TOKEN_CONTENT = /^[0-9a-z ]*$/;
/** content whose spaces are not single ones between words */
const SPACED = /^ | $| {2}/;
/** Pagefind removes its private markers from metadata and filters; our records have none */
const PRIVATE_MARKER = '___PAGEFIND_';

/** a page's fragment: the full hash of its JSON and its file's name in `fragment/` */
export interface WrittenFragment {
  hash: string;
  name: string;
}

interface Chunk {
  from: string;
  to: string;
  hash: string;
}

export class PagefindIndexWriter {
  private readonly postings = new Postings();
  private readonly pool = new WritePool();
  private readonly fragments = new FragmentWriter();
  private readonly fragmentNames: HashNames;
  private readonly pages: Array<[hash: string, wordCount: number]> = [];
  private readonly filters = new Map<string, Map<string, number[]>>();
  private readonly urls = new Set<string>();

  /**
   * `language`: the one language of every record, a code Pagefind neither stems nor segments
   * (its words are then exactly the records' tokens)
   */
  readonly dir: string;
  private readonly language: string;
  constructor(dir: string, language: string) {
    this.dir = dir;
    this.language = language;
    this.fragmentNames = new HashNames(language.length + 8, 1);
    for (const d of ['fragment', 'index', 'filter']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  }

  /**
   * The next record, as `addCustomRecord` would take it. Its fragment's full hash and file
   * name, or null when it has no words (Pagefind leaves out such a page).
   */
  async add(record: PagefindRecord): Promise<WrittenFragment | null> {
    this.check(record);
    // Pagefind's words of the content, between single spaces
    const content = SPACED.test(record.content) ? record.content.split(' ').filter(Boolean).join(' ') : record.content;
    if (!content) return null;
    const words = this.addWords(content, record.meta);
    const json = fragmentJson(record, content, words);
    const fragment = this.addPage(fullHash(json), words, record.filters);
    await this.fragments.write(pagePath(this.dir, 'fragment', fragment.name), json);
    return fragment;
  }

  /**
   * The next page, from a fragment an earlier index wrote (`file`, whose JSON has this full
   * hash): the same page as its record would give, its file hard-linked, not written again.
   */
  addWritten(page: WrittenPage, hash: string, file: string): WrittenFragment {
    if (this.urls.has(page.url)) throw new Error(`pagefind index: ${page.url}: the same URL twice`);
    this.urls.add(page.url);
    const fragment = this.addPage(hash, this.addWords(page.content, page.meta), page.filters);
    linkOrCopy(file, pagePath(this.dir, 'fragment', fragment.name));
    return fragment;
  }

  /** the page's words into the postings; how many its content has */
  private addWords(content: string, meta: Record<string, string>): number {
    const before = this.postings.tokenCount;
    this.postings.addPage(content, metaWords(meta));
    return this.postings.tokenCount - before;
  }

  /** the page in the metadata's list and the filters; its fragment's name */
  private addPage(hash: string, words: number, filters: Record<string, string[]>): WrittenFragment {
    const page = this.pages.length;
    const name = this.fragmentNames.name(`${this.language}_${hash}`);
    this.pages.push([name, words]);
    for (const filter of Object.keys(filters)) {
      const values = this.filters.get(filter) ?? this.filters.set(filter, new Map()).get(filter)!;
      for (const v of filters[filter]!) (values.get(v) ?? values.set(v, []).get(v)!).push(page);
    }
    return { hash, name };
  }

  private check(record: PagefindRecord): void {
    const where = `pagefind index: ${record.url}`;
    if (record.language !== this.language)
      throw new Error(`${where}: language ${record.language}, not ${this.language}`);
    if (this.urls.has(record.url)) throw new Error(`${where}: the same URL twice`);
    this.urls.add(record.url);
    if (!TOKEN_CONTENT.test(record.content)) throw new Error(`${where}: content other than tokens`);
    const values = [...Object.values(record.meta), ...Object.values(record.filters).flat()];
    if (values.some((v) => v.includes(PRIVATE_MARKER))) throw new Error(`${where}: ${PRIVATE_MARKER} in a value`);
  }

  /** stops writing (an index not to be finished): its fragment thread ends */
  discard(): Promise<void> {
    return this.fragments.discard();
  }

  /**
   * Writes the rest of the index; the first word of each chunk, in order. With no page,
   * Pagefind writes no index, only its runtime and an entry without languages: so do we.
   */
  async finish(runtime: PagefindRuntime): Promise<string[]> {
    const fragments = this.fragments.close();
    fragments.catch(() => {}); // awaited below
    let chunks: Chunk[] = [];
    let languages = {};
    if (this.pages.length > 0) {
      this.postings.group();
      chunks = await this.writeChunks();
      const metaHash = await this.writeMeta(chunks, await this.writeFilters(), runtime.version);
      languages = { [this.language]: { hash: metaHash, wasm: null, page_count: this.pages.length } };
    } else for (const d of ['fragment', 'index', 'filter']) fs.rmdirSync(path.join(this.dir, d));
    const entry = { version: runtime.version, languages, include_characters: runtime.includeCharacters };
    fs.writeFileSync(path.join(this.dir, 'pagefind-entry.json'), JSON.stringify(entry));
    copyRuntime(runtime, this.dir);
    await Promise.all([this.pool.done(), fragments]);
    return chunks.map((c) => c.from);
  }

  /** the metadata every search loads first: pages, chunks, filters, fields; its hash */
  private async writeMeta(chunks: Chunk[], filters: Array<[string, string]>, version: string): Promise<string> {
    const meta = new CborWriter().array(6).text(version).array(this.pages.length);
    for (const [hash, words] of this.pages) meta.array(3).text(hash).int(words).text('');
    meta.array(chunks.length);
    for (const c of chunks) meta.array(3).text(c.from).text(c.to).text(c.hash);
    meta.array(filters.length);
    for (const [name, hash] of filters) meta.array(2).text(name).text(hash);
    meta.array(0); // no sorts
    const fields = this.postings.metaFields();
    meta.array(fields.length);
    for (const f of fields) meta.text(f);
    const metaBytes = Buffer.from(meta.result());
    const metaHash = `${this.language}_${fullHash(metaBytes).slice(0, this.language.length + 8)}`;
    await writePacked(this.pool, path.join(this.dir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    return metaHash;
  }

  /** the words in byte order, cut once a chunk's locations reach CHUNK_LOCATIONS */
  private async writeChunks(): Promise<Chunk[]> {
    const names = this.postings.words.names;
    const chunkNames = new HashNames(this.language.length + 8, 2);
    const chunks: Chunk[] = [];
    const words = this.postings.sortedWords();
    for (let from = 0; from < words.length;) {
      let to = from;
      for (let size = 0; to < words.length && size < CHUNK_LOCATIONS; to++) size += this.postings.size(words[to]!);
      const cbor = new CborWriter().array(1).array(to - from);
      for (let k = from; k < to; k++) this.postings.write(cbor, words[k]!);
      const bytes = Buffer.from(cbor.result());
      const hash = chunkNames.name(`${this.language}_${fullHash(bytes)}`);
      chunks.push({ from: names[words[from]!]!, to: names[words[to - 1]!]!, hash });
      await writePacked(this.pool, pagePath(this.dir, 'index', hash), bytes);
      from = to;
    }
    shortenBounds(chunks);
    return chunks;
  }

  /** each filter's values in byte order with their pages; [name, hash] in name order */
  private async writeFilters(): Promise<Array<[string, string]>> {
    const filterNames = new HashNames(this.language.length + 8, 2);
    const out: Array<[string, string]> = [];
    for (const name of [...this.filters.keys()].sort(compareUtf8)) {
      const values = this.filters.get(name)!;
      const cbor = new CborWriter().array(2).text(name).array(values.size);
      for (const v of [...values.keys()].sort(compareUtf8)) cbor.array(2).text(v).ints(values.get(v)!);
      const bytes = Buffer.from(cbor.result());
      const hash = filterNames.name(`${this.language}_${fullHash(bytes)}`);
      out.push([name, hash]);
      await writePacked(this.pool, pagePath(this.dir, 'filter', hash), bytes);
    }
    return out;
  }
}

/**
 * Pagefind's chunk bounds: where two chunks meet, each side keeps only the prefix that tells it
 * from the other (one character past what they share); a chunk's end is not shortened below
 * its start.
 */
function shortenBounds(chunks: Chunk[]): void {
  for (let k = 0; k + 1 < chunks.length; k++) {
    const [a, b] = [[...chunks[k]!.to], [...chunks[k + 1]!.from]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const to = a.slice(0, common + 1).join('');
    if (compareUtf8(to, chunks[k]!.from) >= 0) chunks[k]!.to = to;
    chunks[k + 1]!.from = b.slice(0, common + 1).join('');
  }
}
