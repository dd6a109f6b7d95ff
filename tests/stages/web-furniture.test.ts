// The web-page furniture recogniser (recognise/web-furniture.ts) and its use by furniture removal: the
// lines a site prints around an article leave the text; the ones that say something (date,
// source) are kept as page metadata.
import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/normalize/repair/remove-furniture.ts';
import { copyrightHolder, webFurnitureKind } from '../../src/normalize/recognise/web-furniture.ts';
import { normalizeText, runStages } from '../helpers.ts';

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
    ['文章字数：386', 'counter'],
    ['<option id="k2x"><cite id="k2x"></cite></option>', 'markup'],
    ['  • <sup id="k2x"></sup>', 'markup'],
    ['\\', 'markup'],
    ['• 我的订阅', 'counter'],
    ['EN', 'counter'],
    ['】 【打 印】', 'counter'],
    ['【第1页 第2页】', 'counter'],
    ['EN https://www.example.cn/', 'counter'],
    ['扫一扫关注', 'counter'],
    ['县新闻网 > 本地新闻', 'navigation'],
    ['好读 › 专栏 › 县应急管理局', 'navigation'],
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

describe('a page copied from its site holds one article', () => {
  // a site's page of one report: the viewing day and navigation over it, a section head and
  // a photo's caption inside its text (written for this test)
  const page = [
    '2024年5月6日 星期一',
    '首页 | 新闻中心 | 本地要闻',
    '',
    '东河镇举办农民丰收节',
    '',
    '发布时间：2023-09-23 10:15',
    '',
    '9月22日，东河镇在镇文化广场举办农民丰收节，来自全镇12个村的农户带来了各自的特色产品。',
    '',
    '各村展台前人头攒动，不少市民专程赶来选购新米和山货。',
    '',
    '丰收节上晒成果 产业兴旺看东河',
    '',
    '近年来，东河镇依托山区资源发展特色种养，村集体经济年年增收。',
    '',
    '镇党委书记王立新为种粮大户颁奖',
    '',
    '活动还举行了农产品直播带货，当天线上成交订单两千余单。',
  ].join('\n');

  it('keeps a head and a caption inside the text as part of it', () => {
    const { articles } = normalizeText(page);
    expect(articles.map((a) => a.title)).toEqual(['东河镇举办农民丰收节']);
    expect(articles[0]!.date).toBe('2023-09-23');
    expect(articles[0]!.paragraphs.join('\n')).toContain('产业兴旺看东河');
  });

  it('is no rule for a printed page: the same heads there open reports of their own', () => {
    const printed = page.split('\n').slice(3).join('\n').replace('发布时间：2023-09-23 10:15', '');
    expect(normalizeText(printed).articles.length).toBeGreaterThan(1);
  });

  it('reads a publication line under the title as a site page, with no navigation over it', () => {
    const titled = page.split('\n').slice(3).join('\n');
    expect(normalizeText(titled).articles.map((a) => a.title)).toEqual(['东河镇举办农民丰收节']);
  });

  it('keeps the items of a digest apart: a publication line over them dates the post, titles none', () => {
    const digest = [
      '发布时间：2023-10-09 08:30',
      '',
      '南岭村新修机耕道路三公里',
      '',
      '10月8日，南岭村新修的三公里机耕道路全线通车，二百多户村民秋收运粮不再绕远路。',
      '',
      '城关镇为独居老人安装烟感报警器',
      '',
      '近日，城关镇为辖区86户独居老人免费安装了独立式烟感报警器，并逐户讲解使用方法。',
    ].join('\n');
    const { articles } = normalizeText(digest);
    expect(articles.map((a) => a.title)).toEqual(['南岭村新修机耕道路三公里', '城关镇为独居老人安装烟感报警器']);
  });

  it('takes the title the site sets first, not the longer deck under it', () => {
    const lines = page.split('\n');
    const decked = [...lines.slice(0, 4), '东河镇12个村农户携特色农产品参展 线上线下同步销售', ...lines.slice(4)];
    expect(normalizeText(decked.join('\n')).articles.map((a) => a.title)).toEqual(['东河镇举办农民丰收节']);
  });

  it('starts a new article where a second page copied into the file begins', () => {
    const second = [
      '首页 | 新闻中心 | 本地要闻',
      '',
      '西山乡开展冬季森林防火演练',
      '',
      '发布时间：2023-11-02 09:00',
      '',
      '11月1日，西山乡组织扑火队开展森林防火实战演练。',
    ];
    const { articles } = normalizeText([page, '', ...second].join('\n'));
    expect(articles.map((a) => a.title)).toEqual(['东河镇举办农民丰收节', '西山乡开展冬季森林防火演练']);
  });

  it('takes out markup left on the page: it titles nothing', () => {
    const copied = ['<option id="k2x"><cite id="k2x"></cite></option>', '', page].join('\n');
    expect(normalizeText(copied).articles.map((a) => a.title)).toEqual(['东河镇举办农民丰收节']);
  });
});
