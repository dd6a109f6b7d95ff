// Where a CPU profile's time went: per source file, the share of samples with that file on the
// stack (inclusive: a stage with what it calls) and the share spent in its own code (self);
// then the functions with the most self time. Native code (jieba, regex engine, GC) is counted
// to the JavaScript function that called it when the profiler shows none.
//   node scripts/bench/profile-summary.ts FILE.cpuprofile [--top 20]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const shortUrl = (url: string) =>
  url.includes('/node_modules/')
    ? `npm:${url
        .split('/node_modules/')
        .pop()!
        .split('/')
        .slice(0, url.includes('/@') ? 2 : 1)
        .join('/')}`
    : url
      ? path.relative(process.cwd(), new URL(url).pathname)
      : '(native)';

export function summariseProfile(profile: Profile, top = 20): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const selfFn = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const leaf = byId.get(id)!;
    const fn = leaf.callFrame;
    const key = `${fn.functionName || '(anonymous)'} ${shortUrl(fn.url)}:${fn.lineNumber + 1}`;
    selfFn.set(key, (selfFn.get(key) ?? 0) + dt);
    self.set(shortUrl(fn.url), (self.get(shortUrl(fn.url)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)!.callFrame.url;
      if (url) seen.add(shortUrl(url));
    }
    for (const u of seen) inclusive.set(u, (inclusive.get(u) ?? 0) + dt);
  });
  const pct = (x: number) => `${((100 * x) / total).toFixed(1).padStart(5)}%`;
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${pct(v)}  ${k}`);
  return [
    `total ${(total / 1e6).toFixed(2)} s`,
    '-- per file, inclusive (file on the stack) --',
    ...rows(inclusive),
    '-- per file, self --',
    ...rows(self),
    '-- per function, self --',
    ...rows(selfFn),
  ];
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '20' } },
    allowPositionals: true,
  });
  const profile = JSON.parse(fs.readFileSync(positionals[0]!, 'utf8')) as Profile;
  console.log(summariseProfile(profile, Number(values.top)).join('\n'));
}
