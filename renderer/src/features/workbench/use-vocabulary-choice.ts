import { useCallback, useMemo, useState } from 'react';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';
import { useApiData } from '../../api/use-api-data.js';
import { useNotify } from '../../ui/notifications.js';
import { defaultScope, preferredVocabulary, type SuggestScope } from './suggest-scope.js';

export interface VocabularyChoice {
  vocabularies: VocabularyInfo[];
  vocabularyId: string | null;
  vocabulary: VocabularyInfo | undefined;
  /** Ids of every vocabulary in the library (targets in them open as concept pages). */
  libraryIds: ReadonlySet<string>;
  setVocabularyId(id: string | null): void;
  scope: SuggestScope;
  setScope(scope: SuggestScope): void;
}

const NONE: VocabularyInfo[] = [];

/** The target vocabulary the workbench suggests from, and the scope of suggestions within it. */
export function useVocabularyChoice(): VocabularyChoice {
  const { fail } = useNotify();
  const vocabularies = useApiData('vocabularies', 'list', {}, { domains: ['vocabularies'], onError: fail }).data ?? NONE;
  const [chosenId, setVocabularyId] = useState<string | null>(null);
  // The chosen vocabulary while it is in the library; otherwise the preferred one.
  const vocabularyId = chosenId && vocabularies.some((v) => v.id === chosenId) ? chosenId : preferredVocabulary(vocabularies);
  // A scope the user picks holds for the vocabulary it was picked for; otherwise that vocabulary's default.
  const [scopeChoice, setScopeChoice] = useState<{ vocabularyId: string | null; scope: SuggestScope } | null>(null);
  const scope = scopeChoice && scopeChoice.vocabularyId === vocabularyId ? scopeChoice.scope : defaultScope(vocabularyId);
  const setScope = useCallback((next: SuggestScope) => setScopeChoice({ vocabularyId, scope: next }), [vocabularyId]);
  const vocabulary = vocabularies.find((v) => v.id === vocabularyId);
  const libraryIds = useMemo(() => new Set(vocabularies.map((v) => v.id)), [vocabularies]);
  return { vocabularies, vocabularyId, vocabulary, libraryIds, setVocabularyId, scope, setScope };
}
