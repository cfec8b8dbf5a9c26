import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
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

type Task<I, O> = (input: I, progress: WorkerProgress) => Promise<O> | O;

/** What a kept worker (WorkerPool) is sent for each task. */
export interface WorkerRun {
  type: 'run';
  input: unknown;
}

/** The body of a worker script: runs `task` on the worker's input and posts its result or error. */
export function workerMain<I, O>(task: Task<I, O>): void {
  void runTask(threadPort('workerMain'), task, workerData as I);
}

/**
 * The body of a worker kept for several tasks (WorkerPool): runs `task` on each input it is sent, in turn, and posts
 * each one's result or error. What the task keeps in module scope (loaded indexes) serves the next one.
 */
export function workerLoop<I, O>(task: Task<I, O>): void {
  const port = threadPort('workerLoop');
  let queue = Promise.resolve();
  port.on('message', (message: WorkerRun) => {
    queue = queue.then(() => runTask(port, task, message.input as I));
  });
}

function threadPort(caller: string): MessagePort {
  if (!parentPort) throw new Error(`${caller} must run inside a worker thread`);
  return parentPort;
}

function runTask<I, O>(port: MessagePort, task: Task<I, O>, input: I): Promise<void> {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const progress: WorkerProgress = {
    progress: (done, total, message) => post({ type: 'progress', done, total, message }),
    part: (value) => post({ type: 'part', value }),
  };
  return Promise.resolve()
    .then(() => task(input, progress))
    .then(
      (value) => post({ type: 'result', value }),
      (error: unknown) => post({ type: 'error', error: toErrorShape(error) }),
    );
}
