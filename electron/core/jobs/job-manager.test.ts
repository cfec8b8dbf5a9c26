import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../shared/domain/job.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-context.js';
import { runWorker } from './run-worker.js';

describe('JobManager with worker threads', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());

  const startCounting = (input: { steps: number; delayMs: number; fail?: boolean }) =>
    app.ctx.jobs.start('selftest', 'Counting', (job) =>
      runWorker(app.ctx.workersDir, 'selftest', input, { signal: job.signal, onProgress: (d, t, m) => job.progress(d, t, m) }),
    );

  it('runs work in a worker, reports progress events and keeps the result', async () => {
    const events: JobInfo[] = [];
    app.ctx.events.subscribe((e) => e.type === 'job' && events.push(e.job));
    const started = startCounting({ steps: 5, delayMs: 30 });
    expect(started.state).toBe('running');
    const finished = await app.ctx.jobs.wait(started.id);
    expect(finished).toMatchObject({ state: 'succeeded', result: { counted: 5 }, done: 5, total: 5 });
    expect(events.at(0)?.state).toBe('running');
    expect(events.at(-1)?.state).toBe('succeeded');
    expect(events.some((e) => e.state === 'running' && e.done > 0)).toBe(true);
  });

  it('hands over the pieces a worker sends ahead, in order, before its result', async () => {
    const seen: unknown[] = [];
    const result = await runWorker<{ counted: number }>(
      app.ctx.workersDir,
      'selftest',
      { steps: 4, delayMs: 1, parts: true },
      {
        onPart: (value) => seen.push(value),
      },
    );
    expect(result).toEqual({ counted: 4 });
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('cancels a running worker', async () => {
    const started = startCounting({ steps: 1000, delayMs: 20 });
    await new Promise((r) => setTimeout(r, 100));
    app.ctx.jobs.cancel(started.id);
    const finished = await app.ctx.jobs.wait(started.id);
    expect(finished.state).toBe('cancelled');
    expect(finished.done).toBeLessThan(1000);
  });

  it('carries a worker error with its code and location', async () => {
    const started = startCounting({ steps: 1, delayMs: 1, fail: true });
    const finished = await app.ctx.jobs.wait(started.id);
    expect(finished.state).toBe('failed');
    expect(finished.error).toMatchObject({ code: 'bad-input', message: 'selftest.csv, line 3, field "id": deliberate failure' });
  });

  it('lists jobs and answers unknown ids', async () => {
    const started = startCounting({ steps: 1, delayMs: 1 });
    await app.ctx.jobs.wait(started.id);
    expect(await app.api.app.jobsList({})).toEqual([expect.objectContaining({ id: started.id, state: 'succeeded' })]);
    expect(await app.dispatch('app-jobGet', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('says which worker script is missing', async () => {
    await expect(runWorker(app.ctx.workersDir, 'no-such-worker', {})).rejects.toThrow(/no-such-worker\.js is missing/);
  });
});
