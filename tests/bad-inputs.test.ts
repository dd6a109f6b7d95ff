// An editor's awkward day, end to end: a folder of clippings in every encoding, empty and
// binary files, invalid front matter and overrides, markup in the text, a clipping saved twice
// under another name, a report reprinted by another paper, a 1 MB single line, file names with
// spaces and Chinese. `check` gives each its message; no text of the good clippings is lost;
// the build fails on the bad ones, and builds the good ones byte-identically twice.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadClippings } from '../src/clippings.ts';
import { charBag } from './helpers.ts';

const FAIR = `海门区举办春季招聘会

本报讯（记者 陈静）3月8日，海门区春季招聘会在区人力资源市场举行。两百余家企业提供就业岗位五千多个，涵盖机械制造、电子信息、现代服务等行业，一千余名求职者达成初步就业意向。
`;
const BRIDGE = `启东大桥主体工程完工

本报讯（通讯员 刘军）4月2日，启东大桥主体工程顺利完工。大桥全长三公里，双向六车道，建成后两岸通行时间由四十分钟缩短至五分钟，施工单位比计划提前两个月完成主体施工。
`;
const TREES = `如东县开展植树造林活动

本报讯（记者 张伟）3月12日，如东县四套班子领导与机关干部一起参加义务植树活动，共栽下苗木三千余株。近年来，如东县持续推进沿海防护林建设，全县林木覆盖率达到百分之二十五。
`;
const PAGE = `---\nsource: 南通日报\ndate: 2024-03-08\n---\n${FAIR}\n${BRIDGE}`;
/** a 1 MB line of text copied without line breaks: sentences that differ by their numbers */
const HUGE = Array.from(
  { length: 25_000 },
  (_, k) => `盱眙县第${k + 1}个龙虾养殖基地今年新增水面${(k % 97) + 3}亩，带动${(k % 13) + 2}户群众增收。`,
).join('');

/** the good files: each must build, and its text must all be published */
const GOOD: Record<string, Buffer> = {
  '南通日报 2024-03-08.txt': Buffer.from(PAGE),
  'gbk page.txt': iconv.encode(
    '沭阳县召开春季农业生产工作会议\n\n3月14日，沭阳县召开春季农业生产工作会议，总结去年农业农村工作，安排部署今年春耕生产。会议要求全力抓好粮食生产，确保粮食面积稳中有增。\n',
    'gb18030',
  ),
  'utf16.txt': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    iconv.encode(
      '泗阳县重点项目集中开工\n\n本报讯 3月2日，泗阳县举行重点项目集中开工仪式，十八个项目总投资六十亿元，涉及新能源、食品加工和城市更新。\n',
      'utf16le',
    ),
  ]),
  'big5 繁體.txt': iconv.encode(
    '同江市舉行慶祝建市七十五周年大會\n\n本報訊 3月5日，同江市舉行慶祝建市七十五周年大會，全市各界代表參加會議。會議回顧了建市以來的發展歷程。\n',
    'big5',
  ),
  'crlf.txt': Buffer.from(
    '宿豫区推进城乡环境整治\r\n\r\n本报讯 3月9日，宿豫区召开城乡环境整治推进会，部署农村生活垃圾分类和河道清淤工作，要求六月底前完成全部村庄的整治任务。\r\n',
  ),
  'markup.txt': Buffer.from(
    `洪泽区举办<script>alert(1)</script>读书节\n\n本报讯 4月23日，洪泽区举办“书香洪泽”读书节，[点击查看](javascript:alert(1)) 活动持续一个月，<b>全区</b>各图书馆同步开展阅读推广活动，一千余名读者参加。\n`,
  ),
  'suqian daily.txt': Buffer.from(`---\nsource: 宿迁日报\ndate: 2024-03-12\n---\n${TREES}`),
  '新华日报 转载.txt': Buffer.from(
    `---\nsource: 新华日报\ndate: 2024-03-13\n---\n${BRIDGE.replace('启东', '泗洪').replace('启东', '泗洪')}\n${TREES}`,
  ),
  'huge line.txt': Buffer.from(`${HUGE}\n`),
};
/** each bad file and the error `check` must give it */
const BAD: Record<string, [Buffer, RegExp]> = {
  'empty.txt': [Buffer.alloc(0), /:1: error: no article text found/],
  'blank.txt': [Buffer.from('\n\n   \n'), /:1: error: no article text found/],
  'binary.txt': [crypto.createHash('sha512').update('x').digest(), /:\d+: error: not a text file/],
  'bad front matter.txt': [
    Buffer.from(`---\nsource: 南通日报\ndate: 2024-02-30\n---\n${TREES}`),
    /:3: error: front matter "date": no such day/,
  ],
  '坏的 覆盖.txt': [
    Buffer.from(`---\narticles:\n  - headline: 没有这篇文章\n    date: 2024-03-01\n---\n${FAIR}`),
    /:3: error: front matter "articles\[1\]": no article has the headline "没有这篇文章"/,
  ],
};

