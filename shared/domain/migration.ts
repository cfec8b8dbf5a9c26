import type { MappingRelation } from '../skos.js';
import type { ConceptChangeKind } from './vocabulary-diff.js';

/**
 * Why a mapping cannot simply move to the newer version: what happened to its target. A target
 * whose description, reuse level or nothing changed moves without asking.
 */
export type MigrationReason = Extract<ConceptChangeKind, 'removed' | 'replaced' | 'deprecated' | 'relabelled' | 'moved' | 'type-changed'>;

export const MIGRATION_REASONS: readonly MigrationReason[] = ['removed', 'replaced', 'deprecated', 'relabelled', 'moved', 'type-changed'];

/**
 * Where a suggested replacement comes from, most trusted first: the vocabulary's replacement data
 * (isReplacedBy / replaces), the same concept still there (relabelled or moved), a concept of the
 * newer version with the old preferred label, the suggestion engine.
 */
export type SuggestionOrigin = 'replacement' | 'same-concept' | 'same-label' | 'engine';

export interface MigrationSuggestion {
  uri: string;
  label: string;
  origin: SuggestionOrigin;
  /** 0..1; 1 for replacement data and the same concept. */
  score: number;
}

/** What the user decides for one queued mapping. */
export type MigrationAction = 'replace' | 'keep' | 'no-equivalent';

export interface MigrationQueueRow {
  id: number;
  mappingId: number;
  sourceItemId: number;
  sourceKey: string;
  sourceText: string;
  relation: MappingRelation | null;
  fromVocabulary: string;
  oldTarget: { uri: string; label: string };
  /** The target's preferred label in the newer version; null when the concept is gone. */
  newLabel: string | null;
  reasons: MigrationReason[];
  replacement: 'one-to-one' | 'split' | 'merged' | null;
  suggestions: MigrationSuggestion[];
  /** Null while open (also after its decision was undone). */
  resolution: { action: MigrationAction; target: string | null; batch: string } | null;
}

export interface MigrationSummary {
  id: number;
  to: string;
  from: string[];
  started: string;
  /** Mappings moved without asking (target unchanged) by this migration. */
  moved: number;
  queued: number;
  open: number;
  /** Open rows per reason (a row counts once per reason it has). */
  openByReason: Partial<Record<MigrationReason, number>>;
  finished: boolean;
}
