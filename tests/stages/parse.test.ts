import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { clippingBlocks, clippingParser, plainBlocks } from '../../src/normalize/parse.ts';
import { runStages } from '../helpers.ts';

describe('clippingBlocks (remark-parse)', () => {
  it('keeps headings with their level and strips markup, recording it', () => {
    const { tree, corrections } = runStages(
      '# 2021 年麦积区民政工作综述\n\n2021-12-31\n\n## **一、巩固拓展兜底保障成果，全力助推乡村振兴发展**\n',
    );
    expect(tree.children.map((b) => [b.type, b.depth ?? null, b.value])).toEqual([
      ['heading', 1, '2021 年麦积区民政工作综述'],
      ['paragraph', null, '2021-12-31'],
      ['heading', 2, '一、巩固拓展兜底保障成果，全力助推乡村振兴发展'],
    ]);
    expect(corrections.map((c) => c.kind)).toEqual(['markup', 'markup']);
  });

  it('keeps text that only looks like Markdown', () => {
    const { blocks } = runStages('1. 加强党的建设\n2. 推进乡村振兴\n\n* 注：本版图片均由同江市委宣传部提供\n');
    expect(blocks).toEqual(['1. 加强党的建设\n2. 推进乡村振兴', '* 注：本版图片均由同江市委宣传部提供']);
  });

  it('ends a paragraph at a line that stops short of the column on a full stop (000)', () => {
    const text =
      '一年春作首，万事干为先。\n虎年的钟声犹在耳畔，伊春市委市政府和各党政部门在春节假期就以“开年就开\n跑”的状态，打响虎年奋进奔跑的“发令枪”。\n';
    expect(runStages(text).blocks).toEqual([
      '一年春作首，万事干为先。',
      '虎年的钟声犹在耳畔，伊春市委市政府和各党政部门在春节假期就以“开年就开\n跑”的状态，打响虎年奋进奔跑的“发令枪”。',
    ]);
  });

  it('keeps a two-line headline and an indented first line in their blocks (002, 000)', () => {
    expect(runStages('深入实施“五项行动”\n对标对表推动组织工作高质量发展\n').blocks).toEqual([
      '深入实施“五项行动”\n对标对表推动组织工作高质量发展',
    ]);
    expect(runStages('与此同时，伊春市\n把各地各部门推进落实\n年度重点工作作为重要\n').blocks).toHaveLength(1);
  });

  it('puts each line in a block of its own when lines stop at sentences, not at a column', () => {
    const lines = [
      '我县召开春季农业生产工作会议',
      '3月14日，沭阳县召开春季农业生产工作会议，总结去年农业农村工作。',
      '会议指出，要全力抓好粮食生产。',
      '会议要求，各乡镇要确保粮食面积稳中有增。',
    ];
    expect(runStages(lines.join('\n')).blocks).toEqual(lines);
  });

  it('maps each line of a block to its source line', () => {
    const { tree } = runStages('\n\n为有效提升农村干部综合素质和\n带领群众共同致富能力\n');
    expect(tree.children[0]!.data.lineMap).toEqual([
      [0, 3],
      [15, 4],
    ]);
  });
});

describe('plainBlocks (the line reader for text without Markdown)', () => {
  const remark = unified().use(remarkParse).use(clippingBlocks);
  const lineReader = unified().use(clippingParser).use(clippingBlocks);
  const blocksOf = (processor: typeof remark, text: string) => {
    const file = new VFile({ value: text });
    const tree = processor.runSync(processor.parse(file), file);
    return JSON.stringify([tree, file.data]);
  };

  it('gives the blocks remark-parse gives: paragraphs, indented lines, code after code', () => {
    const text =
      '\u3000\u3000本报讯 全县召开会议。\n会议要求，\n    各乡镇要确保粮食面积稳中有增。\n\n    缩进的一段\n\t也缩进\n没有缩进的下一行\n\u3000\n  \n末行';
    expect(plainBlocks(text)?.children.map((b) => [b.position!.start.line, b.position!.end.line])).toEqual([
      [1, 3],
      [5, 6],
      [7, 8],
      [10, 10],
    ]);
    expect(blocksOf(lineReader, text)).toEqual(blocksOf(remark, text));
  });

  it('leaves text with Markdown syntax at a line start to remark-parse', () => {
    for (const line of [
      '# 标题 #',
      '## **一、**巩固',
      '# 注\\*',
      '# &amp;',
      '#',
      '标题\n===',
      '---',
      '* 注：',
      '- 一',
      '+ 二',
      '1. 加强',
      '2) 推进',
      '> 引文',
      '```',
      '~~~',
      '<div>',
      '[1]: 注',
      '--- -',
      '1.',
      '+\t加',
    ])
      expect(plainBlocks(`正文第一段。\n\n${line}\n`)).toBeNull();
    expect(
      plainBlocks(
        '２０２２年　＃１　——记者\n2022年6月29日\n    1. 缩进四格\n11.9%；三星级\n-5℃\n#1\n~5年时间\n`代码`\n',
      ),
    ).not.toBeNull();
  });

  it('reads a plain or all-bold `#` heading as remark-parse does, closing the paragraph before it', () => {
    const text =
      '# 2021年各类工作综述合集\n\n  ## **一、巩固拓展兜底保障成果，全力助推乡村振兴发展**  \n全年发放低保金。\n### 三、兜底保障\n    缩进四格\n';
    expect(plainBlocks(text)?.children.map((b) => [b.type, b.position!.start.line])).toEqual([
      ['heading', 1],
      ['heading', 3],
      ['paragraph', 4],
      ['heading', 5],
      ['paragraph', 6],
    ]);
    expect(blocksOf(lineReader, text)).toEqual(blocksOf(remark, text));
  });

  it('agrees with remark-parse on bold runs that open a paragraph', () => {
    const word = fc.constantFrom(
      '本报讯',
      '一、',
      '“十个坚持”',
      '2020 年',
      ' ',
      '\t',
      '\n',
      '\n  ',
      '  \n',
      '*',
      '_',
      '。',
    );
    const run = fc
      .tuple(fc.constantFrom('', '  ', '\u3000'), fc.array(word, { maxLength: 6 }), fc.constantFrom('**', '*', ''))
      .map(([indent, words, close]) => `${indent}**${words.join('')}${close}`);
    const text = fc.array(fc.oneof(run, word), { maxLength: 6 }).map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(text, (t) => {
        if (plainBlocks(t) !== null) expect(blocksOf(lineReader, t)).toEqual(blocksOf(remark, t));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with remark-parse on any text it reads', () => {
    const piece = fc.constantFrom(
      '本报讯',
      '会议指出，',
      '。',
      '一',
      '2022年',
      '1',
      '.',
      '#',
      '## ',
      '**',
      '*',
      '-',
      ' ',
      '  ',
      '    ',
      '\t',
      '\u3000',
      '\n',
      '\n\n',
      '□',
      '>',
      '=',
      '`',
      '<',
      '[',
      ']',
      ':',
      '+',
      ')',
      '_',
      '~',
      '5',
      '%',
      '（',
      '）',
    );
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        if (plainBlocks(t) !== null) expect(blocksOf(lineReader, t)).toEqual(blocksOf(remark, t));
      }),
      { numRuns: 1000 },
    );
  });
});
