// Stable addresses: an article's id depends on its file and its own headline, and an id that
// changes anyway is redirected through the address book (content/redirects.json).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressProblems, updateAddressBook, type AddressBook } from '../src/archive/addresses.ts';
import { articleIds, headlineSlug } from '../src/normalize/article-id.ts';
import { normalizeText } from './helpers.ts';

const REPORT_A = `我县召开春季农业生产工作会议

3月14日，沭阳县召开春季农业生产工作会议，总结去年农业农村工作，安排部署今年春耕生产。会议指出，要全力抓好粮食生产，确保粮食面积稳中有增。
`;
const REPORT_B = `沭阳县开展植树造林活动

3月12日，沭阳县四套班子领导与机关干部一起参加义务植树活动，共栽下苗木三千余株。大家分工协作，挖坑、扶苗、培土、浇水，干劲十足。
`;
const REPORT_NEW = `沭阳县举办春季招聘会

3月10日，沭阳县在人力资源市场举办春季招聘会，两百余家企业提供岗位五千多个，现场达成就业意向一千余人。
`;

describe('article ids', () => {
  it('are the file stem and the headline in pinyin, cut to a few words', () => {
    expect(headlineSlug('林甸县人民法院 开展“五问五答” 打造满意“窗口”')).toBe('lindianxian-renminfayuan');
    expect(headlineSlug('2021年山西省经济工作综述')).toBe('2021-nian-shanxisheng-jingji');
    expect(articleIds('shuyang', [{ title: '我县召开春季农业生产工作会议', date: null }])).toEqual([
      'shuyang-wo-xian-zhaokai-chunji',
    ]);
  });

  it('tell apart headlines that share their first words, then dates, then order', () => {
    const ids = articleIds('f', [
      { title: '开展“五星级”乡村党组织初次评定交叉互检', date: null },
      { title: '开展“五星级”乡村党组织初次评定', date: null },
      { title: '会议召开', date: '2022-01-05' },
      { title: '会议召开', date: '2022-02-07' },
      { title: '简讯', date: null },
      { title: '简讯', date: null },
    ]);
    expect(ids[0]).toMatch(/^f-kaizhan-wuxingji-xiangcun-[0-9a-f]{4}$/);
    expect(ids[1]).toMatch(/^f-kaizhan-wuxingji-xiangcun-[0-9a-f]{4}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids.slice(2)).toEqual(['f-huiyi-zhaokai-20220105', 'f-huiyi-zhaokai-20220207', 'f-jianxun', 'f-jianxun-2']);
  });

  it('survive adding an article above them in their file', () => {
    const before = normalizeText(`${REPORT_A}\n${REPORT_B}`, 'content/clippings/沭阳 县 新闻.txt');
    const after = normalizeText(`${REPORT_NEW}\n${REPORT_A}\n${REPORT_B}`, 'content/clippings/沭阳 县 新闻.txt');
    expect(before.articles.map((a) => a.title)).toEqual(['我县召开春季农业生产工作会议', '沭阳县开展植树造林活动']);
    expect(after.articles).toHaveLength(3);
    expect(after.articles.slice(1).map((a) => a.id)).toEqual(before.articles.map((a) => a.id));
    expect(before.articles[0]!.id).toBe('shu-yang-xian-xin-wen-wo-xian-zhaokai-chunji');
  });
});

describe('the address book', () => {
  const article = (id: string, title: string, opening: string) => ({
    ...normalizeText(`${title}\n\n${opening}\n`).articles[0]!,
    id,
    title,
  });

  it('redirects an id that changed to the same article now, and follows older redirects', () => {
    const old = article('f-huiyi', '会议召开', '3月14日，沭阳县召开春季农业生产工作会议。');
    const book: AddressBook = { redirects: { 'f-01': 'f-huiyi' }, published: {} };
    const first = updateAddressBook(book, [old]);
    expect(first.moved).toEqual([]);
    // a better reading gives the same article a fuller headline, and a new id
    const renamed = article('f-chunji-huiyi', '春季农业生产工作会议召开', '3月14日，沭阳县召开春季农业生产工作会议。');
    const next = updateAddressBook(first.book, [renamed]);
    expect(next.moved).toEqual([['f-huiyi', 'f-chunji-huiyi']]);
    expect(next.book.redirects).toEqual({ 'f-01': 'f-chunji-huiyi', 'f-huiyi': 'f-chunji-huiyi' });
    expect(Object.keys(next.book.published)).toEqual(['f-chunji-huiyi']);
  });

  it('warns about a published address that is neither made nor redirected', () => {
    const old = article('f-huiyi', '会议召开', '3月14日，沭阳县召开春季农业生产工作会议。');
    const { book } = updateAddressBook({ redirects: {}, published: {} }, [old]);
    const renamed = { ...old, id: 'f-other' };
    expect(addressProblems(book, [renamed]).map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringMatching(/\/articles\/f-huiyi\/ is no longer made .*npx jianbao addresses/)],
    ]);
    expect(addressProblems(updateAddressBook(book, [renamed]).book, [renamed])).toEqual([]);
  });
});

describe('npx jianbao addresses', () => {
  it('records the published ids, then redirects the one a new headline moved', { timeout: 120_000 }, () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-addresses-'));
    fs.mkdirSync(path.join(root, 'content', 'clippings'), { recursive: true });
    const clipping = path.join(root, 'content', 'clippings', '沭阳.txt');
    const run = () =>
      spawnSync(process.execPath, [path.resolve('bin/jianbao.mjs'), 'addresses'], { cwd: root, encoding: 'utf8' });
    fs.writeFileSync(clipping, `${REPORT_A}\n${REPORT_B}`);
    expect(run().status).toBe(0);
    const book = () => JSON.parse(fs.readFileSync(path.join(root, 'content', 'redirects.json'), 'utf8'));
    const before = Object.keys(book().published).sort();
    expect(before).toEqual(['shu-yang-shuyangxian-kaizhan', 'shu-yang-wo-xian-zhaokai-chunji']);
    // a fuller headline for the first report: a new id, and its old address redirects
    fs.writeFileSync(clipping, `${REPORT_A.replace('我县召开', '沭阳县召开')}\n${REPORT_B}`);
    const second = run();
    expect(second.stdout).toContain(
      '/articles/shu-yang-wo-xian-zhaokai-chunji/ → /articles/shu-yang-shuyangxian-zhaokai-chunji/',
    );
    expect(book().redirects).toEqual({ 'shu-yang-wo-xian-zhaokai-chunji': 'shu-yang-shuyangxian-zhaokai-chunji' });
  });
});
