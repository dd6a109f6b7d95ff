// Repair: links between pages. A report continued from or onto another page carries a marker
// (`（上接第一版）`, `（下转第3版）`, `(紧接第2版)`): page furniture pointing at the other part, not
// text. It leaves the body as a furniture correction wherever it stands in a paragraph, also
// when a narrow column wrapped it (`（紧接` | `第一版）`): this runs before the line joiner, and
// the joined text read again must show no marker.
import type { VFile } from 'vfile';
import { applyEdits, type Block, type ClippingTree, type Edit } from '../tree.ts';

const PAGE = String.raw`第?\s*[一二三四五六七八九十\d]{1,3}\s*(?:版|页|面)`;
/**
 * Its brackets may be garbled like any mark (`渊下转第二版冤`, see restore-misdecoded-punctuation.ts);
 * the spaces printed after it go with it (`（紧接第一版） 几乎…` would open its paragraph on one).
 */
const PAGE_LINK = new RegExp(String.raw`[（(渊]\s*(?:上接|下转|紧接|转|接)${PAGE}\s*[）)冤][ \u3000]*`, 'gu');

export function removePageLinks() {
  return (tree: ClippingTree, file: VFile) => {
    // every character of the paragraphs, line breaks and blank lines left out: a column printed
    // with a blank line after each line can cut a marker across two blocks (`（下转第二版` | `）`)
    const paragraphs = tree.children.filter((b) => b.type === 'paragraph');
    // every marker holds 接 or 转: most files have none, and need no reading as one text
    if (!paragraphs.some((b) => /[接转]/u.test(b.value))) return;
    const found = [
      ...paragraphs
        .map((b) => b.value.replaceAll('\n', ''))
        .join('')
        .matchAll(PAGE_LINK),
    ];
    if (found.length > 0) {
      for (const [block, own] of markerEdits(paragraphs, found)) applyEdits(block, own, 'furniture:page-link', file);
    }
    tree.children = tree.children.filter((b) => b.value.trim() !== '');
  };
}

/** The edits that take out the markers `found` in the paragraphs read as one: one per block a marker spans. */
function markerEdits(paragraphs: Block[], found: RegExpExecArray[]): Map<Block, Edit[]> {
  const { blockAt, offsetAt } = characterOrigins(paragraphs);
  const edits = new Map<Block, Edit[]>();
  for (const m of found) {
    for (let i = m.index; i < m.index + m[0].length; i++) {
      const block = paragraphs[blockAt[i]!]!;
      const k = offsetAt[i]!;
      const own = edits.get(block) ?? [];
      const last = own.at(-1);
      if (last && /^\n*$/u.test(block.value.slice(last.end, k))) last.end = k + 1;
      else own.push({ start: k, end: k + 1, after: '' });
      edits.set(block, own);
    }
  }
  return edits;
}

/** For each character of the paragraphs read as one (line breaks left out), its paragraph and its offset there. */
function characterOrigins(paragraphs: Block[]): { blockAt: Int32Array; offsetAt: Int32Array } {
  const size = paragraphs.reduce((n, b) => n + b.value.length, 0);
  const blockAt = new Int32Array(size);
  const offsetAt = new Int32Array(size);
  let n = 0;
  paragraphs.forEach((block, b) => {
    for (let k = 0; k < block.value.length; k++) {
      if (block.value.charCodeAt(k) === 0x0a) continue;
      blockAt[n] = b;
      offsetAt[n++] = k;
    }
  });
  return { blockAt, offsetAt };
}
