/** Child of worker-pool-exit.test.ts: runs one task on a pool and returns, leaving the worker waiting. */
import { WorkerPool } from '../../electron/core/jobs/worker-pool.js';

const pool = new WorkerPool(process.argv[2]!, 'selftest-loop');
const ran = await pool.run<{ runs: number }>({});
console.log(`ran ${ran.runs}, waiting ${pool.waitingCount}`);
