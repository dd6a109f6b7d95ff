// Traditional and simplified characters find each other: search compares text folded to one
// form, character by character (opencc-js's traditional → simplified table, one character for
// one, so a match's position in the folded text is its position in the printed text). The
// page shows the text as printed; only the comparison is folded. Runs in Node at build time:
// the browser gets the pairs it needs as a small table (foldTable) instead of opencc-js.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;
const folded = new Map<string, string>();

/** one character in its simplified form when opencc gives exactly one, else as it is */
export function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
    const s = convert(ch);
    out = [...s].length === 1 ? s : ch;
    folded.set(ch, out);
  }
  return out;
}

/** every traditional character opencc knows, each variant of a simplified one included */
function traditionalChars(): string[] {
  return TSCharacters.split('|').map((pair) => pair.split(' ')[0]!);
}

/**
 * The pairs the search page needs to fold a query: traditional → simplified for every
 * simplified character that occurs in the archive's folded text (a query character whose
 * folded form is not in the archive cannot match anything, folded or not).
 */
export function foldTable(texts: Iterable<string>): Record<string, string> {
  const present = new Set<string>();
  for (const text of texts) for (const ch of text) present.add(foldChar(ch));
  const table: Record<string, string> = {};
  for (const t of traditionalChars()) {
    const s = foldChar(t);
    if (s !== t && present.has(s)) table[t] = s;
  }
  return table;
}
