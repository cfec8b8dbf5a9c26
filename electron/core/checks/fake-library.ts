import type { ConceptRecord, ConceptType } from '../../../shared/domain/vocabulary.js';
import type { ConceptLookup } from './concept-lookup.js';

/** A small in-memory stand-in for the vocabulary library, for check and coverage tests. */
export function fakeLibrary(vocabularyId: string, concepts: Partial<ConceptRecord>[]): ConceptLookup {
  const records = concepts.map<ConceptRecord>((c) => ({
    uri: c.uri!,
    vocabularyId,
    schemes: c.schemes ?? ['http://data.europa.eu/esco/concept-scheme/skills'],
    type: c.type ?? ('skill' as ConceptType),
    prefLabel: c.prefLabel ?? { en: c.uri! },
    altLabels: {},
    hiddenLabels: {},
    description: {},
    collections: c.collections ?? [],
    broader: c.broader ?? [],
    ...(c.reuseLevel ? { reuseLevel: c.reuseLevel } : {}),
    ...(c.status ? { status: c.status } : {}),
  }));
  const byUri = new Map(records.map((r) => [r.uri, r]));
  return {
    list: () => [{ id: vocabularyId }],
    has: (id) => id === vocabularyId,
    concept: (uri, id) => (id && id !== vocabularyId ? undefined : byUri.get(uri)),
  };
}
