import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorShape } from '../../../shared/contract/method.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError, cancelled } from '../errors.js';

export type WorkerMessage =
  | { type: 'progress'; done: number; total?: number; message?: string }
  /** A piece of the result sent ahead of the end, so the caller takes it in while the worker goes on. */
  | { type: 'part'; value: unknown }
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: ErrorShape };

export interface RunWorkerOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total?: number, message?: string) => void;
  /** Each piece of the result the worker sends ahead (WorkerProgress.part), in the order sent, before the result. */
  onPart?: (value: unknown) => void;
  resourceLimits?: { maxOldGenerationSizeMb?: number };
}

/** The worker script `<workersDir>/<name>.js`, or an error saying it was not built. */
export function workerScript(workersDir: string, name: string): string {
  const script = path.join(workersDir, `${name}.js`);
  if (!fs.existsSync(script)) throw new CrosswalkError(ErrorCodes.internal, `Worker ${script} is missing: run "npm run build:node".`);
  return script;
}

/**
 * Runs `<workersDir>/<name>.js` (built from electron/core/workers/<name>.ts by scripts/build-node.mjs)
 * in a worker thread. Cancelling terminates the thread, so a cancelled job stops at once and
 * whatever it was writing is discarded by its caller.
 */
export function runWorker<O>(workersDir: string, name: string, input: unknown, options: RunWorkerOptions = {}): Promise<O> {
  let script: string;
  try {
    script = workerScript(workersDir, name);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  if (options.signal?.aborted) return Promise.reject(cancelled());
  const worker = new Worker(script, { workerData: input, resourceLimits: options.resourceLimits });
  // An error after the outcome (while the thread winds down) has no caller left to tell; unheard, it would throw.
  worker.on('error', () => undefined);
  return workerOutcome<O>(worker, name, options);
}

/**
 * The outcome of the task a worker is running: its result, or its error, a cancel (which terminates the worker) or
 * its exit. Progress and parts go to `options` until then; the listeners are removed after, so a kept worker
 * (WorkerPool) can run the next task.
 */
export function workerOutcome<O>(worker: Worker, name: string, options: RunWorkerOptions): Promise<O> {
  return new Promise<O>((resolve, reject) => {
    const settle = (fn: () => void) => {
      options.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      fn();
    };
    const onAbort = () => {
      settle(() => reject(cancelled()));
      void worker.terminate();
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.done, message.total, message.message);
      else if (message.type === 'part') options.onPart?.(message.value);
      else if (message.type === 'result') settle(() => resolve(message.value as O));
      else settle(() => reject(new CrosswalkError(message.error.code, message.error.message, message.error.details)));
    };
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) =>
      settle(() => reject(new CrosswalkError(ErrorCodes.internal, `Worker ${name} stopped (exit code ${code}) before it finished.`)));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
