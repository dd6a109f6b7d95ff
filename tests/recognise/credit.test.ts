// Recogniser: credits (recognise/credit.ts) and the stages that ask it.
import { describe, expect, it } from 'vitest';
import {
  endsOnCreditRole,
  inCreditList,
  isCreditLine,
  isPhotoCredit,
  photoCreditAfterSentence,
} from '../../src/normalize/recognise/credit.ts';
import { parseNewsLead } from '../../src/normalize/news-lead.ts';
import { canBeTitle } from '../../src/normalize/recognise/headline.ts';
import { newspaperInCredit } from '../../src/normalize/recognise/outlet.ts';
import { removeFurniture } from '../../src/normalize/repair/remove-furniture.ts';
import { runStages } from '../helpers.ts';

describe('byline lines', () => {
  it.each([
    ['□王晓微 孙维焱 本报记者 刘大泳', true],
    ['（记者 张磊 通讯员 李娜）', true],
    ['本报记者 王晶', true],
    ['文/李明', true],
    ['（作者为县委常委、组织部部长）', true],
    ['县融媒体中心记者 赵敏 钱程', true],
    // a sentence that mentions a reporter is none
    ['记者从县农业农村局获悉，全县春播进度过半。', false],
    ['全县春耕生产有序推进', false],
    // longer than any byline printed
    ['（记者 张磊 通讯员 李娜 王强 赵敏 钱程 孙丽 周杰 吴刚 郑凯 冯涛）', false],
  ])('%s → %s', (text, expected) => {
    expect(isCreditLine(text)).toBe(expected);
  });
});

describe('credit roles', () => {
  it.each([
    ['中共将乐县委通讯组 福建日报记者', true],
    ['县委报道组', true],
    ['本报通讯员', true],
    ['乡村振兴看一线', false],
  ])('%s ends on a role: %s', (text, expected) => {
    expect(endsOnCreditRole(text)).toBe(expected);
    // a line that ends on a role is the credit under a headline, never its title
    if (expected) expect(canBeTitle(text)).toBe(false);
  });

  it.each([
    ['（记者 吴楚瞳 袁', true],
    ['（记者 吴楚瞳 王芳 摄影 袁', true],
    ['编辑 袁', true],
    // a role too far back: the names have ended and a sentence goes on
    ['记者 吴楚瞳 王芳 赵敏 钱程 孙丽 袁', false],
    ['全县上下齐心协力袁', false],
  ])('%s: the last character stands in a credit list: %s', (text, expected) => {
    expect(inCreditList(text, text.length - 1)).toBe(expected);
  });

  it('ends a credit list at a character that may be no name', () => {
    // `记者 袁袁`: the first 袁 may be a garbled comma, so the second stands in no list yet
    expect(inCreditList('记者 袁袁', 4)).toBe(true);
    expect(inCreditList('记者 袁袁', 4, '袁遥')).toBe(false);
    expect(inCreditList('（记者 吴楚瞳 袁', 8, '袁遥')).toBe(true);
  });

  it('reads the reporters of a lead and the paper a credit names with the same roles', () => {
    expect(parseNewsLead('本报讯 通讯员 李四 记者 张三 报道：近日，县里召开会议。')?.credit).toBe(
      '通讯员 李四 记者 张三',
    );
    expect(newspaperInCredit('黑龙江日报全媒体记者贾红路')).toBe('黑龙江日报');
    expect(newspaperInCredit('县融媒体中心编辑王芳')).toBeNull();
  });
});

describe('photo credits', () => {
  it.each([
    ['新华社记者 彭昭之 摄', true],
    ['本报记者 王京华 摄', true],
    ['本版图片均由县委宣传部提供', true],
    // every ending the pattern knows (credit.ts PHOTO_CREDIT_LAST turns other lines away first)
    ['稿件由本报通讯员采写', true],
    ['照片由县摄影家协会会员摄', true],
    ['本稿件图片为本报资料片', true],
    // a caption's last words before the credit are no part of it
    ['诉讼负担。新华社记者 彭昭之 摄', false],
    ['记者 王京华', false],
  ])('%s → %s', (text, expected) => {
    expect(isPhotoCredit(text)).toBe(expected);
  });

  it.each([
    ['村民在田间插秧。新华社记者 彭昭之 摄', '新华社记者 彭昭之 摄'],
    ['图为村民插秧。本报记者 王京华 摄 ', '本报记者 王京华 摄'],
    ['村民在田间插秧。', null],
    ['新华社记者 彭昭之 摄', null],
  ])('%s: credit after the sentence %s', (text, credit) => {
    const at = photoCreditAfterSentence(text);
    expect(at < 0 ? null : text.slice(at).trim()).toBe(credit);
  });

  it('takes a credit printed after a caption sentence out, and keeps the sentence', () => {
    const text = '法官就地开庭、调解、回访，减轻当事人的\n诉讼负担。新华社记者 彭昭之 摄\n\n全县春耕有序推进。\n';
    const { blocks, corrections, pageMeta } = runStages(text, removeFurniture);
    expect(blocks).toEqual(['法官就地开庭、调解、回访，减轻当事人的\n诉讼负担。', '全县春耕有序推进。']);
    expect(corrections.map((c) => [c.kind, c.before])).toEqual([['furniture:credit', '新华社记者 彭昭之 摄']]);
    expect(pageMeta).toEqual([{ key: 'credit', value: '新华社记者 彭昭之 摄', line: 2 }]);
  });
});
