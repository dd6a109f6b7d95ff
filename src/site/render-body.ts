// Article body → HTML. Written as strings, not through unified (mdast → hast → string), which
// cost every article page ~0.25 ms for markup this plain; the output is byte for byte what that
// pipeline gave (tests/render-body.test.ts compares the two): blocks joined by a newline, text
// escaped as hast-util-to-html escapes it, spaces and tabs around a line break trimmed as
// mdast-util-to-hast trims them.

/** `<` and `&` as hast-util-to-html writes them in text (hexadecimal references) */
const TEXT_ESCAPES: Record<string, string> = { '<': '&#x3C;', '&': '&#x26;' };

/** a text node's HTML: lines trimmed at their breaks, then escaped */
function textHtml(value: string): string {
  return value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1').replace(/[<&]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Paragraphs as `<p>`, and the article's section heads as `<h2>`. */
export function renderParagraphs(paragraphs: string[], sectionHeads: readonly number[] = []): string {
  const heads = new Set(sectionHeads);
  return paragraphs
    .map((value, i) => (heads.has(i) ? `<h2>${textHtml(value)}</h2>` : `<p>${textHtml(value)}</p>`))
    .join('\n');
}
