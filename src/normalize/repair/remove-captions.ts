// Repair: photo captions. A caption is not part of the article's text, but it says what the
// page showed, so it leaves the body as page metadata. Two layouts give one away: the caption
// was printed doubled (`现代化伊春新图景现代化伊春新图景。。`, undone by removeDuplicates), or it
// stands alone after a wide gap where the photo was, as one short sentence.
import type { VFile } from 'vfile';
import { isNewsLead } from '../news-lead.ts';
import { fileData, recordRemoval, type Block, type ClippingTree } from '../tree.ts';

/** blank lines that mark where a photo stood */
const PHOTO_GAP = 2;
const CAPTION_MAX = 40;

export function removeCaptions() {
  return (tree: ClippingTree, file: VFile) => {
    const { pageMeta } = fileData(file);
    tree.children = tree.children.filter((block) => {
      if (!isCaption(block)) return true;
      pageMeta.push({ key: 'caption', value: block.value, line: block.data.lineMap[0]![1] });
      recordRemoval(block, 'furniture:caption', file);
      return false;
    });
  };
}

function isCaption(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  const text = block.value;
  if (text.length > CAPTION_MAX || isNewsLead(text)) return false;
  if (block.data.doubled) return true;
  // one sentence, no clause break: a label for a picture, not the start of a report
  const oneSentence = /^[^。！？，,；;：:]+[。！]$/u.test(text);
  return (block.data.gapBefore ?? 0) >= PHOTO_GAP && oneSentence;
}
