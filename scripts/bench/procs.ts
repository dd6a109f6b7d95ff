// Memory and CPU of a build as the machine sees it: every 0.5 s, the resident set and CPU time
// of the process we started and of all its descendants (Pagefind's service process, esbuild, the
// normalising workers), read from /proc. `/usr/bin/time` would miss the children, and so would
// the bench's own cutime: a process nobody waits for (Pagefind's service) never adds to it.
import fs from 'node:fs';

export const SAMPLE_MS = 500;
const PAGE = 4096;
/** clock ticks per second of /proc's times (Linux's USER_HZ, 100 on every current kernel) */
const TICKS = 100;

interface Proc {
  ppid: number;
  /** user + system CPU time so far, in clock ticks (all threads) */
  ticks: number;
}

function processes(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[0] is /proc's field 3 (state): ppid is field 4, utime and stime fields 14 and 15
      procs.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  return procs;
}

function treeOf(pid: number, procs: Map<number, Proc>): number[] {
  const kids = new Map<number, number[]>();
  for (const [child, { ppid }] of procs) kids.set(ppid, [...(kids.get(ppid) ?? []), child]);
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(kids.get(tree[i]!) ?? []));
  return tree;
}

function rssBytes(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

export interface TreeUse {
  /** all processes of the tree together, at the sample where their sum was highest */
  peakMB: number;
  /** the root process alone (the build's own Node process, with its worker threads) */
  rootPeakMB: number;
  /**
   * CPU-seconds of every process of the tree, each at its last sample (what a process spends in
   * its last half second is missed): on a shared machine a steadier measure than wall time
   */
  cpuSeconds: number;
}

/** where to append every sample (seconds, MB of all processes, MB of the root), when set */
const TIMELINE = process.env.JIANBAO_BENCH_TIMELINE;

/** Sample the tree under `pid` until stop() is called. */
export function sampleTree(pid: number): { stop: () => TreeUse } {
  let peak = 0;
  let rootPeak = 0;
  const ticks = new Map<number, number>();
  const start = performance.now();
  const sample = () => {
    const procs = processes();
    const tree = treeOf(pid, procs);
    for (const p of tree) ticks.set(p, procs.get(p)?.ticks ?? ticks.get(p) ?? 0);
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
      const cpu = [...ticks.values()].reduce((s, t) => s + t, 0) / TICKS;
      return {
        peakMB: Math.round(peak / 2 ** 20),
        rootPeakMB: Math.round(rootPeak / 2 ** 20),
        cpuSeconds: cpu,
      };
    },
  };
}
