// Lays the development corpus out with the layout generator and counts the files whose second
// repair pass changes anything (the normaliser must be idempotent), with the kinds of change.
//   node scripts/measure-idempotence.ts [seeds, default 1,2,3] [examples to print, default 0]
import { VFile } from 'vfile';
import { corpusReports } from './layouts/corpus.ts';
import { layOut, LAYOUTS } from './layouts/generate.ts';
import { repairProcessor } from '../src/normalize/index.ts';
import { fileData, type ClippingTree } from '../src/normalize/tree.ts';
import type { Correction } from '../src/schema.ts';

/** the repaired blocks written back as a clipping (headings as Markdown) and the corrections made */
function repair(text: string): { text: string; corrections: Correction[] } {
  const file = new VFile({ path: 'x.txt', value: text });
  const tree = repairProcessor.runSync(repairProcessor.parse(file), file) as unknown as ClippingTree;
  const blocks = tree.children.map((b) => {
    if (b.type !== 'heading') return b.value;
    const escaped = b.value.replace(/\*/g, '\\*');
    return b.depth! <= 6 ? `${'#'.repeat(b.depth!)} ${escaped}` : `**${escaped}**`;
  });
  return { text: blocks.join('\n\n'), corrections: fileData(file).corrections.filter((c) => c.kind !== 'markup') };
}

const seeds = (process.argv[2] ?? '1,2,3').split(',').map(Number);
let examples = Number(process.argv[3] ?? 0);
const reports = corpusReports();
const kinds = new Map<string, number>();
let [changed, total] = [0, 0];
for (const layout of LAYOUTS) {
  let [layoutChanged, layoutTotal] = [0, 0];
  for (const seed of seeds) {
    for (const f of layOut(layout, reports, seed)) {
      layoutTotal++;
      const once = repair(f.text).text;
      const twice = repair(once);
      if (twice.text === once) continue;
      layoutChanged++;
      for (const c of twice.corrections) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      if (examples-- > 0) {
        console.log(`  ${f.name} (seed ${seed}):`);
        for (const c of twice.corrections.slice(0, 4))
          console.log(`    ${c.kind} line ${c.line}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
      }
    }
  }
  console.log(`${layout.name}: ${layoutChanged} of ${layoutTotal} files change on a second pass`);
  changed += layoutChanged;
  total += layoutTotal;
}
console.log(`all: ${changed} of ${total} (seeds ${seeds.join(', ')});`, Object.fromEntries(kinds));
