import { parentPort, workerData } from 'node:worker_threads';
import { toErrorShape } from '../errors.js';
import type { WorkerMessage } from './run-worker.js';

export interface WorkerProgress {
  progress(done: number, total?: number, message?: string): void;
  /**
   * Sends a piece of the result ahead of the end: a large result sent whole waits to be copied, in the worker and then
   * in the caller's thread, after all the work; sent in pieces, it is copied while the work goes on.
   */
  part(value: unknown): void;
}

/** The body of a worker script: runs `task` on the worker's input and posts its result or error. */
export function workerMain<I, O>(task: (input: I, progress: WorkerProgress) => Promise<O> | O): void {
  const port = parentPort;
  if (!port) throw new Error('workerMain must run inside a worker thread');
  const post = (message: WorkerMessage) => port.postMessage(message);
  const progress: WorkerProgress = {
    progress: (done, total, message) => post({ type: 'progress', done, total, message }),
    part: (value) => post({ type: 'part', value }),
  };
  Promise.resolve()
    .then(() => task(workerData as I, progress))
    .then(
      (value) => post({ type: 'result', value }),
      (error: unknown) => post({ type: 'error', error: toErrorShape(error) }),
    );
}
