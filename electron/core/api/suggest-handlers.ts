import type { DomainHandlers } from '../../../shared/contract/method.js';
import { suggestContract } from '../../../shared/contract/suggest.js';
import { ErrorCodes } from '../../../shared/errors.js';
import type { AppContext } from '../context.js';
import { CrosswalkError, isAbort } from '../errors.js';
import { findItem } from '../sources/store/item-rows.js';
import { findScheme } from '../sources/store/schemes.js';
import { ensureIndexes, startIndexBuild } from '../suggest/index-jobs.js';
import type { BatchInput } from '../suggest/batch-runner.js';
import { suggestInWorkers } from '../suggest/batch-parallel.js';
import { clearProposals, finishRun, itemsToSuggest, readProposals, startRun, storeProposals } from '../suggest/batch-store.js';
import { readDecidedScores } from '../suggest/project-calibration.js';
import { projectDecisions, suggestText } from '../suggest/suggest-app.js';
import { denseBatchInput, denseLevel, denseRescorer } from '../suggest/dense/dense-app.js';

export function suggestHandlers(ctx: AppContext): DomainHandlers<typeof suggestContract> {
  const projectLanguage = () => ctx.projects.current()?.info().metadata.language ?? 'en';
  return {
    forText: async ({ text, description, language, filters, top, sourceItemId, decompose }) => {
      const lang = (language ?? projectLanguage()).toLowerCase();
      await ensureIndexes(ctx, lang, filters?.vocabularyIds);
      const dense = await denseRescorer(ctx, text, lang, filters?.vocabularyIds);
      return suggestText(ctx, { text, description, language: lang, filters, top, sourceItemId, decompose, dense });
    },

    forItem: async ({ sourceItemId, filters, top, decompose }) => {
      const item = findItem(ctx.projects.require().db, sourceItemId);
      if (!item) throw new CrosswalkError(ErrorCodes.notFound, `No source item ${sourceItemId}`);
      await ensureIndexes(ctx, item.language.toLowerCase(), filters?.vocabularyIds);
      const dense = await denseRescorer(ctx, item.text, item.language.toLowerCase(), filters?.vocabularyIds);
      return suggestText(ctx, {
        text: item.text,
        description: item.description,
        language: item.language,
        filters,
        top,
        sourceItemId,
        decompose,
        dense,
      });
    },

    batchStart: ({ schemeId, itemIds, filters = {}, top = 10, decompose }) => {
      const project = ctx.projects.require();
      const scheme = findScheme(project.db, schemeId);
      if (!scheme) throw new CrosswalkError(ErrorCodes.notFound, `No source scheme ${schemeId}`);
      if (!ctx.library.list().length)
        throw new CrosswalkError(ErrorCodes.notFound, 'The library has no vocabulary yet: import ESCO or a SKOS vocabulary first.');
      const items = itemsToSuggest(project.db, schemeId, itemIds);
      const decisions = projectDecisions(ctx)!.value;
      const runId = startRun(project.db, schemeId, filters, top, items.length);
      const input: BatchInput & { workersDir: string } = {
        libraryDir: ctx.paths.libraryDir,
        workersDir: ctx.workersDir,
        items,
        filters,
        top,
        examples: decisions.examples,
        rejected: [...decisions.rejected].map(([id, uris]) => [id, [...uris]]),
        decided: readDecidedScores(project.db),
        dense: denseBatchInput(ctx),
        ...(decompose ? { decompose } : {}),
      };
      return ctx.jobs.start('suggest-batch', `Suggest for "${scheme.title}"`, async (job) => {
        try {
          job.progress(0, items.length, 'Loading the suggestion index');
          // Built once here, not by each of the batch's workers at the same time.
          for (const language of new Set(items.map((i) => i.language.toLowerCase())))
            await ensureIndexes(ctx, language, filters.vocabularyIds);
          const output = await suggestInWorkers(ctx.suggest.batchWorkers, input, {
            signal: job.signal,
            onProgress: (done, total, message) => job.progress(done, total, message),
          });
          // The project may have been closed or switched meanwhile: write only into the one we started on.
          if (ctx.projects.current() !== project)
            throw new CrosswalkError(ErrorCodes.conflict, 'The project was closed before the suggestions were stored.');
          storeProposals(project.db, runId, output.items);
          ctx.events.emit({ type: 'data-changed', domains: suggestContract.batchStart.changes });
          return { runId, items: output.items.length, proposals: output.items.reduce((n, i) => n + i.candidates.length, 0) };
        } catch (error) {
          if (ctx.projects.current() === project)
            finishRun(project.db, runId, isAbort(error) || job.signal.aborted ? 'cancelled' : 'failed');
          throw error;
        }
      });
    },

    batchResults: ({ schemeId, itemIds }) => readProposals(ctx.projects.require().db, { schemeId, itemIds }),

    batchClear: ({ schemeId }) => {
      return { removed: clearProposals(ctx.projects.require().db, schemeId) };
    },

    indexStatus: ({ vocabularyId }) => ctx.suggest.indexes.status(vocabularyId),

    buildIndex: ({ vocabularyId, force }) => startIndexBuild(ctx, vocabularyId, force),

    denseStatus: () => denseLevel(ctx).status(ctx.settings.settings),
  };
}
