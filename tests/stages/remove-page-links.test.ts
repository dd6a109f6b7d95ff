import { describe, expect, it } from 'vitest';
import { removePageLinks } from '../../src/normalize/repair/remove-page-links.ts';
import { runStages } from '../helpers.ts';

describe('links between pages', () => {
  it.each([
    ['(上接第一版)近年来，全县大力发展畜牧产业。', '近年来，全县大力发展畜牧产业。'],
    ['全县新建高标准农田1.5万亩。（下转第3版）', '全县新建高标准农田1.5万亩。'],
    ['（紧接第 2 版）会议要求，各乡镇要压实责任。', '会议要求，各乡镇要压实责任。'],
    ['会议决定转发（第一版刊发的）通知。', '会议决定转发（第一版刊发的）通知。'],
  ])('%s', (text, expected) => {
    const { blocks, corrections } = runStages(`${text}\n`, removePageLinks);
    expect(blocks).toEqual([expected]);
    expect(corrections.every((c) => c.kind === 'furniture:page-link')).toBe(true);
  });
});
