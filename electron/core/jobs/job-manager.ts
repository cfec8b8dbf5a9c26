import { randomUUID } from 'node:crypto';
import type { JobInfo } from '../../../shared/domain/job.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError, isAbort, toErrorShape } from '../errors.js';
import type { EventBus } from '../events/event-bus.js';

export interface JobControl {
  readonly signal: AbortSignal;
  progress(done: number, total?: number, message?: string): void;
}

const KEEP_FINISHED = 50;
const PROGRESS_INTERVAL_MS = 100;

/**
 * Runs long work (imports, indexing, batch suggestions) in the background, reports progress as
 * events, and lets the UI cancel it. The heavy part of a job runs in a worker thread
 * (see run-worker.ts) so the process stays responsive.
 */
export class JobManager {
  private readonly jobs = new Map<string, { info: JobInfo; controller: AbortController; done: Promise<unknown> }>();

  constructor(private readonly events: EventBus) {}

  start<R>(kind: string, title: string, run: (job: JobControl) => Promise<R>): JobInfo {
    const controller = new AbortController();
    const info: JobInfo = {
      id: randomUUID(),
      kind,
      title,
      state: 'running',
      done: 0,
      total: 0,
      message: '',
      startedAt: new Date().toISOString(),
    };
    let lastEmit = 0;
    const control: JobControl = {
      signal: controller.signal,
      progress: (done, total, message) => {
        info.done = done;
        if (total !== undefined) info.total = total;
        if (message !== undefined) info.message = message;
        const now = Date.now();
        if (now - lastEmit >= PROGRESS_INTERVAL_MS) {
          lastEmit = now;
          this.emit(info);
        }
      },
    };
    const done = (async () => {
      try {
        info.result = await run(control);
        info.state = controller.signal.aborted ? 'cancelled' : 'succeeded';
        if (info.total > 0) info.done = info.total;
      } catch (error) {
        info.state = controller.signal.aborted || isAbort(error) ? 'cancelled' : 'failed';
        info.error = toErrorShape(error);
      } finally {
        info.finishedAt = new Date().toISOString();
        this.emit(info);
        this.prune();
      }
    })();
    this.jobs.set(info.id, { info, controller, done });
    this.emit(info);
    return { ...info };
  }

  get(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw new CrosswalkError(ErrorCodes.notFound, `No job ${id}`);
    return { ...job.info };
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((j) => ({ ...j.info }));
  }

  cancel(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw new CrosswalkError(ErrorCodes.notFound, `No job ${id}`);
    job.controller.abort();
    return { ...job.info };
  }

  /** Resolves with the job's final state (for the CLI and tests). */
  async wait(id: string): Promise<JobInfo> {
    const job = this.jobs.get(id);
    if (!job) throw new CrosswalkError(ErrorCodes.notFound, `No job ${id}`);
    await job.done;
    return { ...job.info };
  }

  private emit(info: JobInfo): void {
    this.events.emit({ type: 'job', job: { ...info } });
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.info.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.info.id);
  }
}
