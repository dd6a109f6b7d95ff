// Fragments gzipped and written on a thread of their own (fragment-thread.ts), a bounded
// number at a time.
import { Worker } from 'node:worker_threads';
import type { FragmentJob } from './fragment-thread.ts';

/** fragments handed to the thread before waiting for it (each ~10 KB of JSON) */
const IN_FLIGHT = 256;

export class FragmentWriter {
  private readonly worker = new Worker(new URL('./fragment-thread.ts', import.meta.url));
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private readonly slots: Array<() => void> = [];
  private next = 0;
  private failed: Error | null = null;

  constructor() {
    this.worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const job = this.pending.get(id)!;
      this.pending.delete(id);
      if (error) job.reject(new Error(`fragment: ${error}`));
      else job.resolve();
      this.slots.shift()?.();
    });
    this.worker.on('error', (e) => this.fail(e));
  }

  /** hands the fragment over; waits only while IN_FLIGHT are with the thread */
  async write(file: string, json: string): Promise<void> {
    if (this.failed) throw this.failed;
    while (this.pending.size >= IN_FLIGHT) await new Promise<void>((r) => this.slots.push(r));
    const id = this.next++;
    const done = new Promise<void>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    done.catch((e: Error) => (this.failed ??= e));
    this.worker.postMessage({ id, file, json } satisfies FragmentJob);
  }

  /** every fragment written; the thread stopped */
  async close(): Promise<void> {
    while (this.pending.size > 0 && !this.failed) await new Promise<void>((r) => this.slots.push(r));
    await this.worker.terminate();
    if (this.failed) throw this.failed;
  }

  /** the thread stopped, whatever it still had */
  async discard(): Promise<void> {
    this.fail(new Error('fragment writer discarded'));
    await this.worker.terminate();
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const job of this.pending.values()) job.reject(e);
    this.pending.clear();
    this.slots.splice(0).forEach((r) => r());
  }
}
