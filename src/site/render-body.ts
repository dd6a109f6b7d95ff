// Article body → HTML through the unified ecosystem (mdast → hast → string), so text is
// escaped properly and later markup (section heads, quotes) has one place to go.
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const toHtml = unified().use(remarkRehype).use(rehypeStringify).freeze();

/** Paragraphs as `<p>`, and the article's section heads as `<h2>`. */
export function renderParagraphs(paragraphs: string[], sectionHeads: readonly number[] = []): string {
  const heads = new Set(sectionHeads);
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value, i) =>
      heads.has(i)
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value }] }
        : { type: 'paragraph', children: [{ type: 'text', value }] },
    ),
  };
  return toHtml.stringify(toHtml.runSync(tree));
}
