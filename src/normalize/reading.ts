// What the normaliser read in a file, for an editor (`jianbao check`): the articles found, where
// each starts, with its title, date and place, and the decisions taken on weak evidence; and
// paragraphs the source itself cut off. An editor sees a merged or split report at a glance.
import type { Article, FileReading } from '../schema.ts';
import { endsSentence } from './chars.ts';
import type { ArticleDraft } from './split.ts';
import { blockLine, type UnsureDecision } from './tree.ts';

export function fileReading(
  file: string,
  articles: Article[],
  drafts: ArticleDraft[],
  unsure: UnsureDecision[],
): FileReading {
  return {
    file,
    articles: articles.map((a, k) => ({ line: drafts[k]!.firstLine, title: a.title, date: a.date, place: a.place })),
    unsure: [...unsure].sort((a, b) => a.line - b.line),
  };
}

/**
 * A paragraph that ends on a clause mark or on a word that cannot end a sentence (`…任务已`,
 * `…党员干部的`, `…和`) stops mid-sentence; one ending on a noun may be a list item printed
 * without its full stop (001: `…研讨发言56人`), which is no loss.
 */
const NEEDS_MORE = /[，、,；的地得和与及或在对把将从向被已为是]$/u;
/** prose shorter than this may be a label or a list item that needs no full stop */
const CUT_PROSE_MIN = 30;

/**
 * Paragraphs that stop mid-sentence where nothing continues them (004: `…煤源保供任务已`, then a
 * new paragraph): the source lost text there. Section heads, and the last paragraph of a piece
 * (a caption or a sign-off may stand there), are left alone.
 */
export function cutOffParagraphs(drafts: ArticleDraft[]): Array<{ line: number; message: string }> {
  const cuts: Array<{ line: number; message: string }> = [];
  for (const d of drafts) {
    d.body.slice(0, -1).forEach((b) => {
      const text = b.value.replace(/\s+/g, '');
      if (b.data.sectionHead || text.length < CUT_PROSE_MIN || endsSentence(text)) return;
      if (text.startsWith('——') || !NEEDS_MORE.test(text)) return;
      const line = b.data.lineMap.at(-1)?.[1] ?? blockLine(b);
      cuts.push({
        line,
        message: `paragraph ends mid-sentence ("…${text.slice(-8)}"): text may be missing from the source here`,
      });
    });
  }
  return cuts;
}
