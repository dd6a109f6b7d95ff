// Pagefind 1.6's index files, written by us from the same records its service takes
// (`addCustomRecord`), so that the build does not wait on Pagefind's single-threaded
// `writeFiles` (~65 s and 5–6 GB at 10,000 articles). The files are those Pagefind writes for
// the records, byte for byte once gunzipped (tests/search-pagefind-files.test.ts builds the same
// records both ways and compares them); Pagefind's runtime (pagefind.js, its WASM, its UIs) is
// copied from Pagefind itself (pagefind-runtime.ts). The format is Pagefind's own, not a
// public contract: the test pins it to the installed version.
//
// The layout (Pagefind's index/mod.rs and output/mod.rs): every file but the entry is gzip of
// `pagefind_dcd` + data.
// - fragment/<hash>.pf_fragment: a page's JSON (url, content, word_count, filters, meta, anchors)
// - index/<hash>.pf_index: CBOR [[word, [[page delta, locs, meta locs]], variants]…], words in
//   byte order, cut into chunks once a chunk holds 20,000 locations
// - filter/<hash>.pf_filter: CBOR [filter, [[value, [pages]]…]]
// - pagefind.<lang>_<hash>.pf_meta: CBOR [version, pages [[hash, word count, group]], chunks
//   [[from, to, hash]], filters [[name, hash]], sorts, meta fields]
// - pagefind-entry.json: the version, the language's metadata hash and page count
// A hash is `<lang>_` + SHA-1 in hex without zero padding, shortened to 7 digits (10 for the
// metadata) and lengthened where two files of a kind would share a name.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipSync } from 'fflate';
import type { MetaWord } from './pagefind-postings.ts';
import { indexableWords, rustWords } from './pagefind-words.ts';

/** what Pagefind's `addCustomRecord` takes */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const MARKER = Buffer.from('pagefind_dcd');
/**
 * How the files are gzipped. Pagefind writes miniz's best; the bytes differ but a query must
 * not load more. Index chunks (what a query loads most): zlib level 9 with a 16 KB window makes
 * them 0.4% smaller than Pagefind's at half the CPU of the full 32 KB window (1,016 generated
 * articles: 4,472,674 vs 4,504,439 bytes, 1.1 vs 2.2 CPU-s; an 8 KB window was 0.6% larger,
 * level 6 0.4% larger). Fragments: zlib makes them 5.8% larger than miniz at any level,
 * fflate 0.5% (0.3 ms each), so fragments use fflate (on a thread: fragment-writer.ts).
 */
const ZLIB_CHUNK: zlib.ZlibOptions = { level: 9, memLevel: 9, windowBits: 14 };
const FFLATE_FRAGMENT = { level: 9, mem: 4, mtime: 0 } as const;

/** Pagefind's `full_hash`: SHA-1, each byte in hex without its leading zero */
export function fullHash(bytes: Buffer | string): string {
  const digest = crypto.createHash('sha1').update(bytes).digest();
  let hex = '';
  for (const b of digest) hex += b.toString(16);
  return hex;
}

/** Rust's `String` order: by UTF-8 bytes, i.e. by code point */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x === y) continue;
    // a surrogate (a code point above U+FFFF) sorts after every other UTF-16 unit
    const sx = x >= 0xd800 && x < 0xe000;
    const sy = y >= 0xd800 && y < 0xe000;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** a fragment's file: gzip (fflate) of Pagefind's marker and the JSON */
export function packedFragment(json: string): Uint8Array {
  return gzipSync(Buffer.concat([MARKER, Buffer.from(json, 'utf8')]), FFLATE_FRAGMENT);
}

/** gzip (zlib) of Pagefind's marker and the data, on libuv's threads beside the main thread */
export function packed(data: Buffer): Promise<Buffer> {
  const bytes = Buffer.concat([MARKER, data]);
  return new Promise((resolve, reject) =>
    zlib.gzip(bytes, ZLIB_CHUNK, (error, gz) => (error ? reject(error) : resolve(gz))),
  );
}

/** the data of a Pagefind file (gunzipped, without the marker) */
export function unpacked(file: Buffer): Buffer {
  const bytes = zlib.gunzipSync(file);
  if (!bytes.subarray(0, MARKER.length).equals(MARKER)) throw new Error('pagefind: a file without its marker');
  return bytes.subarray(MARKER.length);
}

/**
 * Names files by their hash as Pagefind does: the first `length` characters, or more where
 * an earlier file of the kind has that name. `step` is how many characters a clash adds
 * (Pagefind adds one for fragments, two for index chunks and filters).
 */
export class HashNames {
  private readonly taken = new Map<string, string>();
  private readonly length: number;
  private readonly step: number;
  constructor(length: number, step: number) {
    this.length = length;
    this.step = step;
  }

  name(hash: string): string {
    let short = hash.slice(0, this.length);
    while (this.taken.has(short)) {
      if (this.taken.get(short) === hash) throw new Error(`pagefind: two identical files named ${short}`);
      if (short.length >= hash.length) break;
      short = hash.slice(0, short.length + this.step);
    }
    this.taken.set(short, hash);
    return short;
  }
}

/** at most `limit` writes at once, so memory holds few compressed files */
export class WritePool {
  private running = new Set<Promise<void>>();
  private failed: unknown = null;
  private readonly limit: number;
  constructor(limit = 16) {
    this.limit = limit;
  }

  async add(task: () => Promise<void>): Promise<void> {
    if (this.failed) throw this.failed;
    while (this.running.size >= this.limit) await Promise.race(this.running);
    const p: Promise<void> = task().then(
      () => void this.running.delete(p),
      (e: unknown) => {
        this.running.delete(p);
        this.failed ??= e;
      },
    );
    this.running.add(p);
  }

  async done(): Promise<void> {
    await Promise.all(this.running);
    if (this.failed) throw this.failed;
  }
}

/** a file's bytes, gzipped with the marker, written to `dir/name` */
export function writePacked(pool: WritePool, file: string, data: Buffer): Promise<void> {
  // written at once: a small file's async open, write and close cost more than the write
  return pool.add(async () => fs.writeFileSync(file, await packed(data)));
}

/** the JSON of a page's fragment, keys in Pagefind's (serde's) order, maps sorted by key */
export function fragmentJson(record: PagefindRecord, content: string, wordCount: number): string {
  const map = (o: Record<string, unknown>) =>
    `{${Object.keys(o)
      .sort(compareUtf8)
      .map((k) => `${JSON.stringify(k)}:${JSON.stringify(o[k])}`)
      .join(',')}}`;
  return (
    `{"url":${JSON.stringify(record.url)},"content":${JSON.stringify(content)},` +
    `"word_count":${wordCount},"filters":${map(record.filters)},"meta":${map(record.meta)},"anchors":[]}`
  );
}

/** a record's metadata words: each field's words as Pagefind splits them, fields in key order */
export function metaWords(meta: Record<string, string>): MetaWord[] {
  const out: MetaWord[] = [];
  for (const field of Object.keys(meta).sort(compareUtf8))
    rustWords(meta[field]!).forEach((raw, position) => {
      for (const w of indexableWords(raw)) out.push({ field, position, ...w });
    });
  return out;
}

export const pagePath = (dir: string, kind: 'fragment' | 'index' | 'filter', name: string) =>
  path.join(dir, kind, `${name}.pf_${kind}`);

/**
 * `to` as a hard link to `from` (cached index files are never changed in place), or a copy
 * when the two are on different file systems; any other failure is a fault and is thrown.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    fs.copyFileSync(from, to);
  }
}
