// Repair: links between pages. A report continued from or onto another page carries a marker
// (`（上接第一版）`, `（下转第3版）`, `(紧接第2版)`): page furniture pointing at the other part, not
// text. It leaves the body as a furniture correction wherever it stands in a paragraph, also
// when a narrow column wrapped it (`（紧接` | `第一版）`): this runs before the line joiner, and
// the joined text read again must show no marker.
import type { VFile } from 'vfile';
import { applyEdits, type ClippingTree, type Edit } from '../tree.ts';

const PAGE = String.raw`第?\s*[一二三四五六七八九十\d]{1,3}\s*(?:版|页|面)`;
/** its brackets may be garbled like any mark (`渊下转第二版冤`, see restore-misdecoded-punctuation.ts) */
const PAGE_LINK = new RegExp(String.raw`[（(渊]\s*(?:上接|下转|紧接|转|接)${PAGE}\s*[）)冤]`, 'gu');

export function removePageLinks() {
  return (tree: ClippingTree, file: VFile) => {
    for (const block of tree.children) {
      if (block.type !== 'paragraph' || !/[接转]/u.test(block.value)) continue;
      // offsets in the block of the characters of its text without line breaks
      const at: number[] = [];
      for (let k = 0; k < block.value.length; k++) if (block.value[k] !== '\n') at.push(k);
      const joined = block.value.replaceAll('\n', '');
      const edits: Edit[] = [...joined.matchAll(PAGE_LINK)].map((m) => ({
        start: at[m.index]!,
        end: at[m.index + m[0].length - 1]! + 1,
        after: '',
      }));
      applyEdits(block, edits, 'furniture:page-link', file);
    }
  };
}
