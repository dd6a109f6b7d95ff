// usage: node /tmp/meta/dump.ts LAYOUT SEED FILE-NUMBER [--text]
import { corpusReports } from '/work/wt-meta/scripts/layouts/corpus.ts';
import { layOut, LAYOUTS } from '/work/wt-meta/scripts/layouts/generate.ts';
import { normalizeClipping } from '/work/wt-meta/src/normalize/index.ts';
const [layoutName, seed, num, flag] = process.argv.slice(2);
const layout = LAYOUTS.find((l) => l.name === layoutName)!;
const files = layOut(layout, corpusReports(), Number(seed));
const f = files.find((x) => x.name === `${layoutName}-${num!.padStart(3, '0')}.txt`)!;
if (flag === '--text') console.log(f.text.slice(0, 3000));
console.log('EXPECTED', f.reports.map((r) => ({ key: r.report.key, date: r.expectedDate, place: r.report.place, h: r.headline })));
const res = normalizeClipping({ path: 'x.txt', bytes: new TextEncoder().encode(f.text) });
for (const a of res.articles) console.log('ART', a.title, '|', a.date, '|', a.place, a.city, a.province, '|', a.paragraphs[0]?.slice(0, 80));
