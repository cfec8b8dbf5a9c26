import { workerMain } from '../jobs/worker-main.js';
import { suggestForItems, type BatchInput, type BatchOutput } from '../suggest/batch-runner.js';
import { SuggestIndexes } from '../suggest/suggest-service.js';
import { VocabularyLibrary } from '../vocabularies/library.js';

/** Batch suggestions off the main thread: loads (or builds) the indexes and ranks every item. */
workerMain<BatchInput & { workersDir: string }, BatchOutput>((input, { progress }) => {
  const indexes = new SuggestIndexes(input.libraryDir, new VocabularyLibrary(input.libraryDir, input.workersDir));
  return suggestForItems(indexes, input, (done, total) => progress(done, total, `Suggested for ${done} of ${total} items`));
});
