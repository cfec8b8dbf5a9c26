import type { LangMap } from '../../../shared/domain/vocabulary.js';

/** File names inside one vocabulary folder of the library. */
export const LIBRARY_FILES = {
  meta: 'meta.json',
  concepts: 'concepts.json',
  details: 'details.json',
  graph: 'graph.nt',
} as const;

/** What concept pages need beyond ConceptRecord, kept apart so browsing loads less. */
export interface VocabularyDetailsFile {
  scopeNote: Record<string, LangMap<string>>;
  definition: Record<string, LangMap<string>>;
  /** [occupation, skill] pairs. */
  essential: [string, string][];
  optional: [string, string][];
  /** Skill-to-skill relations and skos:related, [from, to]. */
  related: [string, string][];
  schemeTitles: Record<string, string>;
  /** skos:hasTopConcept / topConceptOf per scheme, when the vocabulary states them. */
  topConcepts: Record<string, string[]>;
  matches: Record<string, { relation: string; uri: string }[]>;
}

export function emptyDetails(): VocabularyDetailsFile {
  return { scopeNote: {}, definition: {}, essential: [], optional: [], related: [], schemeTitles: {}, topConcepts: {}, matches: {} };
}
