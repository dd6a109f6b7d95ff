// The splitter's structural rules on small pages written for the purpose: what a headline can
// carry over its report's news lead, and which lines of a headline stack are kicker and title.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../helpers.ts';

const BODY = '双方将在农产品销售、技术培训等方面继续深化合作，让更多农户受益。';

describe('a headline over its lead, with a preamble between', () => {
  it.each([
    ['a photo caption signed by its photographer', '菜籽油已装车，准备运往县城。通讯员李四摄'],
    ['a short one-sentence caption', '县领导考察示范村。'],
    ['a standfirst the lead repeats', '2023年是全面推进乡村振兴的关键之年，全县各项工作取得新进展。'],
  ])('keeps %s with its report', (_, preamble) => {
    const text = [
      '节前对口帮扶 消费助农增收',
      preamble,
      '城关日报讯（记者 王五）2023年是全面推进乡村振兴的关键之年，驻村工作队组织村民将农产品销往城区。',
      BODY,
    ].join('\n\n');
    const { articles } = normalizeText(text);
    expect(articles.map((a) => a.title)).toEqual(['节前对口帮扶 消费助农增收']);
  });

  it('still opens a new report at a lead after a paragraph of text', () => {
    const text = [
      '县里召开春耕生产调度会',
      '3月2日，县里召开春耕生产调度会，部署全县春耕备耕工作，要求各乡镇抓好农资供应和技术服务。',
      '城关日报讯（记者 王五）3月5日，城关镇组织农技人员深入田间，指导农户开展春耕备耕。',
      BODY,
    ].join('\n\n');
    expect(normalizeText(text).articles).toHaveLength(2);
  });
});

describe('a headline stack: kicker, title, subtitle', () => {
  const under = (head: string[]) =>
    [head.join('\n'), '3月2日，城关镇召开春耕生产调度会，部署全镇春耕备耕工作。', BODY].join('\n\n');
  it.each([
    // a slogan of parallel phrases as long as the title
    [['奋进新征程 建功新时代', '全力做好防汛工作', '——干部群众齐心协力'], '全力做好防汛工作'],
    // a column label as long as the title, and one longer than it
    [['县域新闻', '春耕简报', '——记者实地探访'], '春耕简报'],
    [['聚焦基层一线', '简讯', '——来自基层一线的报道'], '简讯'],
    // a four-line stack: kicker, the title in two lines, subtitle
    [['关注民生', '深入田间地头', '督导秸秆禁烧管控', '——记者实地探访'], '深入田间地头督导秸秆禁烧管控'],
    // a title in two lines with no kicker stays whole
    [['深入田间地头', '督导秸秆禁烧管控'], '深入田间地头督导秸秆禁烧管控'],
  ])('%j → %s', (head, title) => {
    const [article] = normalizeText(under(head)).articles;
    expect(article?.title.replace(/\s+/gu, '')).toBe(title);
  });
});

describe('a head after a long report', () => {
  const report = [
    '城关镇举办农民丰收节',
    '9月23日，城关镇第三届农民丰收节在镇文化广场开幕，来自全镇的二百多户农民带来了自家的农产品。',
    '活动现场人头攒动，村民们一边选购，一边交流种植经验，不少外地游客也赶来凑热闹。',
    '丰收节期间，镇里还组织了农技讲座和文艺演出，吸引了上千名群众参加。',
    '据了解，今年全镇粮食总产量预计比去年增长一成，农民人均收入稳步提高。',
  ];
  it('opens a report at a headline with its subtitle on the same line', () => {
    const head = '让乡村与城市结成“发展伙伴” ——城关镇驻村第一书记的一份振兴答卷';
    const text = [...report, head, '城关镇是全县的农业大镇，也是城乡融合发展的试点镇。', BODY].join('\n\n');
    expect(normalizeText(text).articles.map((a) => a.title)).toEqual(['城关镇举办农民丰收节', head]);
  });
});

describe("a web copy's page fields around its report", () => {
  const LEAD = '本报讯（记者 王五）9月2日，县政协组织部分委员视察城区基础设施建设提升项目。';
  it.each([
    ['an edition field over the headline', ['当前版：02版本期发布：', '县政协视察基础设施建设项目', LEAD, BODY]],
    [
      'a field between the headline and the lead',
      ['县政协视察基础设施建设项目', '版面：第03B版：社会·民生', LEAD, BODY],
    ],
    [
      'a title field printed after the text',
      [LEAD, BODY, '标题：县政协视察基础设施建设项目', '地址：http://example.cn/xw/1.html'],
    ],
  ])('%s: one report under its headline', (_, blocks) => {
    const { articles } = normalizeText(blocks.join('\n\n'));
    expect(articles.map((a) => a.title)).toEqual(['县政协视察基础设施建设项目']);
  });
});

describe("a speaker's words as a headline", () => {
  it('heads a report of its own, though it runs in clauses the evidence does not weigh', () => {
    const text = [
      '县里召开春耕生产调度会',
      '3月2日，县里召开春耕生产调度会，部署全县春耕备耕工作，要求各乡镇抓好农资供应和技术服务。',
      '王明：一个村要走在发展前列，就一刻不能没有产业，一刻不能没有好班子',
      '马克思主义之所以行，就在于党不断推进马克思主义中国化时代化。',
      BODY,
    ].join('\n\n');
    const titles = normalizeText(text).articles.map((a) => a.title);
    expect(titles).toEqual([
      '县里召开春耕生产调度会',
      '王明：一个村要走在发展前列，就一刻不能没有产业，一刻不能没有好班子',
    ]);
  });
});
