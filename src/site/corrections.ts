/** Readers' names for the kinds of correction the normaliser records. */
const LABELS: Record<string, string> = {
  reflow: '合并断行',
  punctuation: '恢复标点',
  halfwidth: '全角标点',
  spacing: '删除多余空格',
  duplicate: '删除重复',
  metadata: '提取为元数据',
  'table-of-contents': '删除目录',
  'not-an-article': '非正文',
  markup: '去除排版标记',
};

export function correctionLabel(kind: string): string {
  if (kind.startsWith('furniture')) return '删除版面杂项';
  return LABELS[kind] ?? kind;
}
