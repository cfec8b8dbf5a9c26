import type Database from 'better-sqlite3';
import type { ItemRollup, ItemSummary } from '../../../shared/domain/mapping.js';

export interface SummaryOptions {
  schemeId?: number;
  groupId?: number;
  filter?: 'all' | ItemRollup | 'with-problems';
  /** Problems per item id (from the checks); omitted = 0. */
  problems?: Map<number, number>;
}

/** An item summary as the query returns it: counts only (no-match a count; rollup and problems come after). */
type SummaryRow = Omit<ItemSummary, 'noMatch' | 'rollup' | 'problems'> & { noMatch: number };

/**
 * Per source item: mapping counts by status and one rollup for the item table's filters.
 * Rollup: any accepted match → accepted; else accepted "no match" → no-match; else any proposed →
 * proposed; else any unsure → unsure; else (nothing, or only rejected) → unmapped.
 */
export function itemSummaries(db: Database.Database, options: SummaryOptions = {}): ItemSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.schemeId !== undefined) {
    where.push('i.scheme_id = ?');
    params.push(options.schemeId);
  }
  if (options.groupId !== undefined) {
    where.push('i.group_id = ?');
    params.push(options.groupId);
  }
  const rows = db
    .prepare(
      `SELECT i.id AS itemId, i.scheme_id AS schemeId, i.key, i.text, i.group_id AS groupId, i.state,
         count(m.id) FILTER (WHERE m.kind = 'match') AS mappingCount,
         count(m.id) FILTER (WHERE m.kind = 'match' AND m.status = 'accepted') AS accepted,
         count(m.id) FILTER (WHERE m.kind = 'match' AND m.status = 'proposed') AS proposed,
         count(m.id) FILTER (WHERE m.kind = 'match' AND m.status = 'unsure') AS unsure,
         count(m.id) FILTER (WHERE m.kind = 'match' AND m.status = 'rejected') AS rejected,
         count(m.id) FILTER (WHERE m.kind = 'no-match' AND m.status = 'accepted') AS noMatch,
         count(m.id) FILTER (WHERE m.kind = 'must-not-map' AND m.status != 'rejected') AS mustNotMap,
         i.description || coalesce(char(10) || group_concat(nullif(m.comment, ''), char(10)), '') AS notes,
         max(m.score) FILTER (WHERE m.kind = 'match' AND m.status != 'rejected') AS bestScore
       FROM source_items i LEFT JOIN mappings m ON m.source_item_id = i.id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY i.id ORDER BY i.scheme_id, i.position, i.id`,
    )
    .all(...params) as SummaryRow[];
  const summaries = rows.map<ItemSummary>((r) => ({
    ...r,
    noMatch: r.noMatch > 0,
    rollup: rollup(r),
    problems: options.problems?.get(r.itemId) ?? 0,
  }));
  const filter = options.filter ?? 'all';
  if (filter === 'all') return summaries;
  if (filter === 'with-problems') return summaries.filter((s) => s.problems > 0);
  return summaries.filter((s) => s.rollup === filter);
}

function rollup(r: SummaryRow): ItemRollup {
  if (r.accepted > 0) return 'accepted';
  if (r.noMatch > 0) return 'no-match';
  if (r.proposed > 0) return 'proposed';
  if (r.unsure > 0) return 'unsure';
  return 'unmapped';
}
