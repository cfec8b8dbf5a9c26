import { setTimeout as sleep } from 'node:timers/promises';
import { badInput } from '../errors.js';
import { workerMain } from '../jobs/worker-main.js';

/** A worker used by the job tests: counts to `steps` (with `parts`, sending each step ahead), or fails with a bad-input error. */
workerMain<{ steps: number; delayMs: number; fail?: boolean; parts?: boolean }, { counted: number }>(async (input, { progress, part }) => {
  for (let i = 1; i <= input.steps; i++) {
    await sleep(input.delayMs);
    if (input.parts) part(i);
    progress(i, input.steps, `step ${i}`);
  }
  if (input.fail) throw badInput('deliberate failure', { file: 'selftest.csv', line: 3, field: 'id' });
  return { counted: input.steps };
});
