import type { Database } from 'better-sqlite3';
import type { SuggestFilters, SuggestionCandidate } from '../../../shared/domain/suggestion.js';
import type { ConceptLookup } from '../checks/concept-lookup.js';
import { readProposals } from '../suggest/batch-store.js';
import type { ProposalSource } from './bulk.js';

/** Whether a stored candidate lies inside the filters; scheme, reuse level and collection need the library. */
export function candidateInFilters(c: SuggestionCandidate, filters: SuggestFilters | undefined, library: ConceptLookup | null): boolean {
  if (!filters) return true;
  if (filters.vocabularyIds?.length && !filters.vocabularyIds.includes(c.vocabularyId)) return false;
  if (filters.types?.length && !filters.types.includes(c.type)) return false;
  const needsConcept = Boolean(filters.schemes?.length || filters.reuseLevels?.length || filters.collections?.length);
  if (!needsConcept) return true;
  // Without the concept record the candidate cannot be shown to fit: leave it out rather than guess.
  const concept = library?.concept(c.uri, c.vocabularyId);
  if (!concept) return false;
  if (filters.schemes?.length && !concept.schemes.some((s) => filters.schemes!.includes(s))) return false;
  if (filters.reuseLevels?.length && !(concept.reuseLevel && filters.reuseLevels.includes(concept.reuseLevel))) return false;
  if (filters.collections?.length && !concept.collections.some((s) => filters.collections!.includes(s))) return false;
  return true;
}

/**
 * Candidates for "accept top suggestion": only the proposals "Suggest all" stored in the project,
 * limited to the filters. No live suggestions: computing them for thousands of selected items
 * would block the core thread; items without proposals are reported as skipped instead.
 */
export function storedProposals(db: Database, library: ConceptLookup | null): ProposalSource {
  return async (itemIds, filters) => {
    const found = new Map<number, SuggestionCandidate[]>();
    for (const item of readProposals(db, { itemIds }).items) {
      const candidates = item.candidates.filter((c) => candidateInFilters(c, filters, library));
      if (candidates.length) found.set(item.sourceItemId, candidates);
    }
    return found;
  };
}
