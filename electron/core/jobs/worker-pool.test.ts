import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tests/support/shared-data.js';
import { WorkerPool } from './worker-pool.js';

const workersDir = path.join(projectRoot, 'dist', 'workers');
type Ran = { threadId: number; runs: number };

describe('WorkerPool: worker threads kept between tasks', () => {
  const pools: WorkerPool[] = [];
  const pool = (idleMs?: number) => {
    const made = new WorkerPool(workersDir, 'selftest-loop', idleMs);
    pools.push(made);
    return made;
  };
  afterEach(() => pools.splice(0).forEach((p) => p.clear()));

  it('runs the next task on the worker that ran the last one, which kept its state', async () => {
    const workers = pool();
    const parts: unknown[] = [];
    const first = await workers.run<Ran>({}, { onPart: (p) => parts.push(p) });
    expect(workers.waitingCount).toBe(1);
    const second = await workers.run<Ran>({}, { onPart: (p) => parts.push(p) });
    expect(second).toEqual({ threadId: first.threadId, runs: 2 });
    expect(parts).toEqual([1, 2]);
  });

  it('starts a second worker for a task that comes while the first is busy, and keeps both', async () => {
    const workers = pool();
    const [a, b] = await Promise.all([workers.run<Ran>({ delayMs: 50 }), workers.run<Ran>({ delayMs: 50 })]);
    expect(a.threadId).not.toBe(b.threadId);
    expect(workers.waitingCount).toBe(2);
  });

  it('starts afresh after clear(), also for a worker that was busy when cleared', async () => {
    const workers = pool();
    const first = await workers.run<Ran>({});
    workers.clear();
    expect(workers.waitingCount).toBe(0);
    const busy = workers.run<Ran>({ delayMs: 50 });
    workers.clear();
    const during = await busy;
    expect(during.threadId).not.toBe(first.threadId);
    expect(workers.waitingCount).toBe(0);
    expect((await workers.run<Ran>({})).runs).toBe(1);
  });

  it('stops a worker whose task failed or was cancelled, and says why', async () => {
    const workers = pool();
    const first = await workers.run<Ran>({});
    await expect(workers.run({ fail: true })).rejects.toMatchObject({ code: 'bad-input' });
    expect(workers.waitingCount).toBe(0);
    const controller = new AbortController();
    const cancelled = workers.run({ delayMs: 5_000 }, { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    const next = await workers.run<Ran>({});
    expect(next.threadId).not.toBe(first.threadId);
    expect(next.runs).toBe(1);
  });

  it('stops a worker that waited longer than its idle time', async () => {
    const workers = pool(30);
    await workers.run<Ran>({});
    expect(workers.waitingCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(workers.waitingCount).toBe(0);
  });

  it('says which worker script is missing', async () => {
    await expect(new WorkerPool(workersDir, 'no-such-worker').run({})).rejects.toThrow(/no-such-worker\.js is missing/);
  });
});
