import os from 'node:os';
import type { RunWorkerOptions } from '../jobs/run-worker.js';
import type { WorkerPool } from '../jobs/worker-pool.js';
import { CrosswalkError } from '../errors.js';
import { ErrorCodes } from '../../../shared/errors.js';
import type { BatchInput, BatchItem, BatchOutput, BatchWorkerEnd } from './batch-runner.js';

/** Below this many items per worker, loading another copy of the indexes costs more than the share saves. */
export const MIN_ITEMS_PER_WORKER = 150;
/** Each worker holds its own copy of the indexes: past a few, more workers cost memory and gain little. */
const MAX_WORKERS = 4;
/** Per-item cost beyond its characters (index lookups, merging), in characters. */
const ITEM_OVERHEAD = 40;

/**
 * How many suggest-batch workers a batch of `items` runs in: one per core but one, at most MAX_WORKERS, and one unless
 * each gets MIN_ITEMS_PER_WORKER items. A core is left to the app's own thread and the interface; on the 2-core bench
 * machine a second worker also cost more than it saved (1,000 sentences: 2.8–3.4 s in two workers, 2.3–3.2 s in one),
 * as two rankings side by side each ran 1.5–2 times slower, sharing the memory bus. With the neural level on, one:
 * onnxruntime already uses every core, and a second copy of the model would only cost memory.
 */
export function batchWorkerCount(items: number, dense: boolean, cores = os.availableParallelism()): number {
  if (dense) return 1;
  return Math.max(1, Math.min(cores - 1, MAX_WORKERS, Math.floor(items / MIN_ITEMS_PER_WORKER)));
}

/** The items in `parts` runs, in order, of about equal cost (an item's cost grows with its text). */
export function splitByCost(items: readonly BatchItem[], parts: number): BatchItem[][] {
  const cost = (item: BatchItem) => item.text.length + item.description.length / 3 + ITEM_OVERHEAD;
  const total = items.reduce((sum, item) => sum + cost(item), 0);
  const shares: BatchItem[][] = [[]];
  let sum = 0;
  for (const item of items) {
    // The next share starts where the item's middle passes this share's part of the total (no share left empty).
    const c = cost(item);
    if (shares.length < parts && shares.at(-1)!.length && sum + c / 2 >= (total * shares.length) / parts) shares.push([]);
    shares.at(-1)!.push(item);
    sum += c;
  }
  return shares;
}

export interface ParallelBatchOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, message: string) => void;
  /** Worker count; by default batchWorkerCount's. */
  workers?: number;
}

/**
 * Suggests for a batch in several suggest-batch workers at once (batchWorkerCount), each ranking a run of the items, and
 * joins their lists in the items' order: the same lists as one worker gives, sooner. Progress is the sum of the
 * workers'. When one fails or the batch is cancelled, the others are stopped. The workers are the pool's: kept ones
 * (with their indexes loaded) first, and kept for the next batch after.
 */
export async function suggestInWorkers(
  pool: WorkerPool,
  input: BatchInput & { workersDir: string },
  options: ParallelBatchOptions = {},
): Promise<BatchOutput> {
  const count = options.workers ?? batchWorkerCount(input.items.length, Boolean(input.dense));
  const shares = splitByCost(input.items, count);
  const total = input.items.length;
  if (shares.length === 1) {
    return runBatchWorker(pool, input, {
      signal: options.signal,
      onProgress: (done, _total, message) => options.onProgress?.(done, total, message ?? ''),
    });
  }
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort);
  if (options.signal?.aborted) stop.abort();
  const done = shares.map(() => 0);
  try {
    const outputs = await Promise.all(
      shares.map((items, i) =>
        runBatchWorker(
          pool,
          { ...input, items },
          {
            signal: stop.signal,
            onProgress: (itemsDone, _total, message) => {
              // "Loading…" / "Embedded…" messages count no items; "Suggested for n of m" does.
              if (!message?.startsWith('Suggested')) return;
              done[i] = itemsDone;
              const sum = done.reduce((a, b) => a + b, 0);
              options.onProgress?.(sum, total, `Suggested for ${sum} of ${total} items (${shares.length} workers)`);
            },
          },
        ).catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
    return { items: outputs.flatMap((output) => output.items) };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** One suggest-batch worker: its items arrive in runs while it works, the last just before its end, joined in order. */
async function runBatchWorker(
  pool: WorkerPool,
  input: BatchInput & { workersDir: string },
  options: RunWorkerOptions,
): Promise<BatchOutput> {
  const items: BatchOutput['items'] = [];
  const end = await pool.run<BatchWorkerEnd>(input, {
    ...options,
    onPart: (part) => items.push(...(part as BatchOutput['items'])),
  });
  if (end.itemCount !== items.length || items.length !== input.items.length) {
    throw new CrosswalkError(ErrorCodes.internal, `A suggest-batch worker sent ${items.length} of ${end.itemCount} items.`);
  }
  return { items };
}
