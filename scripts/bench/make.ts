// Generate a jianbao project with N generated articles (for profiling one build by hand):
//   node scripts/bench/make.ts DIR N [SEED]
import { generateArchive } from './archive.ts';
import { jianbaoProject } from './projects.ts';

const [dir, n, seed = '7'] = process.argv.slice(2);
if (!dir || !n) throw new Error('usage: node scripts/bench/make.ts DIR ARTICLES [SEED]');
const archive = generateArchive(jianbaoProject(dir), Number(n), Number(seed));
console.log(
  `${dir}: ${archive.files} files, ${(archive.bytes / 2 ** 20).toFixed(1)} MB, ${archive.articles.length} articles`,
);
