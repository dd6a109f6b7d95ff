// Garble clean text the way the GB2312 lead-byte fault does and score the restoration.
// Shared by scripts/eval-punctuation.ts and the test that holds the targets.
import { VFile } from 'vfile';
import { restoreMisdecodedPunctuation, MISDECODED } from '../src/normalize/repair/restore-misdecoded-punctuation.ts';
import { textBlocks } from '../src/normalize/parse.ts';
import type { ClippingTree } from '../src/normalize/tree.ts';

const GARBLE = new Map([...MISDECODED].map(([ch, mark]) => [mark, ch]));

/** clean prose paragraphs: plain sentences, no markup, spaces or ASCII marks */
export function cleanParagraphs(text: string): string[] {
  const all = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 80 && /。$/u.test(p) && !/[\s#*,;:()!?]/u.test(p));
  return [...new Set(all)];
}

export function evaluatePunctuation(source: string, { seed = 1, share = 0.5 } = {}) {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const paragraphs = cleanParagraphs(source);
  let truePositive = 0,
    falsePositive = 0,
    falseNegative = 0,
    cleanChanged = 0,
    garbledMarks = 0;
  const examples: string[] = [];
  const blocks = paragraphs.map((p) => {
    // a third of paragraphs stay clean, a third are garbled throughout, a third mixed
    const kind = rand();
    const rate = kind < 1 / 3 ? 0 : kind < 2 / 3 ? 1 : share;
    const garbledAt = new Set<number>();
    const chars = [...p].map((ch, i) => {
      if (GARBLE.has(ch) && rand() < rate) {
        garbledAt.add(i);
        return GARBLE.get(ch)!;
      }
      return ch;
    });
    garbledMarks += garbledAt.size;
    return { original: p, garbled: chars.join(''), garbledAt };
  });
  const tree: ClippingTree = { type: 'root', children: blocks.flatMap((b, i) => textBlocks(b.garbled, i + 1)) };
  const file = new VFile({ path: 'eval.txt' });
  restoreMisdecodedPunctuation()(tree, file);
  tree.children.forEach((block, k) => {
    const { original, garbled, garbledAt } = blocks[k]!;
    const out = [...block.value];
    const inp = [...garbled];
    if (garbledAt.size === 0 && block.value !== original) cleanChanged++;
    inp.forEach((ch, i) => {
      const changed = out[i] !== ch;
      const context = () => `${inp.slice(Math.max(0, i - 8), i).join('')}[${ch}]${inp.slice(i + 1, i + 9).join('')}`;
      if (garbledAt.has(i)) {
        if (changed && out[i] === original[i]) truePositive++;
        else {
          falseNegative++;
          examples.push(`missed ${context()}`);
        }
      } else if (changed) {
        falsePositive++;
        examples.push(`wrong ${context()}`);
      }
    });
  });
  return {
    paragraphs: paragraphs.length,
    garbledMarks,
    precision: +(truePositive / Math.max(1, truePositive + falsePositive)).toFixed(4),
    recall: +(truePositive / Math.max(1, truePositive + falseNegative)).toFixed(4),
    falsePositives: falsePositive,
    missed: falseNegative,
    cleanParagraphsChanged: cleanChanged,
    examples,
  };
}
