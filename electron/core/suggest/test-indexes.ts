import type { VocabularyInfo } from '../../../shared/domain/vocabulary.js';
import { SuggestIndexes } from './suggest-service.js';
import { sampleConcepts } from './test-concepts.js';

/** The sample concepts as one vocabulary with German and English labels, behind the service's index cache in `dir`. */
export function sampleIndexes(dir: string): SuggestIndexes {
  const info: VocabularyInfo = {
    id: 'test-v1',
    title: 'Test',
    publisher: '',
    version: '1',
    languages: ['de', 'en'],
    graph: 'urn:test',
    sourceFiles: [],
    importedAt: 'stamp',
    schemes: [],
    counts: { triples: 0, concepts: 0 },
  };
  const concepts = sampleConcepts();
  return new SuggestIndexes(dir, { list: () => [info], concepts: () => concepts });
}
