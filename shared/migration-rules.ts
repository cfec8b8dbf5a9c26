import type { MigrationAction, MigrationQueueRow, MigrationReason, MigrationSuggestion, SuggestionOrigin } from './domain/migration.js';
import { MIGRATION_REASONS } from './domain/migration.js';
import type { ConceptChangeKind } from './domain/vocabulary-diff.js';

/** The changes of a target that send its mapping to the queue (description or reuse level alone do not). */
export function reasonsOf(changes: readonly ConceptChangeKind[]): MigrationReason[] {
  return MIGRATION_REASONS.filter((reason) => changes.includes(reason));
}

/** The target is no longer a concept of the newer version. */
export function targetGone(reasons: readonly MigrationReason[]): boolean {
  return reasons.includes('removed') || (reasons.includes('replaced') && !reasons.includes('deprecated'));
}

/** Reasons that leave the statement true as it is: the concept is still there, only named or placed differently. */
const HARMLESS: ReadonlySet<MigrationReason> = new Set(['relabelled', 'moved', 'type-changed']);

/** Suggestions trusted enough to be accepted for many rows at once: they come from the vocabulary itself. */
const TRUSTED: ReadonlySet<SuggestionOrigin> = new Set(['replacement', 'same-concept', 'same-label']);

type Row = Pick<MigrationQueueRow, 'reasons' | 'replacement' | 'suggestions'>;

/**
 * Why an action cannot be applied to these rows, or null when it can. One row allows anything the
 * target's state permits; several rows only what their reasons make safe without looking at each:
 * keep when every target is merely relabelled / moved / retyped, replace by the top suggestion when
 * each comes from the vocabulary's own data (not a split), no equivalent when every target is gone
 * or deprecated.
 */
export function refusal(action: MigrationAction, rows: readonly Row[], withTarget: boolean): string | null {
  if (rows.length === 0) return 'No open row selected.';
  if (action === 'keep' && rows.some((r) => targetGone(r.reasons)))
    return 'A removed or replaced target cannot be kept: replace it or mark "no equivalent".';
  if (rows.length === 1) {
    if (action === 'replace' && !withTarget && !rows[0]!.suggestions.length) return 'This row has no suggestion: pick a concept.';
    return null;
  }
  switch (action) {
    case 'keep':
      return rows.every((r) => r.reasons.every((reason) => HARMLESS.has(reason)))
        ? null
        : 'Keep for several rows only where the targets are only relabelled, moved or retyped.';
    case 'replace':
      if (withTarget) return null;
      return rows.every((r) => r.replacement !== 'split' && r.suggestions[0] && TRUSTED.has(r.suggestions[0].origin))
        ? null
        : "Accept for several rows only where each top suggestion comes from the vocabulary's own data.";
    case 'no-equivalent':
      return rows.every((r) => targetGone(r.reasons) || r.reasons.includes('deprecated'))
        ? null
        : '"No equivalent" for several rows only where every target is gone or deprecated.';
  }
}

/** The actions offered for several rows at once (bulk buttons). */
export function bulkActions(rows: readonly Row[]): MigrationAction[] {
  if (rows.length < 2) return [];
  return (['keep', 'replace', 'no-equivalent'] as const).filter((action) => refusal(action, rows, false) === null);
}

const ORIGIN_RANK: Record<SuggestionOrigin, number> = { replacement: 0, 'same-concept': 1, 'same-label': 2, engine: 3 };

/** One list from several sources: the vocabulary's own data first, then by score; each URI once, at most `limit`. */
export function mergeSuggestions(lists: readonly (readonly MigrationSuggestion[])[], limit = 8): MigrationSuggestion[] {
  const best = new Map<string, MigrationSuggestion>();
  for (const s of lists.flat()) {
    const seen = best.get(s.uri);
    if (!seen || ORIGIN_RANK[s.origin] < ORIGIN_RANK[seen.origin] || (s.origin === seen.origin && s.score > seen.score)) best.set(s.uri, s);
  }
  return [...best.values()]
    .sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin] || b.score - a.score || a.uri.localeCompare(b.uri))
    .slice(0, limit);
}
