// Duplicate clippings and reprints across the archive (src/archive/reprints.ts, similar.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { candidatePairs, jaccard, shingles, signature, wordText } from '../src/archive/similar.ts';
import { loadClippings } from '../src/clippings.ts';
import { charBag } from './helpers.ts';

const HARVEST = `沭阳县夏粮喜获丰收

本报讯（记者 陈静）6月12日，沭阳县夏粮收购工作全面展开。今年全县小麦种植面积一百二十万亩，单产比去年提高百分之五，总产量创历史新高。县农业农村局组织农机手连续作业，确保颗粒归仓。全县设立收购网点八十个，实行敞开收购，农民售粮排队时间明显缩短，种粮积极性进一步提高。
`;
// the same report as a second paper printed it: its own headline, lead and a cut sentence
const HARVEST_REPRINT = `小麦单产创新高 沭阳夏粮丰收

6月12日，沭阳县夏粮收购工作全面展开。今年全县小麦种植面积一百二十万亩，单产比去年提高百分之五，总产量创历史新高。县农业农村局组织农机手连续作业，确保颗粒归仓。全县设立收购网点八十个，实行敞开收购，农民售粮排队时间明显缩短。
`;
const FAIR = `海门区举办春季招聘会

本报讯（记者 王海）3月8日，海门区春季招聘会在区人力资源市场举行。两百余家企业提供就业岗位五千多个，涵盖机械制造、电子信息、现代服务等行业。现场设立政策咨询、技能培训报名等服务台，一千余名求职者达成初步就业意向，其中高校毕业生占三成。
`;
const BRIDGE = `启东大桥主体工程完工

本报讯（通讯员 刘军）4月2日，启东大桥主体工程顺利完工。大桥全长三公里，双向六车道，建成后两岸通行时间由四十分钟缩短至五分钟。施工单位克服潮汐影响，采用预制拼装工艺，比计划提前两个月完成主体施工，下一步将进行桥面铺装和交通设施安装。
`;
const TREES = `如东县开展植树造林活动

本报讯（记者 张伟）3月12日，如东县四套班子领导与机关干部一起参加义务植树活动，共栽下苗木三千余株。近年来，如东县持续推进沿海防护林建设，全县林木覆盖率达到百分之二十五，生态环境持续改善，群众获得感不断增强。
`;

function archive(files: Record<string, string | Buffer>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-reprints-'));
  return Object.entries(files).map(([name, text]) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  });
}

describe('shingles and MinHash', () => {
  it.each([
    ['二〇二三年，县里举办“乡村振兴·共同富裕”论坛。', '二〇二三年县里举办乡村振兴共同富裕论坛'],
    ['时时々刻刻, 2023 A·B', '时时々刻刻2023AB'],
  ])('compare letters and digits only, one definition for shingles and same texts: %s', (text, words) => {
    expect(wordText(text)).toBe(words);
  });

  it('measure the phrases two texts share, and the signature agrees with it', () => {
    const a = shingles(wordText(HARVEST));
    const b = shingles(wordText(HARVEST_REPRINT));
    const c = shingles(wordText(FAIR));
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, b)).toBeGreaterThan(0.6);
    expect(jaccard(a, c)).toBeLessThan(0.05);
    const agree = (x: Uint32Array, y: Uint32Array) => {
      const [s, t] = [signature(x), signature(y)];
      return s.filter((v, k) => v === t[k]).length / s.length;
    };
    expect(Math.abs(agree(a, b) - jaccard(a, b))).toBeLessThan(0.15);
    expect(agree(a, c)).toBeLessThan(0.1);
  });

  it('bands bring the reprint together and leave unrelated texts apart, and never pair a file with itself', () => {
    const sigs = [HARVEST, FAIR, HARVEST_REPRINT, BRIDGE, TREES].map((t) => signature(shingles(wordText(t))));
    expect(candidatePairs(sigs, [0, 0, 1, 1, 2])).toEqual([[0, 2]]);
    expect(candidatePairs(sigs, [0, 0, 0, 1, 2])).toEqual([]);
  });
});

describe('across the archive', () => {
  it('a clipping saved again under another name (and another encoding) is a warning naming both; published once', () => {
    const page = `---\nsource: 南通日报\ndate: 2024-03-08\n---\n${FAIR}\n${BRIDGE}`;
    const files = archive({
      '南通日报 2024-03-08.txt': page,
      'nantong copy.txt': iconv.encode(page.replace(/\n/g, '\r\n'), 'gb18030'),
      'harvest.txt': HARVEST,
    });
    const result = loadClippings(files);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warning = result.problems.filter((p) => /repeats/.test(p.message));
    expect(warning).toHaveLength(1);
    expect(warning[0]!.file).toMatch(/南通日报 2024-03-08\.txt$/);
    expect(warning[0]!.message).toMatch(/this clipping repeats .*nantong copy\.txt: every article in it is also there/);
    expect(result.articles.map((a) => path.basename(a.sourceFile))).toEqual([
      'nantong copy.txt',
      'nantong copy.txt',
      'harvest.txt',
    ]);
    // no text of the other clippings is lost
    const alone = loadClippings([files[1]!, files[2]!]);
    expect(charBag(result.articles.flatMap((a) => a.paragraphs))).toBe(
      charBag(alone.articles.flatMap((a) => a.paragraphs)),
    );
  });

  it('an article reprinted in another clipping is kept in both, each listing the other with source and date', () => {
    const files = archive({
      'suqian.txt': `---\nsource: 宿迁日报\ndate: 2024-06-12\n---\n${HARVEST}\n${TREES}`,
      'xinhua.txt': `---\nsource: 新华日报\ndate: 2024-06-13\n---\n${FAIR}\n${HARVEST_REPRINT}`,
    });
    const { articles, problems } = loadClippings(files);
    expect(problems.filter((p) => /repeats/.test(p.message))).toEqual([]);
    expect(articles).toHaveLength(4);
    const original = articles.find((a) => a.title === '沭阳县夏粮喜获丰收')!;
    const reprint = articles.find((a) => a.title === '小麦单产创新高 沭阳夏粮丰收')!;
    expect(original.reprints).toEqual([
      { id: reprint.id, title: reprint.title, source: '新华日报', date: '2024-06-13', sourceFile: reprint.sourceFile },
    ]);
    expect(reprint.reprints).toEqual([
      {
        id: original.id,
        title: original.title,
        source: '宿迁日报',
        date: '2024-06-12',
        sourceFile: original.sourceFile,
      },
    ]);
    expect(articles.filter((a) => a !== original && a !== reprint).every((a) => a.reprints!.length === 0)).toBe(true);
  });
});
