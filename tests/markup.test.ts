// The lists pages write as strings (src/site/markup.ts) must escape as Astro's templates did:
// a clipping's text can hold any of & < > " ' (R&D, <试点>, quoted names).
import { describe, expect, it, test } from 'vitest';
import { attr, correctionLogHtml, receivedItemsHtml, text } from '../src/site/markup.ts';
import { clippingUrl } from '../src/site/urls.ts';
import type { EditGroup } from '../src/site/corrections.ts';

describe('escaping as Astro does', () => {
  test.each([
    ['R&D中心<试点>启用', 'R&amp;D中心&lt;试点&gt;启用'],
    [`"A&B" '联合'`, '&quot;A&amp;B&quot; &#39;联合&#39;'],
    ['第 3 版', '第 3 版'],
    [2022, '2022'],
  ])('text %j', (value, html) => expect(text(value)).toBe(html));

  test.each([
    ['href', '/search/?q=R&D', ' href="/search/?q=R&amp;D"'],
    ['title', `"引号" <尖括号> '单引号'`, ` title="&quot;引号&quot; <尖括号> '单引号'"`],
    ['open', '', ' open'],
    ['id', undefined, ''],
    ['id', null, ''],
  ])('attribute %s=%j', (name, value, html) => expect(attr(name, value)).toBe(html));
});

describe('a clipping as received', () => {
  it('writes each line escaped, anchored, with the start of an article marked', () => {
    const lines = [
      { n: 1, text: '本报讯 R&D中心<试点>启用' },
      { n: 2, text: '“A&B”联合实验室' },
    ];
    const starts = new Map([[1, { name: '研发中心启用', url: '/articles/yanfa/' }]]);
    expect(receivedItemsHtml(lines, true, starts)).toBe(
      '<li id="L1"><a class="starts" href="/articles/yanfa/">▼ 研发中心启用</a>本报讯 R&amp;D中心&lt;试点&gt;启用</li>' +
        '<li id="L2">“A&amp;B”联合实验室</li>',
    );
    expect(receivedItemsHtml(lines.slice(1), false, new Map())).toBe('<li>“A&amp;B”联合实验室</li>');
  });
});

describe('the corrections log', () => {
  const file = 'content/clippings/keji-ribao-2022.txt';
  const line = (n: number) => `<a class="line" href="${clippingUrl(file)}#L${n}">第 ${n} 行</a>`;

  it('shows an edit as before → after and a removal as the passage, escaped', () => {
    const log: EditGroup[] = [
      {
        kind: 'punctuation',
        label: '标点修复',
        layout: false,
        edits: [{ kinds: ['punctuation'], line: 3, lead: 'R&D', removed: ',', added: '，', tail: '中心' }],
      },
      {
        kind: 'running-head',
        label: '删去版头',
        layout: true,
        edits: [{ kinds: ['running-head'], line: 1, lead: '', removed: '<科技日报>', added: '', tail: '' }],
      },
    ];
    expect(correctionLogHtml(log, '共 2 处', file)).toBe(
      '<h2 id="log-title">校订记录</h2><p class="meta">共 2 处</p>' +
        `<details open><summary>标点修复（1 处）</summary><ol class="edits"><li>${line(3)}<span class="edit">` +
        '<span class="before">R&amp;D<del>,</del>中心</span><span class="arrow" aria-label="改为">→</span>' +
        '<span class="after">R&amp;D<ins>，</ins>中心</span></span></li></ol></details>' +
        `<details><summary>删去版头（1 处）</summary><ol class="edits"><li>${line(1)}<span class="edit">` +
        '<del>&lt;科技日报&gt;</del></span></li></ol></details>',
    );
  });

  it('marks a removal of words as removed, and an edit that adds nothing without <ins>', () => {
    const log: EditGroup[] = [
      {
        kind: 'duplicate',
        label: '删去重复段落',
        layout: false,
        edits: [
          { kinds: ['duplicate'], line: 9, lead: '', removed: '重复的段落', added: '', tail: '' },
          { kinds: ['spaces'], line: 4, lead: '记者', removed: ' ', added: '', tail: '报道' },
        ],
      },
    ];
    expect(correctionLogHtml(log, '共 2 处', file)).toContain(
      `<li>${line(9)}<span class="edit"><del>重复的段落</del><span class="gone">（删去）</span></span></li>`,
    );
    expect(correctionLogHtml(log, '共 2 处', file)).toContain(
      '<span class="before">记者<del>␣</del>报道</span><span class="arrow" aria-label="改为">→</span><span class="after">记者报道</span>',
    );
  });
});
