// Two Pagefind index directories compared file by file: the same names, and the same bytes
// once gunzipped (Pagefind's data files) or as they are (the rest). Used by the test that pins
// pagefind-files.ts to Pagefind's own output.
import fs from 'node:fs';
import path from 'node:path';
import { decode } from 'cbor-x';
import { unpacked } from '../src/search/pagefind-files.ts';

function filesOf(dir: string, under = ''): string[] {
  return fs
    .readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesOf(dir, path.join(under, e.name)) : [path.join(under, e.name)]))
    .sort();
}

const isData = (f: string) => /\.pf_(meta|index|fragment|filter)$/.test(f);

/** the file's content as compared: gunzipped without the marker for Pagefind's data files */
export function contentOf(dir: string, file: string): Buffer {
  const bytes = fs.readFileSync(path.join(dir, file));
  return isData(file) ? unpacked(bytes) : bytes;
}

/** a readable form of a data file, to show where two differ */
export function decoded(dir: string, file: string): unknown {
  const data = contentOf(dir, file);
  if (file.endsWith('.pf_fragment')) return JSON.parse(data.toString('utf8'));
  return isData(file) ? decode(data) : data.toString('utf8');
}

/** every difference between two index directories, as lines (none when equal) */
export function diffPagefindDirs(expected: string, actual: string, ignore: (f: string) => boolean = () => false) {
  const [a, b] = [filesOf(expected).filter((f) => !ignore(f)), filesOf(actual).filter((f) => !ignore(f))];
  const inB = new Set(b);
  const differences: string[] = [];
  for (const f of a) {
    if (!inB.has(f)) differences.push(`missing: ${f}`);
    else if (!contentOf(expected, f).equals(contentOf(actual, f))) differences.push(`differs: ${f}`);
  }
  const inA = new Set(a);
  for (const f of b) if (!inA.has(f)) differences.push(`extra: ${f}`);
  return differences;
}
