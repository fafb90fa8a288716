/**
 * `--jobs N`: N worker threads, each running the same analysis as the main thread. The main
 * thread reads the inputs in order and hands each page to a free worker; the caller awaits the
 * answers in the order it asked, so the output is in input order whatever N.
 */
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs';
import { type Done, isDone, type PageOptions } from './page';

/** What marks a thread started by the pool (see main.ts). */
export const WORKER_ROLE = 'provenance-lens-analysis';

interface Task {
  id: number;
  input: Input;
  resolve: (done: Done) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly options: PageOptions,
  ) {}

  /** Analyse one page in some worker. Never rejects: a crash is a failed page. */
  run(input: Input): Promise<Done> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, resolve });
      this.dispatch();
    });
  }

  /** Stop every worker (after the last answer). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { role: WORKER_ROLE, options: this.options },
    });
    const slot: Slot = { worker, task: null };
    worker.on('message', (message: unknown) => {
      const task = slot.task;
      const m = message as { id?: unknown; done?: unknown };
      if (!task || m?.id !== task.id) return;
      slot.task = null;
      task.resolve(
        isDone(m.done)
          ? m.done
          : {
              ok: false,
              label: task.input.label,
              url: task.input.url,
              error: 'a malformed answer from a worker',
            },
      );
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in native code) fails its page only: it is
    // replaced, and the run goes on.
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      const task = slot.task;
      slot.task = null;
      task?.resolve({
        ok: false,
        label: task.input.label,
        url: task.input.url,
        error: `the analysis crashed (${why})`,
      });
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`worker exited with ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
