// A web page's furniture: widget names and navigation bars. The recogniser turns most lines away
// by a cheap test before its patterns (web-furniture.ts: MORE_THAN_A_WIDGET_WORD, SEPARATOR_CHAR),
// so every widget word and every separator the patterns know has a row here: a word or a
// separator added to a pattern and not to its pre-filter fails its row.
import { describe, expect, it } from 'vitest';
import { webFurnitureKind } from '../../src/normalize/recognise/web-furniture.ts';

const WIDGET_WORDS = [
  ...['字号', '打印', '关闭', '收藏', '分享', '返回顶部', '返回', '站内检索', '站内搜索', '搜索', '登录', '注册'],
  ...['听新闻', '微信公众号', '官方微博', '上篇', '上篇：', '下篇:', '二维码', '扫一扫关注', '目录', '正文'],
  ...['导读', '相关推荐', '相关文章推荐', '我的订阅', 'RSS', 'EN', 'English'],
];

describe('web furniture', () => {
  it.each(WIDGET_WORDS)('a widget named alone, plain, letter-spaced or bracketed: %s', (word) => {
    for (const line of [word, [...word].join(' '), `【${word}】`, `• ${word}`])
      expect(webFurnitureKind(line), line).toBe('counter');
  });

  it.each(['|', '｜', '丨', '>', '»', '＞', '/', '·', '•', '›', '→', '->', '>>', ' ', '\u3000'])(
    'a navigation bar set apart by %j',
    (separator) => {
      expect(webFurnitureKind(['要闻', '城市远洋', '原创', '视频'].join(` ${separator} `))).toBe('navigation');
      expect(webFurnitureKind(['首页', '新闻中心', '要闻', '正文'].join(separator))).toBe('navigation');
    },
  );

  it.each(['全县干部群众参加了当天的活动。', '打印机采购项目公示', '要闻：城市远洋原创视频'])(
    'a line of text is no furniture: %s',
    (line) => expect(webFurnitureKind(line)).toBeNull(),
  );
});
