import { ErrorCodes } from '../../../../shared/errors.js';
import type { AppContext } from '../../context.js';
import { CrosswalkError } from '../../errors.js';
import { runWorker } from '../../jobs/run-worker.js';
import { searchFor } from '../cross-language.js';
import type { BatchDenseInput } from './batch-dense.js';
import { DenseLevel } from './dense-level.js';
import type { DenseRescorer } from './fusion.js';

const levels = new WeakMap<AppContext, DenseLevel>();

/** The app's neural level: concept vectors are computed by a background job running the dense-vectors worker. */
export function denseLevel(ctx: AppContext): DenseLevel {
  let level = levels.get(ctx);
  if (!level) {
    level = new DenseLevel({
      dataDir: ctx.paths.userDataDir,
      pathsAllowed: () => ctx.fileAccess === 'paths',
      changed: () => ctx.events.emit({ type: 'data-changed', domains: ['suggest'] }),
      computeVectors: async (input, title) => {
        const job = ctx.jobs.start('dense-vectors', title, (control) =>
          runWorker(ctx.workersDir, 'dense-vectors', input, {
            signal: control.signal,
            onProgress: (done, total, message) => control.progress(done, total, message),
          }),
        );
        const done = await ctx.jobs.wait(job.id);
        if (done.state !== 'succeeded')
          throw new CrosswalkError(done.error?.code ?? ErrorCodes.internal, done.error?.message ?? `${title}: ${done.state}`);
        ctx.events.emit({ type: 'data-changed', domains: ['suggest'] });
      },
    });
    levels.set(ctx, level);
  }
  return level;
}

/**
 * The dense re-scorer for a query when Settings name a model (undefined when off, when the model
 * cannot be used — the status says why — or while the searched vocabularies' vectors are computed).
 */
export async function denseRescorer(
  ctx: AppContext,
  text: string,
  language: string,
  vocabularyIds?: string[],
): Promise<DenseRescorer | undefined> {
  const settings = ctx.settings.settings;
  if (!settings.embeddingModelFolder.trim()) return undefined;
  const search = searchFor(ctx.suggest.indexes, language, vocabularyIds);
  return denseLevel(ctx).rescorerFor(settings, text, search.engine.indexes);
}

/** The neural level's part of a batch (Suggest all) worker's input, or undefined when it is off or cannot be used. */
export function denseBatchInput(ctx: AppContext): BatchDenseInput | undefined {
  const settings = ctx.settings.settings;
  const folder = denseLevel(ctx).usableFolder(settings);
  if (!folder) return undefined;
  return {
    folder,
    dataDir: ctx.paths.userDataDir,
    queryPrefix: settings.embeddingQueryPrefix,
    passagePrefix: settings.embeddingPassagePrefix,
  };
}
