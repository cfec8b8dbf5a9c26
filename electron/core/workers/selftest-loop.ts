import { threadId } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import { badInput } from '../errors.js';
import { workerLoop } from '../jobs/worker-main.js';

/** Tasks this thread has run: a kept worker's module state lasts from one task to the next. */
let runs = 0;

/** A kept worker used by the pool tests: says which thread ran the task and how many it has run, or fails. */
workerLoop<{ delayMs?: number; fail?: boolean }, { threadId: number; runs: number }>(async (input, { progress, part }) => {
  runs++;
  if (input.delayMs) await sleep(input.delayMs);
  part(runs);
  progress(1, 1, `run ${runs}`);
  if (input.fail) throw badInput('deliberate failure', { file: 'selftest.csv', line: 3, field: 'id' });
  return { threadId, runs };
});
