// The markup a page repeats per item — an article list, a clipping's lines, the corrections
// log — written as one string rather than as Astro template expressions. Astro renders each
// expression of a template on its own (escaping, attributes, nested templates), and these
// lists held most of an article page's expressions: with the rest of the page's own work they
// cost about as much CPU as Astro's whole per-page rendering and writing. The strings are
// byte for byte what the templates gave (checked with `diff -r` of the built site), so the
// escaping below is Astro's own.
import type { ArticleInfo } from './bodies.ts';
import type { Link } from './browse.ts';
import { isRemoval, shown, type EditGroup } from './corrections.ts';
import { formatDate } from './dates.ts';
import { placeLevels } from './places.ts';
import { namedSource } from './sources.ts';
import { articleUrl, clippingLineUrl } from './urls.ts';

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** text as Astro escapes an expression's value */
export function text(value: string | number): string {
  return String(value).replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]!);
}

/** ` name="value"` as Astro writes an attribute (nothing for null or undefined, ` name` for '') */
export function attr(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/** a list's items, one per article: title, date, place and paper (components/ArticleList.astro) */
export function articleItemsHtml(articles: readonly ArticleInfo[]): string {
  const items = articles.map((a) => {
    const date = a.date
      ? `<time${attr('datetime', a.date)}>${text(formatDate(a.date))}</time>`
      : text(formatDate(a.date));
    const place = placeLevels(a).at(-1);
    const source = namedSource(a);
    const meta = ` · ${date}${place ? ` · <span class="place">${text(place)}</span>` : ''}${source ? text(` · ${source}`) : ''}`;
    return `<li><a${attr('href', articleUrl(a))}>${text(a.title)}</a><span class="meta">${meta}</span></li>`;
  });
  return items.join('');
}

/** a clipping's lines as received, one item each (components/ReceivedText.astro) */
export function receivedItemsHtml(
  lines: ReadonlyArray<{ n: number; text: string }>,
  anchors: boolean,
  starts: ReadonlyMap<number, Link>,
): string {
  const items = lines.map((l) => {
    const start = starts.get(l.n);
    const mark = start ? `<a class="starts"${attr('href', start.url)}>▼ ${text(start.name)}</a>` : '';
    return `<li${attr('id', anchors ? `L${l.n}` : undefined)}>${mark}${text(l.text)}</li>`;
  });
  return items.join('');
}

/** one edit of the log: its line, then what was removed, or the text before → after */
function editHtml(e: EditGroup['edits'][number], layout: boolean, sourceFile: string): string {
  const line = `<a class="line"${attr('href', clippingLineUrl(sourceFile, e.line))}>第 ${e.line} 行</a>`;
  if (isRemoval(e))
    return `<li>${line}<span class="edit"><del>${text(shown(e.removed))}</del>${layout ? '' : '<span class="gone">（删去）</span>'}</span></li>`;
  const [lead, tail] = [text(shown(e.lead, 12)), text(shown(e.tail, 12))];
  const removed = `<del>${text(shown(e.removed, 40, true))}</del>`;
  const added = e.added ? `<ins>${text(shown(e.added, 40, true))}</ins>` : '';
  const before = `<span class="before">${lead}${removed}${tail}</span>`;
  const after = `<span class="after">${lead}${added}${tail}</span>`;
  return `<li>${line}<span class="edit">${before}<span class="arrow" aria-label="改为">→</span>${after}</span></li>`;
}

/** the corrections log: its heading and summary, then each group collapsible, its edits listed */
export function correctionLogHtml(log: readonly EditGroup[], summary: string, sourceFile: string): string {
  const groups = log.map((g) => {
    const open = !g.layout && g.edits.length <= 12 ? ' open' : '';
    const edits = g.edits.map((e) => editHtml(e, g.layout, sourceFile)).join('');
    return `<details${open}><summary>${text(g.label)}（${g.edits.length} 处）</summary><ol class="edits">${edits}</ol></details>`;
  });
  return `<h2 id="log-title">校订记录</h2><p class="meta">${text(summary)}</p>${groups.join('')}`;
}
