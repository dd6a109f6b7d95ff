// The layout evaluation's own logic: layouts keep every character, the scoring counts right on
// hand-made cases. (The evaluation itself runs on the corpus: npm run eval:layouts.)
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, type Report } from '../scripts/layouts/corpus.ts';
import { layOut, LAYOUTS, printsDate, setParagraphs, type PlacedReport } from '../scripts/layouts/generate.ts';
import { compareText, scoreDate, scoreFile, scorePlace, splitDropped } from '../scripts/layouts/score.ts';
import { letters, toFullWidth, wrapParagraph } from '../scripts/layouts/text.ts';

const PARAS = [
  '3月5日上午，县长王明到新河镇调研春耕生产。县农业农村局负责人参加。',
  '王明指出，要抓好春耕备耕，确保粮食稳产增收。',
];
const report = (key: number, over: Partial<Report> = {}): Report => ({
  key,
  title: '王明到新河镇调研春耕生产',
  paragraphs: PARAS,
  webText: `首页 > 本地新闻\n王明到新河镇调研春耕生产\n发布时间:2023-03-05\n${PARAS.join('\n')}`,
  date: '2023-03-05',
  place: '新河县',
  province: '河北省',
  ...over,
});
const placed = (printed: string[], reference = printed, garbledAt = printed.map(() => new Set<number>())) =>
  ({ report: report(1), headline: null, printed, reference, garbledAt, expectedDate: null }) as PlacedReport;

describe('laying out', () => {
  it('keeps every character of the body in each paragraph style', () => {
    for (const style of ['blocks', 'indented', 'wrapped', 'wrapped-indented', 'wrapped-spaced'] as const) {
      expect(letters(setParagraphs(PARAS, style, 13))).toBe(letters(PARAS.join('')));
    }
  });

  it('wraps at the column width, the indent taking part of the first line', () => {
    expect(wrapParagraph('一二三四五六七八九十', 4, '　　')).toEqual(['　　一二', '三四五六', '七八九十']);
  });

  it('gives the same files for the same seed and other files for another', () => {
    const reports = [1, 2, 3, 4, 5, 6].map((k) => report(k, { paragraphs: [...PARAS, `第${k}段。`] }));
    const wrapped = LAYOUTS.find((l) => l.name === 'running-headers')!;
    const text = (seed: number) => layOut(wrapped, reports, seed).map((f) => f.text);
    expect(text(7)).toEqual(text(7));
    expect(text(7)).not.toEqual(text(8));
  });

  it('expects the labelled date only where the file prints it as precisely', () => {
    expect(printsDate('2022年10月14日，县长主持召开常务会议。', '2022-10-14')).toBe(true);
    expect(printsDate('发布时间：2022-10-20 19:15', '2022-10-20')).toBe(true);
    expect(printsDate('2022年10月14日，县长主持召开常务会议。', '2022-10-20')).toBe(false);
    expect(printsDate('2014年进城务工人员就业需求', '2014-02')).toBe(false);
    expect(printsDate('2014年进城务工人员就业需求', '2014')).toBe(true);
    // a day without its year, and the year in the same sentence, even wrapped across lines
    expect(printsDate('3月11日，我县举行20\n20年第一批重点项目开工仪式。', '2020-03-11')).toBe(true);
    expect(printsDate('3月11日，我县举行开工仪式。2020年全县计划开工项目50个。', '2020-03-11')).toBe(false);
    expect(printsDate('2019年3月11日，我县举行2020年开工仪式。', '2020-03-11')).toBe(false);
    // a full date broken across lines by a column wrap
    expect(printsDate('县里消息2\n013年5月22日，州领导到县里调研。', '2013-05-22')).toBe(true);
  });

  it.each([
    ['为满足2014年务工人员就业需求，县里计划在2月份组织招聘。', '2014-02', true],
    ['◆9月24日，县里举办2023年迎国庆篮球赛。', '2023-09', true],
    ['2023年全县完成投资。2月份，县里组织招聘。', '2023-02', false],
    ['为满足2014年务工人员就业需求，县里计划组织招聘。', '2014-02', false],
  ])('counts a month printed with its year in one sentence: %s → %s', (text, iso, printed) => {
    expect(printsDate(text, iso)).toBe(printed);
  });

  it('carries the masthead date to every report on the page', () => {
    const masthead = LAYOUTS.find((l) => l.name === 'masthead')!;
    const [file] = layOut(masthead, [report(1), report(2), report(3)], 3);
    const printed = file!.text.match(/(\d{4})年(\d+)月(\d+)日/)!;
    const iso = `${printed[1]}-${printed[2]!.padStart(2, '0')}-${printed[3]!.padStart(2, '0')}`;
    expect(file!.reports.map((r) => r.expectedDate)).toEqual([iso, iso, iso]);
  });
});

