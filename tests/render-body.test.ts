import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderParagraphs } from '../src/site/render-body.ts';

/** the body as the mdast → hast → HTML pipeline renders it (what the pages rendered before) */
function throughUnified(paragraphs: string[], heads: number[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value, i) =>
      heads.includes(i)
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value }] }
        : { type: 'paragraph', children: [{ type: 'text', value }] },
    ),
  };
  const toHtml = unified().use(remarkRehype).use(rehypeStringify);
  return toHtml.stringify(toHtml.runSync(tree));
}

describe('renderParagraphs', () => {
  it('renders paragraphs, section heads as headings, and escapes the text', () => {
    const html = renderParagraphs(
      ['近年来，同江市持续发力。', '选准“头雁”带“薄弱村”腾飞', '收入<50万元>的村 & 合作社'],
      [1],
    );
    expect(html).toBe(
      '<p>近年来，同江市持续发力。</p>\n<h2>选准“头雁”带“薄弱村”腾飞</h2>\n<p>收入&#x3C;50万元>的村 &#x26; 合作社</p>',
    );
  });

  it('writes what the unified pipeline wrote, line breaks and rare characters included', () => {
    const paragraphs = [
      '  记者 王芳  \n  通讯员 李明 \t',
      '第一行\r\n\t第二行 \r第三行\n \n',
      '“引号”‘单引号’ "直引号" \'撇\' `反引号` a<b>c &amp; &#x26;',
      '𠀀𪚥 生僻字与表情😀，全角空格　保留\u00a0不换行空格',
      '',
    ];
    expect(renderParagraphs(paragraphs, [2, 4])).toBe(throughUnified(paragraphs, [2, 4]));
  });
});
