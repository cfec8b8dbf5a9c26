import type { ItemSummary, Mapping } from '../../../../shared/domain/mapping.js';
import type { SuggestionCandidate } from '../../../../shared/domain/suggestion.js';

/** Plain test data for the workbench's unit tests. */
export function candidate(uri: string, score = 0.5, patch: Partial<SuggestionCandidate> = {}): SuggestionCandidate {
  return {
    uri,
    label: `label ${uri}`,
    vocabularyId: 'v',
    type: 'skill',
    score,
    why: { labels: [], terms: [], queryRanges: [], coverage: 0 },
    fromDecisions: false,
    ...patch,
  };
}

export function mapping(id: number, uri: string | null, patch: Partial<Mapping> = {}): Mapping {
  return {
    id,
    contentId: `h${id}`,
    sourceItemId: 1,
    kind: uri ? 'match' : 'no-match',
    target: uri ? { uri, label: `label ${uri}`, vocabularyId: 'v' } : null,
    targetVocabularyId: 'v',
    relation: uri ? 'exactMatch' : null,
    status: 'accepted',
    justification: 'manual-curation',
    score: null,
    confidence: null,
    comment: '',
    author: '',
    created: '',
    modified: '',
    ...patch,
  };
}

export function summary(itemId: number, patch: Partial<ItemSummary> = {}): ItemSummary {
  return {
    itemId,
    schemeId: 1,
    key: `LO${itemId}`,
    text: `Outcome ${itemId}`,
    groupId: 10,
    state: 'active',
    mappingCount: 0,
    accepted: 0,
    proposed: 0,
    unsure: 0,
    rejected: 0,
    noMatch: false,
    mustNotMap: 0,
    rollup: 'unmapped',
    problems: 0,
    notes: '',
    bestScore: null,
    ...patch,
  };
}
