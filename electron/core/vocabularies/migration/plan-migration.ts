import type { Mapping } from '../../../../shared/domain/mapping.js';
import type { MigrationReason } from '../../../../shared/domain/migration.js';
import type { ConceptRecord, ConceptType } from '../../../../shared/domain/vocabulary.js';
import type { ConceptChange } from '../../../../shared/domain/vocabulary-diff.js';
import { reasonsOf } from '../../../../shared/migration-rules.js';

/** An affected mapping: why, and what the vocabularies say about its target. */
export interface PlannedRow<M extends Mapping = Mapping> {
  mapping: M;
  from: string;
  reasons: MigrationReason[];
  replacement: NonNullable<ConceptChange['replacement']> | null;
  /** Successors named by the newer version (isReplacedBy / replaces). */
  replacedBy: string[];
  /** The target in the newer version, when it is still there. */
  next: ConceptRecord | undefined;
  /** The target's concept type (in the older version when it is gone), when known. */
  type: ConceptType | undefined;
}

export interface MigrationPlan<M extends Mapping = Mapping> {
  /** Mappings whose target is unchanged (or changed only in description / reuse level), and "no match" statements. */
  move: M[];
  queue: PlannedRow<M>[];
}

export interface PlanInput<M extends Mapping> {
  to: string;
  mappings: readonly M[];
  /** The diff from each older version to `to`, by URI; absent for a version no longer in the library. */
  changes: ReadonlyMap<string, ReadonlyMap<string, ConceptChange>>;
  /** Concepts of each older version that is in the library (to tell "unchanged" from "never there"). */
  inFrom: (from: string, uri: string) => boolean | undefined;
  /** A concept of the newer version. */
  next: (uri: string) => ConceptRecord | undefined;
}

/** The version a statement is about: its target's, or for "no match" the vocabulary named. */
export function versionOf(m: Mapping): string {
  return (m.kind === 'no-match' ? m.targetVocabularyId : m.target?.vocabularyId || m.targetVocabularyId) ?? '';
}

/**
 * Sorts the mappings of older versions into those that move as they are and those the user must
 * look at. With the older version in the library the diff decides; without it (or for a target the
 * older version never had) the newer version alone: gone, deprecated, or its label differs from the
 * one recorded with the mapping.
 */
export function planMigration<M extends Mapping>(input: PlanInput<M>): MigrationPlan<M> {
  const move: M[] = [];
  const queue: PlannedRow<M>[] = [];
  for (const mapping of input.mappings) {
    const from = versionOf(mapping);
    if (mapping.kind === 'no-match' || !mapping.target) {
      move.push(mapping);
      continue;
    }
    const uri = mapping.target.uri;
    const next = input.next(uri);
    const diff = input.changes.get(from);
    const known = diff !== undefined && input.inFrom(from, uri) === true;
    let reasons: MigrationReason[];
    let change: ConceptChange | undefined;
    if (known) {
      change = diff.get(uri);
      reasons = change ? reasonsOf(change.changes) : [];
    } else {
      reasons = reasonsAgainst(mapping.target.label, next);
    }
    if (reasons.length === 0) move.push(mapping);
    else {
      const replacedBy = change?.after?.replacedBy ?? [];
      queue.push({ mapping, from, reasons, replacement: change?.replacement ?? null, replacedBy, next, type: next?.type ?? change?.type });
    }
  }
  return { move, queue };
}

/** Reasons read from the newer version alone. */
function reasonsAgainst(recordedLabel: string, next: ConceptRecord | undefined): MigrationReason[] {
  if (!next) return ['removed'];
  const reasons: MigrationReason[] = [];
  if (/deprecated|obsolete/i.test(next.status ?? '')) reasons.push('deprecated');
  const labels = Object.values(next.prefLabel).map((l) => l.trim().toLowerCase());
  if (recordedLabel.trim() && !labels.includes(recordedLabel.trim().toLowerCase())) reasons.push('relabelled');
  return reasons;
}
