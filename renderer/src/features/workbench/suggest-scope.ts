import type { SuggestFilters } from '../../../../shared/domain/suggestion.js';

/** Which kind of target concepts the suggestions come from. */
export type SuggestScope = 'any' | 'skills' | 'occupations' | 'fields';

export const SUGGEST_SCOPES: readonly { id: SuggestScope; label: string }[] = [
  { id: 'any', label: 'any concept' },
  { id: 'skills', label: 'skills & knowledge' },
  { id: 'occupations', label: 'occupations' },
  { id: 'fields', label: 'ISCED-F fields' },
];

/** The suggestion filters for a target vocabulary and scope (undefined: no restriction). */
export function suggestFilters(vocabularyId: string | null, scope: SuggestScope): SuggestFilters | undefined {
  const filters: SuggestFilters = {};
  if (vocabularyId) filters.vocabularyIds = [vocabularyId];
  if (scope === 'skills') filters.types = ['skill', 'knowledge'];
  if (scope === 'occupations') filters.types = ['occupation'];
  if (scope === 'fields') filters.types = ['isced-field'];
  return Object.keys(filters).length ? filters : undefined;
}
