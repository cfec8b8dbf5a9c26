import { workerMain } from '../jobs/worker-main.js';
import { buildVocabularyIndexes } from '../suggest/suggest-service.js';
import { VocabularyLibrary } from '../vocabularies/library.js';

/** Builds and saves the suggestion indexes (every label language) of one vocabulary version. */
workerMain<{ libraryDir: string; workersDir: string; vocabularyId: string }, { language: string; concepts: number; bytes: number }[]>(
  (input, { progress }) => {
    const library = new VocabularyLibrary(input.libraryDir, input.workersDir);
    return buildVocabularyIndexes(input.libraryDir, library.get(input.vocabularyId), library.concepts(input.vocabularyId), progress);
  },
);
