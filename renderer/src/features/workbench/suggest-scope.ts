import type { SuggestFilters } from '../../../../shared/domain/suggestion.js';
import type { VocabularyInfo } from '../../../../shared/domain/vocabulary.js';

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

/** The target a new workbench session starts with: the newest ESCO version, else the first vocabulary. */
export function preferredVocabulary(vocabularies: readonly { id: string; version: string }[]): string | null {
  const esco = vocabularies.filter((v) => v.id.startsWith('esco-'));
  const newest = esco.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }))[0];
  return newest?.id ?? vocabularies[0]?.id ?? null;
}

/** Learning outcomes are mapped to ESCO skills and knowledge first; other vocabularies to any concept. */
export function defaultScope(vocabularyId: string | null): SuggestScope {
  return vocabularyId?.startsWith('esco-') ? 'skills' : 'any';
}

/** A vocabulary's name as the workbench shows it: the title with its version, the version once. */
export function vocabularyName(v: Pick<VocabularyInfo, 'title' | 'version'>): string {
  return v.title.includes(v.version) ? v.title : `${v.title} ${v.version}`.trim();
}
