import type { ConceptType, LangMap, ReuseLevel } from './vocabulary.js';

/**
 * How a concept changed between two vocabulary versions. `replaced` comes from replacement data in
 * the vocabulary (dcterms:isReplacedBy / dcterms:replaces); ESCO's CSV packages carry none, so
 * there a concept that is gone is `removed`.
 */
export type ConceptChangeKind =
  'added' | 'removed' | 'replaced' | 'deprecated' | 'relabelled' | 'moved' | 'type-changed' | 'reuse-level-changed' | 'description-changed';

/** The kinds, most significant first: a concept's `change` is the first of its `changes`. */
export const CONCEPT_CHANGE_KINDS: readonly ConceptChangeKind[] = [
  'added',
  'removed',
  'replaced',
  'deprecated',
  'relabelled',
  'moved',
  'type-changed',
  'reuse-level-changed',
  'description-changed',
];

/** The compared fields of a concept in one version (only those that changed, except for added/removed). */
export interface ConceptState {
  prefLabel?: LangMap<string>;
  type?: ConceptType;
  status?: string;
  broader?: string[];
  reuseLevel?: ReuseLevel;
  description?: LangMap<string>;
  replacedBy?: string[];
}

/** One changed concept. */
export interface ConceptChange {
  uri: string;
  /** The most significant change (see CONCEPT_CHANGE_KINDS). */
  change: ConceptChangeKind;
  /** Every change of this concept, most significant first. */
  changes: ConceptChangeKind[];
  /** Its type and English (or best) preferred label in the newer version, or the older one when removed. */
  type: ConceptType;
  label: string;
  /** For replaced concepts: one replaced by several (split) or several by one (merged). */
  replacement?: 'split' | 'merged' | 'one-to-one';
  before?: ConceptState;
  after?: ConceptState;
}

/** What changed from one vocabulary version to another. */
export interface VocabularyDiff {
  from: string;
  to: string;
  /** Concepts per change kind (a concept counts once per kind it has), plus totals. */
  counts: Record<ConceptChangeKind, number> & { changed: number; unchanged: number; before: number; after: number };
  /** Changed concepts, sorted by change (most significant first), then URI. */
  changes: ConceptChange[];
}
