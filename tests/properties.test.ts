// Properties of the whole normaliser over generated and real text: it never crashes, never
// loses a character (output + corrections rebuild the input), leaves correct text alone and
// changes nothing more when run on its own output.
import fs from 'node:fs';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { repairProcessor } from '../src/normalize/index.ts';
import { fileData, type ClippingTree } from '../src/normalize/tree.ts';
import { charBag, normalizeText } from './helpers.ts';

// CI runs one fixed sample so a build is reproducible; locally every run explores new input
if (process.env.CI) fc.configureGlobal({ seed: 20261122 });

const SEEDS = fs
  .readdirSync('content/clippings')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `content/clippings/${f}`);

function repairBlocks(text: string) {
  const file = new VFile({ path: 'x.txt', value: text });
  const tree = repairProcessor.runSync(repairProcessor.parse(file), file) as unknown as ClippingTree;
  // written back as Markdown, so headings stay headings when read again
  const markdown = tree.children
    .map((b) => {
      if (b.type !== 'heading') return b.value;
      const text = b.value.replace(/\*/g, '\\*'); // a literal * in a heading stays literal
      return b.depth! <= 6 ? `${'#'.repeat(b.depth!)} ${text}` : `**${text}**`;
    })
    .join('\n\n');
  return { blocks: tree.children.map((b) => b.value), markdown, corrections: fileData(file).corrections };
}

/** pieces real clippings are made of, defects included */
const piece = fc.constantFrom(
  '林甸县',
  '伊春市',
  '开展',
  '能力作风建设',
  '要求',
  '法院',
  '袁',
  '遥',
  '尧',
  '野',
  '冶',
  '要',
  '院',
  '叶',
  '曳',
  '，',
  '。',
  '、',
  '“',
  '”',
  '（',
  '）',
  ',',
  '.',
  ':',
  ';',
  '(',
  ')',
  '!',
  '2022',
  '年',
  '6月',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '# ',
  '## ',
  '**',
  '□',
  '本报讯',
  '记者 ',
  '2022年6月29日 星期三',
  'E-mail:a@b.cn',
  'CCER',
  '1.',
  '全市组织工作动态',
  '…',
  '——',
);
const clipping = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

describe('normaliser properties', () => {
  it('never crashes and never loses text: output plus corrections rebuild the input', () => {
    fc.assert(
      fc.property(clipping, (text) => {
        const { articles } = normalizeText(text);
        if (articles.length === 0) return;
        const corrections = articles.flatMap((a) => a.corrections);
        const output = articles.flatMap((a) => a.paragraphs);
        const rebuilt = charBag([...output, ...corrections.map((c) => c.before)]);
        const expected = charBag([text, ...corrections.map((c) => c.after)]);
        expect(rebuilt).toBe(expected);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('records a line inside the file for every correction', () => {
    fc.assert(
      fc.property(clipping, (text) => {
        const lines = text.split('\n').length;
        for (const a of normalizeText(text).articles)
          for (const c of a.corrections) expect(c.line >= 1 && c.line <= lines).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: repairing repaired text changes nothing (generated text)', () => {
    fc.assert(
      fc.property(clipping, (text) => {
        const once = repairBlocks(text).markdown;
        expect(repairBlocks(once).markdown).toBe(once);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it.each(SEEDS)('is idempotent on the repaired text of %s', (seed) => {
    const once = repairBlocks(fs.readFileSync(seed, 'utf8')).markdown;
    const twice = repairBlocks(once);
    expect(twice.corrections.filter((c) => c.kind !== 'markup')).toEqual([]);
    expect(twice.markdown).toBe(once);
  });

  it('passes correct text through byte-identical (clean paragraphs of 004)', () => {
    const text = fs.readFileSync('content/clippings/gongzuo-zongshu-2021.txt', 'utf8');
    // paragraphs of plain, correctly punctuated prose: no markup, no spaces, no ASCII marks
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 80 && /。$/u.test(p) && !/[\s#*,;:()!?]/u.test(p));
    const clean = [...new Set(paragraphs)]; // 004 repeats one paragraph; that copy is a defect
    expect(clean.length).toBeGreaterThan(100);
    const { blocks, corrections } = repairBlocks(clean.join('\n\n'));
    expect(corrections).toEqual([]);
    expect(blocks).toEqual(clean);
    expect(clean.join('').match(/[院要]/gu)!.length).toBeGreaterThan(100); // the trap characters are there
  });
});
