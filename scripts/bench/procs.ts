// Memory of a build as the machine sees it: every 0.5 s, the resident set of the process we
// started and of all its descendants (Pagefind's service process, esbuild, workers are threads
// and count in their process), read from /proc. `/usr/bin/time` would miss the children.
import fs from 'node:fs';

export const SAMPLE_MS = 500;
const PAGE = 4096;

function childrenOf(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  return kids;
}

function rssBytes(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

export interface MemoryPeak {
  /** all processes of the tree together, at the sample where their sum was highest */
  peakMB: number;
  /** the root process alone (the build's own Node process, with its worker threads) */
  rootPeakMB: number;
}

/** where to append every sample (seconds, MB of all processes, MB of the root), when set */
const TIMELINE = process.env.JIANBAO_BENCH_TIMELINE;

/** Sample the tree under `pid` until stop() is called. */
export function sampleTree(pid: number): { stop: () => MemoryPeak } {
  let peak = 0;
  let rootPeak = 0;
  const start = performance.now();
  const sample = () => {
    const kids = childrenOf();
    const tree = [pid];
    for (let i = 0; i < tree.length; i++) tree.push(...(kids.get(tree[i]!) ?? []));
    const all = tree.reduce((s, p) => s + rssBytes(p), 0);
    const root = rssBytes(pid);
    peak = Math.max(peak, all);
    rootPeak = Math.max(rootPeak, root);
    if (TIMELINE) {
      const at = ((performance.now() - start) / 1000).toFixed(1);
      fs.appendFileSync(TIMELINE, `${at} ${Math.round(all / 2 ** 20)} ${Math.round(root / 2 ** 20)}\n`);
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return { peakMB: Math.round(peak / 2 ** 20), rootPeakMB: Math.round(rootPeak / 2 ** 20) };
    },
  };
}