describe('reading the corpus', () => {
  it('prints full-width marks where the corpus stores ASCII next to Chinese', () => {
    expect(toFullWidth('昨天(22日)下午,县委书记调研:共3,000亩!')).toBe('昨天（22日）下午，县委书记调研：共3,000亩！');
  });

  it('takes the prose after the headline, not navigation, counters or notices', () => {
    const web = [
      '首页 > 新闻中心 > 本地要闻',
      '全县春耕生产有序推进',
      '发布时间:2023-03-05 09:41 点击数:128',
      '连日来,全县各乡镇抢抓农时,组织农户开展春耕生产。',
      '县农业农村局组织技术人员深入田间地头指导。 全县已完成春播面积3万亩。',
      '责任编辑:李华',
      '凡注明来源为本网的作品,版权均属本网所有,未经授权不得转载。',
      '上一篇:全县召开安全生产会议。',
    ].join('\n');
    expect(bodyParagraphs(web, '全县春耕生产有序推进')).toEqual([
      '连日来，全县各乡镇抢抓农时，组织农户开展春耕生产。',
      '县农业农村局组织技术人员深入田间地头指导。',
      '全县已完成春播面积3万亩。',
    ]);
  });

  it.each([
    ['县长出席。 会议要求抓好春耕。', ['县长出席。', '会议要求抓好春耕。']],
    ['他说：“要再上新台阶。” 会议要求抓好春耕。', ['他说：“要再上新台阶。”', '会议要求抓好春耕。']],
    ['此次全县“春风行动” 系列招聘会准备了岗位1500余个。', ['此次全县“春风行动” 系列招聘会准备了岗位1500余个。']],
  ])('splits paragraphs run together on one line only after a sentence: %s', (line, paragraphs) => {
    expect(bodyParagraphs(line, null)).toEqual(paragraphs);
  });
});

