// One process of the normaliser benchmark (forked by normalize.ts): normalises the files it is
// sent once cold — the time since this process started, so Node's start, module loads and the
// dictionaries count — then `passes` more times warm, timing each pass. With `profile` set,
// the warm passes run under the inspector's CPU profiler and the profile is written there.
// Each pass starts with the recognisers' remembered answers forgotten (normalize/remember.ts):
// a warm pass is a first pass over these files without the process's start, not a second one.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

export interface ChildJob {
  files: Array<{ path: string; bytes: Uint8Array; keep: string[] }>;
  passes: number;
  profile?: string;
}
export interface ChildResult {
  coldSeconds: number;
  /** CPU time of the same */
  coldCpuSeconds: number;
  passSeconds: number[];
  /** CPU time of each warm pass (all of this process's threads), steadier than wall time on a busy machine */
  passCpuSeconds: number[];
}

process.once('message', async (job: ChildJob) => {
  const { normalizeClipping } = await import('../../src/normalize/index.ts');
  const { forgetAnswers } = await import('../../src/normalize/remember.ts');
  const passCpuSeconds: number[] = [];
  const pass = () => {
    forgetAnswers();
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const f of job.files) normalizeClipping({ path: f.path, bytes: f.bytes, keep: f.keep });
    const used = process.cpuUsage(cpu);
    passCpuSeconds.push((used.user + used.system) / 1e6);
    return (performance.now() - t) / 1000;
  };
  pass();
  passCpuSeconds.length = 0;
  const coldSeconds = performance.now() / 1000;
  const start = process.cpuUsage();
  const coldCpuSeconds = (start.user + start.system) / 1e6;
  const session = job.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const passSeconds = Array.from({ length: job.passes }, pass);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(job.profile!, JSON.stringify(profile));
  }
  process.send!({ coldSeconds, coldCpuSeconds, passSeconds, passCpuSeconds } satisfies ChildResult, () =>
    process.exit(0),
  );
});
