import { WorkerPool } from '../jobs/worker-pool.js';
import type { VocabularyLibrary } from '../vocabularies/library.js';
import type { DecisionMemory, ProjectDecisions } from './decisions.js';
import { SuggestIndexes } from './suggest-service.js';

/** What suggestions keep between calls in one app context. */
export interface SuggestState {
  /** The library's suggestion indexes, dropped when the library changes. */
  indexes: SuggestIndexes;
  /** Suggest all's workers, kept with their indexes loaded for the next batch; stopped when the indexes change. */
  batchWorkers: WorkerPool;
  /** Decisions of the open project, kept until its project revision says the mappings or sources changed. */
  decisions?: { key: string; value: ProjectDecisions; memory: DecisionMemory };
}

export function createSuggestState(libraryDir: string, library: VocabularyLibrary, workersDir: string): SuggestState {
  const state: SuggestState = {
    indexes: new SuggestIndexes(libraryDir, library, workersDir),
    batchWorkers: new WorkerPool(workersDir, 'suggest-batch'),
  };
  library.onChange(() => dropIndexes(state));
  return state;
}

/**
 * Forgets the loaded indexes (of one vocabulary, or all) after a library change or a rebuild, and stops Suggest all's
 * kept workers, which hold them as they were.
 */
export function dropIndexes(state: SuggestState, vocabularyId?: string): void {
  state.indexes.invalidate(vocabularyId);
  state.batchWorkers.clear();
}
