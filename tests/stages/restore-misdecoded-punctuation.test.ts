import { describe, expect, it } from 'vitest';
import { MISDECODED, restoreMisdecodedPunctuation } from '../../src/normalize/repair/restore-misdecoded-punctuation.ts';
import { runStages } from '../helpers.ts';

describe('restoreMisdecodedPunctuation', () => {
  it('derives the mapping from the GB2312 lead-byte shift', () => {
    expect(Object.fromEntries(MISDECODED)).toMatchObject({
      袁: '，',
      遥: '。',
      尧: '、',
      野: '“',
      冶: '”',
      叶: '《',
      曳: '》',
      院: '：',
      曰: '；',
      渊: '（',
      冤: '）',
      噎: '…',
      浴: '！',
      钥: '？',
      耶: '‘',
      爷: '’',
      窑: '·',
      荫: '●',
      要: '—',
    });
  });

  it.each([
    [
      '全会把党百年奋斗的宝贵历史经验概括为具有根本性和长远指导意义的 野十个坚持冶袁重点总结新时代党和国家事业取得的历史性成就遥',
      '全会把党百年奋斗的宝贵历史经验概括为具有根本性和长远指导意义的“十个坚持”，重点总结新时代党和国家事业取得的历史性成就。',
    ],
    [
      '二是深入推进人才助力乡村振兴 野十业百社千才冶 行动袁新培育乡土人才1000名以上遥',
      '二是深入推进人才助力乡村振兴“十业百社千才”行动，新培育乡土人才1000名以上。',
    ],
  ])('leaves no space beside a restored quote: %s', (garbled, restored) => {
    expect(runStages(garbled, restoreMisdecodedPunctuation).blocks).toEqual([restored]);
  });

  it('restores a garbled block from 002, quotes and all', () => {
    const text =
      '风雨兼程百年路袁不忘初心再出发遥 党的十九届六中全会审议通过的叶中共中央关于党的百年奋斗重大成就和历史经验的决议曳袁 全面总结了党的百年奋斗重大成就和历史经验袁是郑重的历史性尧战略性决策遥\n';
    const { blocks } = runStages(text, restoreMisdecodedPunctuation);
    expect(blocks[0]).toBe(
      '风雨兼程百年路，不忘初心再出发。 党的十九届六中全会审议通过的《中共中央关于党的百年奋斗重大成就和历史经验的决议》， 全面总结了党的百年奋斗重大成就和历史经验，是郑重的历史性、战略性决策。\n'.trimEnd(),
    );
  });

  it('leaves ordinary words made of the same characters alone', () => {
    const text = '袁隆平院士在法院讲话，要求保护野生动物。遥远的山村里，叶子落了，村民们也要过好日子。\n';
    const { blocks, corrections } = runStages(text, restoreMisdecodedPunctuation);
    expect(blocks[0]).toBe(text.trim());
    expect(corrections).toEqual([]);
  });

  it('leaves names and quotations alone (real text from 004 and 003)', () => {
    const text =
      '驻村工作队队长袁建兵介绍，今年村里新建了冷库。\n\n“呦呦鹿鸣,食野之苹”,梅花鹿成了村里的明星。\n\n黄州区陶店乡袁家铺村入选中国美丽休闲乡村。\n';
    const { corrections } = runStages(text, restoreMisdecodedPunctuation);
    expect(corrections).toEqual([]);
  });

  it('restores the colon after a label opening a paragraph, and leaves 院 in names of places (002)', () => {
    const text =
      '习近平院坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进\n\n权威解读院马克思主义为人类社会发展进步指明了方向。\n\n县人民法院召开全体干警大会。\n\n医院党委从实际出发开展帮扶。\n';
    expect(runStages(text, restoreMisdecodedPunctuation).blocks).toEqual([
      '习近平：坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进',
      '权威解读：马克思主义为人类社会发展进步指明了方向。',
      '县人民法院召开全体干警大会。',
      '医院党委从实际出发开展帮扶。',
    ]);
  });

  it('gives a closing quote to the likelier of two opening candidates (`视野` stays a word)', () => {
    const { blocks } = runStages(
      '渊一冤比学赋能拓视野袁在野精育冶上做文章遥 紧盯全县干部能力素质短板。\n',
      restoreMisdecodedPunctuation,
    );
    expect(blocks[0]).toBe('（一）比学赋能拓视野，在“精育”上做文章。 紧盯全县干部能力素质短板。');
  });

  it('records every restored mark', () => {
    const { corrections } = runStages(
      '经验袁是郑重的历史性尧战略性决策袁充分体现党牢记初心使命尧永葆生机活力遥\n',
      restoreMisdecodedPunctuation,
    );
    expect(corrections.map((c) => c.kind)).toEqual(Array(5).fill('punctuation'));
    expect(corrections.every((c) => c.line === 1)).toBe(true);
  });
});
