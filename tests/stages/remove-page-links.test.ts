import { describe, expect, it } from 'vitest';
import { removePageLinks } from '../../src/normalize/repair/remove-page-links.ts';
import { runStages } from '../helpers.ts';

describe('links between pages', () => {
  it.each([
    ['(上接第一版)近年来，全县大力发展畜牧产业。', '近年来，全县大力发展畜牧产业。'],
    ['全县新建高标准农田1.5万亩。（下转第3版）', '全县新建高标准农田1.5万亩。'],
    ['（紧接第 2 版）会议要求，各乡镇要压实责任。', '会议要求，各乡镇要压实责任。'],
    ['会议决定转发（第一版刊发的）通知。', '会议决定转发（第一版刊发的）通知。'],
    ['全县秋粮收购工作有序推进遥渊下转第二版冤', '全县秋粮收购工作有序推进遥'],
    // wrapped by a narrow column: the marker goes with the line break inside it
    ['各乡镇秋收进度过半。（紧接\n第一版）全县投入农机五百余台。', '各乡镇秋收进度过半。全县投入农机五百余台。'],
  ])('%s', (text, expected) => {
    const { blocks, corrections } = runStages(`${text}\n`, removePageLinks);
    expect(blocks).toEqual([expected]);
    expect(corrections.every((c) => c.kind === 'furniture:page-link')).toBe(true);
  });
});
