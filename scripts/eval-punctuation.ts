// Measures the mis-decoded punctuation repair the way the issue asks: take clean paragraphs,
// garble a random share of their marks as the encoding fault does, restore, and count.
//   node scripts/eval-punctuation.ts [--seed N] [--share 0.5]
import fs from 'node:fs';
import { evaluatePunctuation } from './punctuation-eval-lib.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const text = fs.readFileSync('content/clippings/gongzuo-zongshu-2021.txt', 'utf8');
console.log(JSON.stringify(evaluatePunctuation(text, { seed: arg('seed', 1), share: arg('share', 0.5) }), null, 2));
