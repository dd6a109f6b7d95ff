// The web-page furniture recogniser (recognise/web-furniture.ts) and its use by furniture removal: the
// lines a site prints around an article leave the text; the ones that say something (date,
// source) are kept as page metadata.
import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/normalize/repair/remove-furniture.ts';
import { copyrightHolder, webFurnitureKind } from '../../src/normalize/recognise/web-furniture.ts';
import { runStages } from '../helpers.ts';

describe('webFurnitureKind', () => {
  it.each([
    ['当前位置：首页 > 新闻中心 > 本地要闻', 'navigation'],
    ['首页>新闻>本地要闻', 'navigation'],
    ['网站首页 本地新闻 政策解读 便民服务', 'navigation'],
    ['首页 | 新闻中心 | 政务公开 | 专题专栏 | 视频', 'navigation'],
    ['设为首页 加入收藏', 'navigation'],
    ['你好，欢迎访问县人民政府', 'navigation'],
    ['首頁 國內(nèi) 時(shí)評 黨建 省情 文化 法治 視頻 新聞 省人民政府網(wǎng) 藏文網(wǎng)', 'navigation'],
    ['d400fa1332ab1a8fabfc13b78a9745a', 'counter'],
    ['要闻 | 城市远洋 | 老外在龙江 | 直观中国 | 高端访谈', 'navigation'],
    ['省新闻网>>新闻频道>>图片新闻', 'navigation'],
    ['点击数：128 字号：大 中 小', 'counter'],
    ['本篇文章560字，读完约1分钟', 'counter'],
    ['评论 0人参与，0条评论', 'counter'],
    ['分享到：', 'counter'],
    ['【打印】【关闭】', 'counter'],
    ['上一篇：全县召开安全生产工作会议', 'counter'],
    ['(Visited 37 times, 1 visits today)', 'counter'],
    ['字號', 'counter'],
    ['站內（nèi）檢索', 'counter'],
    ['听新闻', 'counter'],
    ['微信公众号', 'counter'],
    ['官方微博', 'counter'],
    ['責任編輯：李華', 'editor'],
    ['编辑：杨明 审核：黄华 终审：陈伟', 'editor'],
    ['来源：县融媒体中心', 'source'],
    ['发布时间：2022-03-14 09:41 来源：县政府办', 'publication'],
    ['1886 期 / 第2版:2', 'edition'],
    ['第1886期 第02版：要闻', 'edition'],
    ['1000_165px;', 'counter'],
    ['上篇：', 'counter'],
    ['下篇', 'counter'],
  ])('%s is %s', (line, kind) => {
    expect(webFurnitureKind(line)).toBe(kind);
  });

  it('takes a weekday date above a navigation bar, or with a greeting, as the day the page was viewed', () => {
    expect(webFurnitureKind('2024年3月8日 星期五', '首页 | 新闻中心 | 政务公开 | 专题专栏')).toBe('viewed');
    expect(webFurnitureKind('今天是：2024年3月8日 星期五')).toBe('viewed');
    expect(webFurnitureKind('2025-03-18 17:24 星期二')).toBe('viewed');
    // an e-paper reader's header: the digit date over the weekday on a line of its own
    expect(webFurnitureKind('2026-01-23', '星期五')).toBe('viewed');
    expect(webFurnitureKind('星期五', '当前报纸名称：县报')).toBe('viewed');
    expect(webFurnitureKind('2026-01-23', '县里召开春季农业生产工作会议')).toBeNull();
    // a masthead over the paper's e-mail line is the page's date, not a site header
    expect(webFurnitureKind('2022年6月29日 星期三', 'E-mail:bianji@example.com')).toBeNull();
  });

  it.each([
    '县委书记王明 县长李华 副县长张伟 赵强',
    '活动共吸引300余人参与。',
    '欢迎来到林甸！',
    '记者：作为一位县委书记，您是如何理解这项工作的？',
    '来源于群众、服务于群众，是这项工作的出发点。',
    '党建引领促发展 雁阵效应谱新篇',
    '第3版',
    '全年共出版报纸300期，第2版开设专栏',
    '上篇文章写到了县里的春耕',
  ])('leaves the article line %s', (line) => {
    expect(webFurnitureKind(line)).toBeNull();
  });
});

describe('removeFurniture on a web copy', () => {
  it('takes the site lines out and keeps the publication date and source, not the viewing day', () => {
    const page = [
      '2024年3月8日 星期五',
      '网站首页 本地新闻 政策解读 便民服务',
      '当前位置：首页 > 本地要闻',
      '全县春耕生产有序推进',
      '发布时间：2023-03-05 09:41 来源：县融媒体中心 点击数：128',
      '连日来，全县各乡镇抢抓农时，组织农户开展春耕生产。',
      '责任编辑：李华',
      '分享到：',
    ].join('\n');
    const { blocks, pageMeta, corrections } = runStages(page, removeFurniture);
    expect(blocks.join('\n')).toBe('全县春耕生产有序推进\n连日来，全县各乡镇抢抓农时，组织农户开展春耕生产。');
    expect(pageMeta.map(({ key, value }) => [key, value])).toEqual([
      ['published', '2023-03-05'],
      ['source', '县融媒体中心'],
    ]);
    expect(corrections.map((c) => c.kind)).toEqual([
      'furniture:web-page',
      'furniture:web-page',
      'furniture:web-page',
      'furniture:web-metadata',
      'furniture:web-metadata',
      'furniture:web-page',
    ]);
  });
});

describe('a copyright footer', () => {
  it.each([
    ['© 2017 今日房县', '今日房县'],
    ['Copyright © 2020-2024 临颍县融媒体中心 All Rights Reserved', '临颍县融媒体中心'],
    ['版权所有：中共房县县委宣传部 技术支持：某网络公司', '中共房县县委宣传部'],
    ['今日房县 版权所有', '今日房县'],
  ])('names the site: %s', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
    expect(webFurnitureKind(line)).toBe('copyright');
  });

  it('is no sentence that mentions copyright', () => {
    expect(copyrightHolder('县市场监管局查处一起侵犯版权所有人权益的案件。')).toBeNull();
    expect(webFurnitureKind('2017年房县召开会议')).toBeNull();
  });

  it('is taken out and kept as the source, after a source line the page prints', () => {
    const page = ['县里召开会议', '会议由县长主持。', '来源：县融媒体中心', '© 2017 今日房县'].join('\n');
    const { blocks, pageMeta } = runStages(page, removeFurniture);
    expect(blocks.join('\n')).toBe('县里召开会议\n会议由县长主持。');
    expect(pageMeta.map(({ key, value }) => [key, value])).toEqual([
      ['source', '县融媒体中心'],
      ['source', '今日房县'],
    ]);
  });
});
