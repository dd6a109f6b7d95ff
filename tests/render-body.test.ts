import { describe, expect, it } from 'vitest';
import { renderParagraphs } from '../src/site/render-body.ts';

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
});
