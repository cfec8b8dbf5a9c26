import { filterRows, type ItemFilter, type ItemRowView } from './item-rows.js';

export type SortColumn = 'key' | 'text' | 'course' | 'status' | 'mappings' | 'problems' | 'score';

/** What the items list shows: the filter box, status, course and score filters, and the sort. */
export interface ItemQuery {
  /** Matched (case-insensitive, every word) against id, text, course and notes. */
  text: string;
  status: ItemFilter;
  /** A course title; '' for every course. */
  course: string;
  /** Only items whose best suggestion score is at least this (0..1); null for no limit. */
  minScore: number | null;
  /** null keeps the source's own order. */
  sort: { column: SortColumn; descending: boolean } | null;
}

export const EMPTY_QUERY: ItemQuery = { text: '', status: 'all', course: '', minScore: null, sort: null };

/** True when the query hides nothing (the sort does not hide). */
export function isEmptyQuery(query: ItemQuery): boolean {
  return !query.text.trim() && query.status === 'all' && !query.course && query.minScore == null;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(column: SortColumn): (a: ItemRowView, b: ItemRowView) => number {
  switch (column) {
    case 'mappings':
    case 'problems':
      return (a, b) => a[column] - b[column];
    case 'score':
      return (a, b) => (a.score ?? -1) - (b.score ?? -1);
    default:
      return (a, b) => collator.compare(a[column], b[column]);
  }
}

/**
 * The rows the list shows, in order. A pure function over prebuilt rows (each carries its
 * lower-case haystack), so one keystroke in the filter box is one pass over the rows.
 */
export function queryRows(rows: readonly ItemRowView[], query: ItemQuery): readonly ItemRowView[] {
  let shown = filterRows(rows, query.status);
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  const { course, minScore } = query;
  if (words.length > 0 || course || minScore != null)
    shown = shown.filter(
      (r) =>
        (!course || r.course === course) &&
        (minScore == null || (r.score != null && r.score >= minScore)) &&
        words.every((w) => r.haystack.includes(w)),
    );
  if (!query.sort) return shown;
  const by = compare(query.sort.column);
  const sign = query.sort.descending ? -1 : 1;
  // Stable: equal rows keep the source's order.
  return shown
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => sign * by(a, b) || i - j)
    .map(([r]) => r);
}

/** The course titles present in the rows, sorted, for the course filter. */
export function courseTitles(rows: readonly ItemRowView[]): string[] {
  return [...new Set(rows.map((r) => r.course).filter(Boolean))].sort(collator.compare);
}

/** How many rows each status filter would show, in one pass. */
export function statusCounts(rows: readonly ItemRowView[]): Record<ItemFilter, number> {
  const counts: Record<ItemFilter, number> = {
    all: rows.length,
    unmapped: 0,
    proposed: 0,
    accepted: 0,
    unsure: 0,
    'no-match': 0,
    problems: 0,
  };
  for (const r of rows) {
    counts[r.status] += 1;
    if (r.problems > 0) counts.problems += 1;
  }
  return counts;
}

/** A click on a column's header: ascending, then descending, then the source's order. */
export function nextSort(sort: ItemQuery['sort'], column: SortColumn): ItemQuery['sort'] {
  if (sort?.column !== column) return { column, descending: false };
  return sort.descending ? null : { column, descending: true };
}
