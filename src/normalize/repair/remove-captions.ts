// Repair: photo captions. A caption is not part of the article's text, but it says what the
// page showed, so it leaves the body as page metadata. Two layouts give one away: the caption
// was printed doubled (`现代化伊春新图景现代化伊春新图景。。`, undone by removeDuplicates), or it
// stands alone after a wide gap where the photo was, as one short sentence, or it names what
// the photo showed, a phrase of nouns, between the end of a report and the next headline.
import nodejieba from 'nodejieba';
import type { VFile } from 'vfile';
import { photoCreditAfterSentence } from '../recognise/credit.ts';
import { hasHeadlineShape } from '../recognise/headline.ts';
import { isNewsLead, parseNewsLead } from '../news-lead.ts';
import { applyEdits, fileData, lineAt, recordRemoval, type Block, type ClippingTree } from '../tree.ts';

/** blank lines that mark where a photo stood */
const PHOTO_GAP = 2;
const CAPTION_MAX = 40;

export function removeCaptions() {
  return (tree: ClippingTree, file: VFile) => {
    const { pageMeta } = fileData(file);
    for (const block of tree.children) {
      splitCaptionFromLead(block, file);
      removeCreditAfterJoin(block, file);
    }
    tree.children = tree.children.filter((block, k, blocks) => {
      if (!isCaption(block) && !isNamingCaption(blocks, k)) return true;
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

/** a naming caption is short: 003's `同江市人才日系列活动。` has 11 characters */
const NAMING_CAPTION_MAX = 20;
/** the prose before it is a report's paragraph, not a list of short items */
const PROSE_BEFORE_MIN = 40;
/** parts of speech (jieba) a name for a picture is made of: nouns, numbers, measures, adjectives */
const NAMING_TAG = /^(n|ns|nr|nt|nz|ng|vn|an|m|q|a|b|f|t|s|j)$/u;

/**
 * A caption left where its photo stood at the end of a report with no wider gap (003:
 * `同江市人才日系列活动。`, then the next report's headline): one short sentence that only names
 * something — nouns, no verb — after a report's prose and before a headline or the end.
 */
function isNamingCaption(blocks: Block[], k: number): boolean {
  const [before, block, after] = [blocks[k - 1], blocks[k]!, blocks[k + 1]];
  const text = block.value;
  if (block.type !== 'paragraph' || text.length > NAMING_CAPTION_MAX || !/^[^。！？，,；;：:、“”]+。$/u.test(text))
    return false;
  if (!before || before.value.length < PROSE_BEFORE_MIN || !/[。！？”]$/u.test(before.value)) return false;
  if (after && (after.type !== 'paragraph' || !hasHeadlineShape(after.value) || /[。！？]$/u.test(after.value)))
    return false;
  const tags = nodejieba.tag(text.slice(0, -1)).map((t) => t.tag);
  return /^(n|vn)/u.test(tags.at(-1) ?? '') && tags.every((tag) => NAMING_TAG.test(tag));
}

/** where a photo's caption starts (`图为…`, `▲…`) */
const CAPTION_OPENING = /^(图为|图：|▲|△)/u;

/**
 * A caption that ran into the news lead after it on the same line (`图为巡回审判现场 清丰县法院网讯（`
 * | `通讯员 李娜）6月2日上午…`): the caption leaves, up to where the lead begins, and the lead keeps
 * its bracket and its credit.
 */
function splitCaptionFromLead(block: Block, file: VFile): void {
  const text = block.value;
  if (block.type !== 'paragraph' || !CAPTION_OPENING.test(text)) return;
  for (const m of text.slice(0, CAPTION_MAX + 1).matchAll(/[。\s）)]+/gu)) {
    const at = m.index + m[0].length;
    if (at >= text.length || !parseNewsLead(text.slice(at))) continue;
    const caption = text.slice(0, at).trim();
    fileData(file).pageMeta.push({ key: 'caption', value: caption, line: lineAt(block, 0) });
    applyEdits(block, [{ start: 0, end: at, after: '' }], 'furniture:caption', file);
    return;
  }
}

/**
 * A photo credit after a caption's sentence that a narrow column wrapped (`▲…考察水库工程。记` |
 * `者 王京华 摄`): the line-based furniture removal saw neither half whole. Once the lines are
 * joined it reads as on one line, where that removal takes it (and would, reading the
 * repaired text again): the credit goes, the sentence stays.
 */
function removeCreditAfterJoin(block: Block, file: VFile): void {
  if (block.type !== 'paragraph') return;
  const at = photoCreditAfterSentence(block.value);
  if (at < 0) return;
  const credit = block.value.slice(at).trimEnd();
  fileData(file).pageMeta.push({ key: 'credit', value: credit, line: lineAt(block, at) });
  applyEdits(block, [{ start: at, end: at + credit.length, after: '' }], 'furniture:credit', file);
}
