import { Worker } from 'node:worker_threads';
import { cancelled } from '../errors.js';
import { workerOutcome, workerScript, type RunWorkerOptions } from './run-worker.js';
import type { WorkerRun } from './worker-main.js';

/** How long a kept worker waits for its next task before it is stopped and its memory given back. */
export const IDLE_MS = 5 * 60_000;

interface Kept {
  worker: Worker;
  /** The pool's generation when the worker started: what it loaded is out of date once `clear()` moved on. */
  generation: number;
  idleTimer?: NodeJS.Timeout;
}

/**
 * Worker threads of one script (its body a workerLoop) kept between tasks, so that what a task loads serves the next
 * one (a vocabulary's suggestion indexes: about a second to load and warm). A worker waiting `idleMs` is stopped;
 * `clear()` stops the waiting ones and has the busy ones stop when done. Waiting workers do not keep the process
 * alive. A task that fails or is cancelled stops its worker (cancel at once: the thread is terminated).
 */
export class WorkerPool {
  private readonly waiting: Kept[] = [];
  private generation = 0;

  constructor(
    private readonly workersDir: string,
    private readonly name: string,
    private readonly idleMs = IDLE_MS,
  ) {}

  async run<O>(input: unknown, options: RunWorkerOptions = {}): Promise<O> {
    if (options.signal?.aborted) throw cancelled();
    const kept = this.take();
    const outcome = workerOutcome<O>(kept.worker, this.name, options);
    kept.worker.postMessage({ type: 'run', input } satisfies WorkerRun);
    let value: O;
    try {
      value = await outcome;
    } catch (error) {
      void kept.worker.terminate();
      throw error;
    }
    this.keep(kept);
    return value;
  }

  /** Stops the waiting workers, and the busy ones once done: what they loaded (indexes) has changed. */
  clear(): void {
    this.generation++;
    for (const kept of this.waiting.splice(0)) {
      clearTimeout(kept.idleTimer);
      void kept.worker.terminate();
    }
  }

  /** How many workers wait for a task. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  private take(): Kept {
    const kept = this.waiting.pop();
    if (kept) {
      clearTimeout(kept.idleTimer);
      kept.worker.ref();
      return kept;
    }
    const worker = new Worker(workerScript(this.workersDir, this.name));
    const started: Kept = { worker, generation: this.generation };
    // A waiting worker that fails or exits has no task to tell: it is only dropped.
    worker.on('error', () => undefined);
    worker.on('exit', () => this.drop(started));
    return started;
  }

  private keep(kept: Kept): void {
    if (kept.generation !== this.generation) return void kept.worker.terminate();
    kept.worker.unref();
    kept.idleTimer = setTimeout(() => void kept.worker.terminate(), this.idleMs);
    kept.idleTimer.unref();
    this.waiting.push(kept);
  }

  private drop(kept: Kept): void {
    clearTimeout(kept.idleTimer);
    const at = this.waiting.indexOf(kept);
    if (at >= 0) this.waiting.splice(at, 1);
  }
}
