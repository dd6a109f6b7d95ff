// Generate a jianbao project with N generated articles (for profiling one build by hand), and
// optionally the bare site with the same articles:
//   node scripts/bench/make.ts DIR N [SEED] [--bare BARE_DIR]
import { generateArchive } from './archive.ts';
import { bareProject, jianbaoProject } from './projects.ts';

const args = process.argv.slice(2);
const bareAt = args.indexOf('--bare');
const bareDir = bareAt >= 0 ? args.splice(bareAt, 2)[1] : undefined;
const [dir, n, seed = '7'] = args;
if (!dir || !n) throw new Error('usage: node scripts/bench/make.ts DIR ARTICLES [SEED] [--bare BARE_DIR]');
const archive = generateArchive(jianbaoProject(dir), Number(n), Number(seed));
console.log(
  `${dir}: ${archive.files} files, ${(archive.bytes / 2 ** 20).toFixed(1)} MB, ${archive.articles.length} articles`,
);
if (bareDir) {
  bareProject(bareDir, archive.articles);
  console.log(`${bareDir}: the bare site with the same articles`);
}
