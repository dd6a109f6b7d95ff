// Describe: a handful of keywords from nodejieba's TF-IDF, without the words every report in
// this genre uses (工作, 发展, 建设…), which would make every article "related" to every other.
import nodejieba from 'nodejieba';

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

export function keywordsOf(title: string, paragraphs: string[], count = 6): string[] {
  const text = `${title}。${title}。${paragraphs.join('\n')}`;
  return nodejieba
    .extract(text, count * 4)
    .map((k) => k.word)
    .filter((w) => w.length >= 2 && !GENRE_STOP_WORDS.has(w) && !/^[\d.%]+$/u.test(w) && /\p{Script=Han}/u.test(w))
    .slice(0, count);
}
