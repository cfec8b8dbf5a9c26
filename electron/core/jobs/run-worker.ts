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

/**
 * Runs `<workersDir>/<name>.js` (built from electron/core/workers/<name>.ts by scripts/build-node.mjs)
 * in a worker thread. Cancelling terminates the thread, so a cancelled job stops at once and
 * whatever it was writing is discarded by its caller.
 */
export function runWorker<O>(workersDir: string, name: string, input: unknown, options: RunWorkerOptions = {}): Promise<O> {
  const script = path.join(workersDir, `${name}.js`);
  if (!fs.existsSync(script)) {
    return Promise.reject(new CrosswalkError(ErrorCodes.internal, `Worker ${script} is missing: run "npm run build:node".`));
  }
  if (options.signal?.aborted) return Promise.reject(cancelled());
  return new Promise<O>((resolve, reject) => {
    const worker = new Worker(script, { workerData: input, resourceLimits: options.resourceLimits });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      settle(() => reject(cancelled()));
      void worker.terminate();
    };
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.done, message.total, message.message);
      else if (message.type === 'part') {
        if (!settled) options.onPart?.(message.value);
      } else if (message.type === 'result') settle(() => resolve(message.value as O));
      else settle(() => reject(new CrosswalkError(message.error.code, message.error.message, message.error.details)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new CrosswalkError(ErrorCodes.internal, `Worker ${name} stopped (exit code ${code}) before it finished.`))),
    );
  });
}
