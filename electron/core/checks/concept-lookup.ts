import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';

/** What checks and coverage need from the vocabulary library (electron/core/vocabularies/library.ts). */
export interface ConceptLookup {
  has(vocabularyId: string): boolean;
  concept(uri: string, vocabularyId?: string): ConceptRecord | undefined;
  list(): { id: string }[];
}

/**
 * Wraps a lookup so a broken or missing vocabulary file reads as "not loaded" instead of failing
 * the whole check run, and caches per run (checks ask for the same targets many times).
 */
export function safeLookup(lookup: ConceptLookup | null | undefined): ConceptLookup & { signature: string } {
  const concepts = new Map<string, ConceptRecord | undefined>();
  const loaded = new Map<string, boolean>();
  let ids: { id: string }[] = [];
  try {
    ids = lookup?.list() ?? [];
  } catch {
    ids = [];
  }
  const has = (id: string) => {
    let value = loaded.get(id);
    if (value === undefined) {
      try {
        value = Boolean(lookup?.has(id));
      } catch {
        value = false;
      }
      loaded.set(id, value);
    }
    return value;
  };
  return {
    signature: ids.map((v) => `${v.id}@${(v as { importedAt?: string }).importedAt ?? ''}`).join(','),
    list: () => ids,
    has,
    concept(uri, vocabularyId) {
      const key = `${vocabularyId ?? ''} ${uri}`;
      if (concepts.has(key)) return concepts.get(key);
      let found: ConceptRecord | undefined;
      try {
        found = vocabularyId && !has(vocabularyId) ? undefined : lookup?.concept(uri, vocabularyId || undefined);
      } catch {
        found = undefined;
      }
      concepts.set(key, found);
      return found;
    },
  };
}
