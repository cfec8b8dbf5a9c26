import { workerLoop } from '../jobs/worker-main.js';
import { suggestForItems, type BatchInput, type BatchWorkerEnd } from '../suggest/batch-runner.js';
import { SuggestIndexes } from '../suggest/suggest-service.js';
import { searchFor } from '../suggest/cross-language.js';
import { batchRescorers } from '../suggest/dense/batch-dense.js';
import { VocabularyLibrary } from '../vocabularies/library.js';

/** The indexes this worker has loaded, kept for its next batch (the pool stops it when they change). */
let kept: { key: string; indexes: SuggestIndexes } | undefined;

function indexesFor(libraryDir: string, workersDir: string): SuggestIndexes {
  const key = `${libraryDir}\n${workersDir}`;
  if (kept?.key !== key) kept = { key, indexes: new SuggestIndexes(libraryDir, new VocabularyLibrary(libraryDir, workersDir)) };
  return kept.indexes;
}

/**
 * Batch suggestions off the main thread: loads (or builds) the indexes and ranks every item, sending the items' lists
 * ahead in runs as they are done. Kept between batches (WorkerPool): the next batch finds the indexes loaded and warm.
 */
workerLoop<BatchInput & { workersDir: string }, BatchWorkerEnd>(async (input, { progress, part }) => {
  const indexes = indexesFor(input.libraryDir, input.workersDir);
  // The optional neural level: the items' texts are embedded first (when Settings name a model).
  const dense = input.dense
    ? await batchRescorers(
        input.dense,
        input.items,
        (language) => searchFor(indexes, language, input.filters.vocabularyIds).engine.indexes,
        (done, total) => progress(done, total, `Embedded ${done} of ${total} texts`),
      )
    : undefined;
  const output = suggestForItems(indexes, input, {
    onProgress: (done, total) => progress(done, total, `Suggested for ${done} of ${total} items`),
    denseOf: dense && ((id) => dense.get(id)),
    onItems: part,
  });
  return { itemCount: output.items.length };
});
