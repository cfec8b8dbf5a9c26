import type { ItemRollup, ItemSummary, Mapping } from '../../../../shared/domain/mapping.js';

/** Which items the status filter shows ("proposed" is proposed only: nothing accepted yet). */
export type ItemFilter = 'all' | 'unmapped' | 'proposed' | 'accepted' | 'unsure' | 'no-match' | 'problems';

export const ITEM_FILTERS: readonly { id: ItemFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'unmapped', label: 'Unmapped' },
  { id: 'proposed', label: 'Proposed only' },
  { id: 'accepted', label: 'Accepted' },
  { id: 'unsure', label: 'Unsure' },
  { id: 'no-match', label: 'No match' },
  { id: 'problems', label: 'With problems' },
];

/** One row of the items table: flat and immutable, so unchanged rows keep their identity. */
export interface ItemRowView {
  id: number;
  key: string;
  text: string;
  course: string;
  status: ItemRollup;
  /** Match statements plus a no-match statement. */
  mappings: number;
  problems: number;
  /** Best suggestion score (0..1) among the item's mappings, or null. */
  score: number | null;
  /** Lower-case id, text, course and notes: what the filter box matches. */
  haystack: string;
  summary: ItemSummary;
}

function sameSummary(a: ItemSummary, b: ItemSummary): boolean {
  return (
    a.key === b.key &&
    a.text === b.text &&
    a.groupId === b.groupId &&
    a.rollup === b.rollup &&
    a.mappingCount === b.mappingCount &&
    a.noMatch === b.noMatch &&
    a.mustNotMap === b.mustNotMap &&
    a.problems === b.problems &&
    a.accepted === b.accepted &&
    a.proposed === b.proposed &&
    a.unsure === b.unsure &&
    a.rejected === b.rejected &&
    a.notes === b.notes &&
    a.bestScore === b.bestScore
  );
}

/**
 * Builds the table rows, reusing the previous row object when nothing about the item changed:
 * with 20,000 items a refresh after one edit re-renders one row, not all of them.
 */
export function buildItemRows(
  summaries: readonly ItemSummary[],
  courseTitles: ReadonlyMap<number, string>,
  previous: ReadonlyMap<number, ItemRowView> = new Map(),
): ItemRowView[] {
  return summaries.map((summary) => {
    const old = previous.get(summary.itemId);
    const course = summary.groupId == null ? '' : (courseTitles.get(summary.groupId) ?? '');
    if (old && old.course === course && (old.summary === summary || sameSummary(old.summary, summary))) return old;
    return {
      id: summary.itemId,
      key: summary.key,
      text: summary.text,
      course,
      status: summary.rollup,
      mappings: summary.mappingCount + (summary.noMatch ? 1 : 0) + summary.mustNotMap,
      problems: summary.problems,
      score: summary.bestScore,
      haystack: `${summary.key}\n${summary.text}\n${course}\n${summary.notes}`.toLowerCase(),
      summary,
    };
  });
}

export function filterRows(rows: readonly ItemRowView[], filter: ItemFilter): readonly ItemRowView[] {
  if (filter === 'all') return rows;
  if (filter === 'problems') return rows.filter((r) => r.problems > 0);
  return rows.filter((r) => r.status === filter);
}

/** Replaces one item's summary (after an edit) without waiting for the next full refresh. */
export function patchSummaries(summaries: readonly ItemSummary[], itemId: number, mappings: readonly Mapping[]): readonly ItemSummary[] {
  return summaries.map((s) => (s.itemId === itemId ? summaryFromMappings(s, mappings) : s));
}

/**
 * An item's summary recomputed from its own mappings (same rules as the core's itemSummaries),
 * so the edited row is right at once; problem counts wait for the next full refresh.
 */
export function summaryFromMappings(base: ItemSummary, mappings: readonly Mapping[]): ItemSummary {
  const matches = mappings.filter((m) => m.kind === 'match');
  const count = (status: Mapping['status']) => matches.filter((m) => m.status === status).length;
  const accepted = count('accepted');
  const proposed = count('proposed');
  const unsure = count('unsure');
  const noMatch = mappings.some((m) => m.kind === 'no-match' && m.status === 'accepted');
  const rollup: ItemRollup =
    accepted > 0 ? 'accepted' : noMatch ? 'no-match' : proposed > 0 ? 'proposed' : unsure > 0 ? 'unsure' : 'unmapped';
  return {
    ...base,
    mappingCount: matches.length,
    accepted,
    proposed,
    unsure,
    rejected: count('rejected'),
    noMatch,
    mustNotMap: mappings.filter((m) => m.kind === 'must-not-map' && m.status !== 'rejected').length,
    rollup,
    bestScore: matches.reduce<number | null>(
      (best, m) => (m.status !== 'rejected' && m.score != null && (best == null || m.score > best) ? m.score : best),
      null,
    ),
  };
}
