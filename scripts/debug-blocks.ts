import fs from 'node:fs';
import { VFile } from 'vfile';
import { repairProcessor } from '../src/normalize/index.ts';
import { classify } from '../src/normalize/split.ts';
import type { ClippingTree } from '../src/normalize/tree.ts';
const f = process.argv[2]!;
const file = new VFile({ path: f, value: fs.readFileSync(f, 'utf8') });
const tree = repairProcessor.runSync(repairProcessor.parse(file), file) as unknown as ClippingTree;
for (const b of tree.children)
  console.log(b.data.lineMap[0]?.[1], classify(b), b.type, b.depth ?? '', JSON.stringify(b.value.slice(0, 60)));
