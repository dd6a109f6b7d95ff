// Repair: links between pages. A report continued from or onto another page carries a marker
// (`（上接第一版）`, `（下转第3版）`, `(紧接第2版)`): page furniture pointing at the other part, not
// text. It leaves the body as a furniture correction wherever it stands in a paragraph.
import type { VFile } from 'vfile';
import { applyEdits, type ClippingTree, type Edit } from '../tree.ts';

const PAGE = String.raw`第?\s*[一二三四五六七八九十\d]{1,3}\s*(?:版|页|面)`;
const PAGE_LINK = new RegExp(String.raw`[（(]\s*(?:上接|下转|紧接|转|接)${PAGE}\s*[）)]`, 'gu');

export function removePageLinks() {
  return (tree: ClippingTree, file: VFile) => {
    for (const block of tree.children) {
      if (block.type !== 'paragraph' || !/[接转]/u.test(block.value)) continue;
      const edits: Edit[] = [...block.value.matchAll(PAGE_LINK)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        after: '',
      }));
      applyEdits(block, edits, 'furniture:page-link', file);
    }
  };
}
