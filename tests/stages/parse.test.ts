import { describe, expect, it } from 'vitest';
import { runStages } from '../helpers.ts';

describe('clippingBlocks (remark-parse)', () => {
  it('keeps headings with their level and strips markup, recording it', () => {
    const { tree, corrections } = runStages('# 2021 年麦积区民政工作综述\n\n2021-12-31\n\n## **一、巩固拓展兜底保障成果，全力助推乡村振兴发展**\n');
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

  it('maps each line of a block to its source line', () => {
    const { tree } = runStages('\n\n为有效提升农村干部综合素质和\n带领群众共同致富能力\n');
    expect(tree.children[0]!.data.lineMap).toEqual([[0, 3], [15, 4]]);
  });
});
