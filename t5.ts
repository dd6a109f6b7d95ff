import { placeNames } from './src/normalize/describe/gazetteer.ts';
import { findPlace } from './src/normalize/describe/place.ts';
import { corpusReports } from './scripts/layouts/corpus.ts';
const rs = corpusReports();
for (const k of [16, 77, 72, 148, 10]) {
  const r = rs.find(x => x.key === k)!;
  console.log(k, r.title, placeNames([r.title ?? '', ...r.paragraphs].join('\n')).join(','), findPlace(r.title ?? '', r.paragraphs));
}