describe('scoring', () => {
  it('counts restored, missed and wrong marks and letters dropped', () => {
    // printed: 袁 at 2 garbled (for ，), 遥 at 8 garbled (for 。); the 袁 of 袁华 is a name
    const printed = ['县里袁袁华说要来遥'];
    const reference = ['县里，袁华说要来。'];
    const one = placed(printed, reference, [new Set([2, 8])]);
    // output: the first mark restored, the name's 袁 made a comma too, 说 dropped, 遥 left
    const got = compareText(one, '县里，，华要来遥');
    expect(got.punctuation).toEqual({ restored: 1, missed: 1, wrong: 1 });
    expect(got.dropped).toEqual(['说']);
  });

  it('aligns the printed text as it should read, so a restoration after a moved headline counts', () => {
    // printed: 野 (“) opens the paragraph, 袁 (，) and 遥 (。) and 冶 (”) follow; the headline
    // taken from the text stands above it in the output
    const printed = ['野草木蔓发袁春山可望遥冶'];
    const reference = ['“草木蔓发，春山可望。”'];
    const one = placed(printed, reference, [new Set([0, 5, 10, 11])]);
    const got = compareText(one, '草木蔓发春山可望\n“草木蔓发，春山可望。”');
    expect(got.punctuation).toEqual({ restored: 4, missed: 0, wrong: 0 });
    expect(got.dropped).toEqual([]);
  });

  it('counts a dropped run as removed when a correction records it, else as lost', () => {
    expect(splitDropped(['图为村民插秧', '推进'], '图为村民插秧。')).toEqual({
      removed: 6,
      marksRemoved: 0,
      lost: 2,
      lostText: '推进',
    });
    // a caption and its credit recorded apart; a headline moved before its body is not lost
    expect(splitDropped(['插秧记者王明摄', '春耕'], '图为村民插秧。\n记者 王明 摄', '春耕生产')).toEqual({
      removed: 7,
      marksRemoved: 0,
      lost: 0,
      lostText: '',
    });
  });

  it('places a single dropped letter by the letters printed around it', () => {
    // a summary and its paragraph, the paragraph removed as a duplicate: the diff matched most
    // of it to the summary and left `口` alone; printed between `海` and `市防` it is recorded
    const around = [{ before: '19时海', after: '市防灾' }];
    const duplicate = '10月4日19时，海口市防灾减灾救灾';
    expect(splitDropped(['口'], duplicate, '', [], around)).toMatchObject({ removed: 1, lost: 0 });
    // printed elsewhere (`海口` kept, `口` here between other letters): lost
    expect(splitDropped(['口'], duplicate, '', [], [{ before: '人民群', after: '众生命' }])).toMatchObject({
      removed: 0,
      lost: 1,
    });
  });

  it('does not count the garbled marks of a paragraph removed as a recorded duplicate as missed', () => {
    // printed twice, garbled: 袁 at 2 (，) and 遥 at 8 (。); the output keeps one copy, restored
    const printed = ['县里袁华说要来遥', '县里袁华说要来遥'];
    const reference = ['县里，华说要来。', '县里，华说要来。'];
    const twice = placed(printed, reference, [new Set([2, 7]), new Set([2, 7])]);
    const got = compareText(twice, '县里，华说要来。');
    expect(got.punctuation).toEqual({ restored: 2, missed: 2, wrong: 0 });
    expect(got.dropped).toEqual(['县里华说要来']);
    expect(got.marksIn).toEqual([2]);
    // recorded as a removed duplicate: its two marks are scored on the copy that stays
    expect(splitDropped(got.dropped, '县里，华说要来。', '', got.marksIn)).toMatchObject({ marksRemoved: 2, lost: 0 });
    // not recorded: lost, and its marks stay missed
    expect(splitDropped(got.dropped, '', '', got.marksIn)).toMatchObject({ marksRemoved: 0, lost: 6 });
  });

  it('scores a date as right, missing, wrong or extra, and one whose year is not printed as invented', () => {
    expect(scoreDate('2023-03-05', '2023-03-05', '2023年3月5日')).toEqual({ date: 'right', invented: false });
    expect(scoreDate('2023-03-05', null, '')).toEqual({ date: 'missing', invented: false });
    expect(scoreDate(null, '2024-03-08', '2024年3月8日 星期五')).toEqual({ date: 'extra', invented: false });
    expect(scoreDate('2023-03-05', '2019', '3月5日')).toEqual({ date: 'wrong', invented: true });
    expect(scoreDate(null, '2021', '庆祝建党100周年')).toEqual({ date: 'extra', invented: false });
    expect(scoreDate(null, '2021', '庆祝建党10\n0周年')).toEqual({ date: 'extra', invented: false });
    expect(scorePlace('新河县', '邢台市')).toBe('wrong');
    expect(scorePlace(null, '邢台市')).toBe('n/a');
  });

  it('finds two reports read as one article not whole', () => {
    const other = ['为保障群众饮水安全，县水利局对全县水源地开展专项检查。', '检查组共排查隐患十二处，均已整改。'];
    const a = report(1);
    const b = report(2, { title: '县水利局开展水源地专项检查', paragraphs: other });
    const twoAsOne = {
      layout: 'test',
      name: 'test.txt',
      // the second headline printed inside the first body's last paragraph, as one block
      text: `${a.title}\n\n${PARAS.join('\n\n')}${b.title}${other.join('')}\n`,
      reports: [a, b].map((r) => ({ ...placed(r.paragraphs), report: r, headline: r.title })),
      runningHeaders: [],
      duplicated: [],
    };
    const scored = scoreFile(twoAsOne);
    expect(scored.reports.map((r) => r.whole)).toEqual([false, false]);
    expect(scored.reports[0]!.lost).toBe(0);
  });
});
