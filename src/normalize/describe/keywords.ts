// Describe: a handful of keywords from nodejieba's TF-IDF, without the words every report in
// this genre uses (工作, 发展, 建设…), which would make every article "related" to every other.
// jieba's segmentation is most of the normaliser's time and grows with the text, so keywords
// are read from the title and the body's opening only, up to KEYWORD_BODY_BUDGET characters.
import nodejieba from 'nodejieba';

/**
 * Characters of body read for keywords. Measured by scripts/bench/keywords-eval.ts against the
 * whole body (share of related-article lists, src/site/related.ts, agreeing in ≥ 4 of 5):
 * seeds 0.35 / 0.47 / 0.59 / 0.97 at 1,000 / 1,500 / 2,000 / 3,000 characters; the generated
 * archive 0.15 / 0.68 / 0.95 / 1.00. Lists hang on a few rare words, so cutting any article
 * much shorter re-ranks its neighbours' lists too (seeds at 2,000: only 32% of articles cut, yet
 * 41% of lists change). At 3,000 the long seed surveys (18% of seed articles) keep their
 * subject — 达州创建全国文明城市工作综述, 5,827 characters, keeps 创建 文明城市 文明 测评 点位
 * and gains 达州 for 宣传 — and 96% of first related articles are unchanged. So it bounds the
 * cost of a very long piece rather than speeding up a typical one (no generated or
 * eval-layouts article is that long); a lower budget would be faster but re-rank the lists.
 */
export const KEYWORD_BODY_BUDGET = 3000;

const GENRE_STOP_WORDS = new Set([
  '工作',
  '发展',
  '建设',
  '推进',
  '推动',
  '开展',
  '加强',
  '全面',
  '坚持',
  '落实',
  '实施',
  '提升',
  '进一步',
  '不断',
  '深入',
  '积极',
  '重要',
  '全市',
  '全县',
  '全区',
  '全省',
  '我们',
  '他们',
  '一个',
  '目前',
  '今年',
  '记者',
  '本报讯',
  '同时',
  '通过',
  '以来',
  '进行',
  '相关',
  '活动',
  '情况',
  '方面',
  '问题',
  '持续',
  '有效',
  '扎实',
  '高质量',
  '体系',
  '机制',
  '能力',
  '作风',
  '服务',
  '群众',
]);

/** what jieba reads for an article's keywords: the title twice (it weighs more), then the body's opening */
export const keywordText = (title: string, paragraphs: string[], budget = KEYWORD_BODY_BUDGET): string =>
  `${title}。${title}。${opening(paragraphs, budget)}`;

export function keywordsOf(title: string, paragraphs: string[], count = 6, budget = KEYWORD_BODY_BUDGET): string[] {
  const text = keywordText(title, paragraphs, budget);
  return nodejieba
    .extract(text, count * 4)
    .map((k) => k.word)
    .filter(worthKeeping)
    .slice(0, count);
}

/** a keyword worth keeping: two characters or more, Chinese, no figure, not a word of the genre */
export const worthKeeping = (w: string): boolean =>
  w.length >= 2 && !GENRE_STOP_WORDS.has(w) && !/^[\d.%]+$/u.test(w) && /\p{Script=Han}/u.test(w);

/** the body's opening `budget` characters, cut at the end of a sentence inside it where there is one */
export function opening(paragraphs: string[], budget: number): string {
  const body = paragraphs.join('\n');
  if (body.length <= budget) return body;
  const cut = body.slice(0, budget);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'), cut.lastIndexOf('\n'));
  return end > budget / 2 ? cut.slice(0, end + 1) : cut;
}
