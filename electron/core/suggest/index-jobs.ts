import type { JobInfo } from '../../../shared/domain/job.js';
import { ErrorCodes } from '../../../shared/errors.js';
import type { AppContext } from '../context.js';
import { cancelled, CrosswalkError } from '../errors.js';
import { runWorker } from '../jobs/run-worker.js';
import { dropIndexes } from './suggest-state.js';

/**
 * Starts (or joins) the background job that builds and saves a vocabulary's suggestion indexes in
 * a worker, with progress and cancel. With `force` it rebuilds indexes that are ready.
 */
export function startIndexBuild(ctx: AppContext, vocabularyId: string, force = false): JobInfo {
  const info = ctx.library.get(vocabularyId);
  const jobs = ctx.indexBuilds;
  const existing = jobs.get(vocabularyId);
  if (existing && ctx.jobs.get(existing.id).state === 'running') return ctx.jobs.get(existing.id);
  const indexes = ctx.suggest.indexes;
  const job = ctx.jobs.start('suggest-index', `Index ${info.title} for suggestions`, async (control) => {
    if (!force && indexes.status(vocabularyId).every((s) => s.state === 'ready')) return { built: [] };
    indexes.markBuilding(vocabularyId, true);
    try {
      const built = await runWorker<{ language: string; concepts: number; bytes: number }[]>(
        ctx.workersDir,
        'suggest-index',
        { libraryDir: ctx.paths.libraryDir, workersDir: ctx.workersDir, vocabularyId },
        { signal: control.signal, onProgress: (done, total, message) => control.progress(done, total, message) },
      );
      dropIndexes(ctx.suggest, vocabularyId);
      ctx.events.emit({ type: 'data-changed', domains: ['suggest'] });
      return { built };
    } finally {
      indexes.markBuilding(vocabularyId, false);
    }
  });
  jobs.set(vocabularyId, job);
  return job;
}

/**
 * Makes sure the indexes a query needs exist before it runs: missing or outdated ones are built
 * in the background job (the app stays responsive and shows progress), not on the main thread.
 */
export async function ensureIndexes(ctx: AppContext, language: string, vocabularyIds?: string[]): Promise<void> {
  const indexes = ctx.suggest.indexes;
  const ids = vocabularyIds?.length ? vocabularyIds : ctx.library.list().map((v) => v.id);
  const waits: Promise<JobInfo>[] = [];
  for (const id of ids) {
    if (!ctx.library.has(id) || indexes.isLoaded(id, language)) continue;
    const base = language.split('-')[0]!;
    const status = indexes.status(id).find((s) => s.language === language || s.language === base);
    if (status && status.state !== 'ready') waits.push(ctx.jobs.wait(startIndexBuild(ctx, id).id));
  }
  for (const done of await Promise.all(waits)) {
    if (done.state === 'cancelled') throw cancelled();
    if (done.state === 'failed')
      throw new CrosswalkError(done.error?.code ?? ErrorCodes.internal, done.error?.message ?? 'Indexing failed', done.error?.details);
  }
}
