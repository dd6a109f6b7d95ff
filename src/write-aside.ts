// Files written aside and renamed into place: a build cut off mid-write (killed, out of memory)
// leaves the old file or none, never half of one. The aside's name carries the writer's process
// id, so a later build can tell a dead writer's leftovers from a running build's work.
import fs from 'node:fs';
import path from 'node:path';

/** where this process writes `file` (or builds a directory) before renaming it into place */
export const asideName = (file: string): string => `${file}.${process.pid}.tmp`;

export function writeFileAside(file: string, data: string | Uint8Array): void {
  fs.writeFileSync(asideName(file), data);
  fs.renameSync(asideName(file), file);
}

/** the id of the process that writes an aside entry (`NAME.<pid>.tmp`), or 0 for any other name */
const writerOf = (name: string): number => Number(/\.(\d+)\.tmp$/.exec(name)?.[1] ?? 0);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** whether an aside entry (`NAME.<pid>.tmp`) was left by a process that has ended */
export function leftByEndedProcess(name: string): boolean {
  const pid = writerOf(name);
  return pid > 0 && !isRunning(pid);
}

/** whether an aside entry is being written now, by a process still running */
function isBeingWritten(name: string): boolean {
  const pid = writerOf(name);
  return pid > 0 && isRunning(pid);
}

/**
 * Removes the entries of `dir` that `isKept` does not keep, sparing the asides of processes
 * still running (another build, or this build's workers, may be writing them now): a cache is
 * pruned to what the archive uses without pulling a file from under its writer. Returns how
 * many entries it removed.
 */
export function removeUnkept(dir: string, isKept: (name: string) => boolean): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    if (isKept(name) || isBeingWritten(name)) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
