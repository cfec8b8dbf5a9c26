import type { SuggestionCandidate, TextRange } from './domain/suggestion.js';

/** As many ranges as a mapping's evidence may hold (the contract's cap). */
export const MAX_EVIDENCE_RANGES = 50;

/**
 * The evidence a mapping accepted from a suggestion keeps: the outcome spans its skill statement
 * gave it, else the words of the item's text it matched. One rule for the workbench's accept and
 * bulk "accept top", so both tie a mapping to the same part of the outcome.
 */
export function candidateEvidence(candidate: Pick<SuggestionCandidate, 'spans' | 'why'>): TextRange[] {
  const ranges = candidate.spans?.length ? candidate.spans : (candidate.why?.queryRanges ?? []);
  return ranges.slice(0, MAX_EVIDENCE_RANGES).map((r) => ({ start: r.start, end: r.end }));
}
