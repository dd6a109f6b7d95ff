// Run one command as the benchmark times it: wall time, the time each output line arrived
// (so stages can be read off Astro's log), and the memory of the whole process tree.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { sampleTree, type TreeUse } from './procs.ts';

/** where to append every line of output as it arrives (seconds since the start first), when set */
const LOG = process.env.JIANBAO_BENCH_LOG;

export interface Run extends TreeUse {
  seconds: number;
  /** every line of output with the seconds since the start when it arrived */
  lines: Array<{ at: number; text: string }>;
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const start = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = sampleTree(child.pid!);
  const lines: Run['lines'] = [];
  const ansi = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'); // terminal colours
  const collect = (chunk: Buffer) => {
    const at = (performance.now() - start) / 1000;
    for (const text of chunk.toString('utf8').replace(ansi, '').split('\n')) {
      if (!text) continue;
      lines.push({ at, text });
      if (LOG) fs.appendFileSync(LOG, `${at.toFixed(1)} ${text}\n`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = memory.stop();
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) {
        const tail = lines
          .slice(-30)
          .map((l) => l.text)
          .join('\n');
        return reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${tail}`));
      }
      resolve({ seconds, lines, ...peak });
    });
  });
}

/** seconds at which the first line matching `pattern` arrived (NaN when none did) */
export function lineAt(r: Run, pattern: RegExp): number {
  return r.lines.find((l) => pattern.test(l.text))?.at ?? NaN;
}

export interface Stages {
  total: number;
  sync: number;
  pages: number;
  index: number;
  /** CPU-seconds of every process of the build together */
  cpu: number;
  peakMB: number;
  nodePeakMB: number;
}

/** the stages of one jianbao build read off Astro's log (the index is what runs after the pages) */
export function stagesOf(r: Run, end: number): Stages {
  const synced = lineAt(r, /\[content\] Synced content/);
  const routes = r.lines.findIndex((l) => /generating static routes/.test(l.text));
  const pagesDone = r.lines.slice(routes).find((l) => /✓ Completed in/.test(l.text))?.at ?? NaN;
  return {
    total: r.seconds,
    sync: synced - lineAt(r, /\[content\] Syncing content/),
    pages: pagesDone - synced,
    index: end - pagesDone,
    cpu: r.cpuSeconds,
    peakMB: r.peakMB,
    nodePeakMB: r.rootPeakMB,
  };
}