function folder(files: Record<string, Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-awkward-'));
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  return dir;
}
const jianbao = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('bin/jianbao.mjs'), ...args], { cwd, encoding: 'utf8' });

describe('an awkward archive', () => {
  const bad = Object.fromEntries(Object.entries(BAD).map(([name, [bytes]]) => [name, bytes]));
  const copy = { 'nantong copy 副本.txt': GOOD['南通日报 2024-03-08.txt']! };

  it('check gives every bad file its error and the duplicate its warning, and exits 1', { timeout: 300_000 }, () => {
    const dir = folder({ ...GOOD, ...bad, ...copy });
    const files = fs
      .readdirSync(dir)
      .sort()
      .map((f) => path.join(dir, f));
    const run = jianbao(dir, 'check', ...files);
    expect(run.status).toBe(1);
    for (const [name, [, message]] of Object.entries(BAD)) {
      const mine = run.stdout.split('\n').filter((l) => l.includes(`${name}:`));
      expect(mine, name).toContainEqual(expect.stringMatching(message));
    }
    const errors = run.stdout.split('\n').filter((l) => / error: /.test(l));
    expect(errors.every((l) => Object.keys(BAD).some((name) => l.includes(`${name}:`)))).toBe(true);
    expect(run.stdout).toMatch(/南通日报 2024-03-08\.txt:1: warning: this clipping repeats .*nantong copy 副本\.txt/);
  });

  it(
    'publishes the duplicate once, links the reprint, and loses no text of the good clippings',
    { timeout: 300_000 },
    () => {
      const dir = folder({ ...GOOD, ...copy });
      const files = fs
        .readdirSync(dir)
        .sort()
        .map((f) => path.join(dir, f));
      const all = loadClippings(files);
      const alone = Object.keys(GOOD)
        .filter((name) => name !== '南通日报 2024-03-08.txt')
        .flatMap((name) => loadClippings([path.join(dir, name)]).articles);
      const withCopy = loadClippings([path.join(dir, 'nantong copy 副本.txt')]).articles;
      expect(charBag(all.articles.flatMap((a) => a.paragraphs))).toBe(
        charBag([...alone, ...withCopy].flatMap((a) => a.paragraphs)),
      );
      const reprinted = all.articles.filter((a) => a.title === '如东县开展植树造林活动');
      expect(reprinted.map((a) => [a.source, a.reprints!.map((r) => r.source)]).sort()).toEqual([
        ['宿迁日报', ['新华日报']],
        ['新华日报', ['宿迁日报']],
      ]);
      expect(new Set(all.articles.map((a) => a.id)).size).toBe(all.articles.length);
    },
  );
});

describe('the build of an awkward archive', () => {
  // a copy of the project whose content/ is the awkward folder
  function project(files: Record<string, Buffer>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-build-'));
    // the code copied (Vite follows no symlinked sources), the modules linked
    for (const entry of ['src', 'bin', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
      fs.cpSync(path.resolve(entry), path.join(root, entry), { recursive: true });
    fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
    fs.mkdirSync(path.join(root, 'content'));
    fs.renameSync(folder(files), path.join(root, 'content', 'clippings'));
    return root;
  }
  const build = (root: string) =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, encoding: 'utf8' });
  const tree = (dir: string): Record<string, string> =>
    Object.fromEntries(
      (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
        .sort()
        .map((f) => [
          f,
          crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(dir, f)))
            .digest('hex'),
        ]),
    );

  it('fails on the bad files, naming each', { timeout: 300_000 }, () => {
    const root = project({ ...GOOD, 'binary.txt': BAD['binary.txt']![0], 'empty.txt': BAD['empty.txt']![0] });
    const run = build(root);
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toMatch(/binary\.txt:\d+: error: not a text file/);
    expect(output).toMatch(/empty\.txt:1: error: no article text found/);
  });

  it('builds the good files byte-identically twice', { timeout: 600_000 }, () => {
    const root = project({ ...GOOD, 'nantong copy 副本.txt': GOOD['南通日报 2024-03-08.txt']! });
    expect(build(root).status).toBe(0);
    const first = tree(path.join(root, 'dist'));
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    expect(build(root).status).toBe(0);
    expect(tree(path.join(root, 'dist'))).toEqual(first);
    expect(Object.keys(first).filter((f) => f.startsWith('articles/')).length).toBeGreaterThan(8);
    // markup in the text is printed as text, never run
    const pages = Object.keys(first).filter((f) => /^articles\/.*index\.html$/.test(f));
    const html = pages
      .map((f) => fs.readFileSync(path.join(root, 'dist', f), 'utf8'))
      .find((h) => h.includes('书香洪泽'));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // (inside a quoted attribute value, such as og:title, `<` is text too)
    expect(html!.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)');
  });
});
