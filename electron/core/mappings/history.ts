import type Database from 'better-sqlite3';
import type { Mapping, MappingChange } from '../../../shared/domain/mapping.js';
import { toMapping, type MappingDbRow } from './mapping-row.js';

export interface HistoryFilter {
  author?: string;
  from?: string;
  to?: string;
  action?: 'create' | 'update' | 'delete';
  mappingId?: number;
  sourceItemId?: number;
  batch?: string;
  text?: string;
  offset?: number;
  limit?: number;
}

interface HistoryRow {
  id: number;
  mapping_id: number;
  content_id: string;
  action: MappingChange['action'];
  before: string | null;
  after: string | null;
  author: string;
  at: string;
  batch: string;
  label: string | null;
  source_key: string | null;
  source_text: string | null;
}

// The source item of a change is inside its before/after JSON (the history outlives the rows).
// Rows written by hand (snake_case table rows) are read as well as the store's Mapping JSON.
const ITEM_ID =
  "CAST(coalesce(json_extract(coalesce(h.after, h.before), '$.sourceItemId'), json_extract(coalesce(h.after, h.before), '$.source_item_id')) AS INTEGER)";

/** The change history, newest first, with who / when / before / after, filtered. */
export function queryHistory(
  db: Database.Database,
  filter: HistoryFilter = {},
): { changes: MappingChange[]; total: number; authors: string[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.author !== undefined) add('h.author = ?', filter.author);
  if (filter.from !== undefined) add('h.at >= ?', filter.from);
  if (filter.to !== undefined) add('h.at < ?', filter.to);
  if (filter.action !== undefined) add('h.action = ?', filter.action);
  if (filter.mappingId !== undefined) add('h.mapping_id = ?', filter.mappingId);
  if (filter.sourceItemId !== undefined) add(`${ITEM_ID} = ?`, filter.sourceItemId);
  if (filter.batch !== undefined) add('h.batch = ?', filter.batch);
  if (filter.text) {
    const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push("(i.text LIKE ? ESCAPE '\\' OR i.key LIKE ? ESCAPE '\\' OR coalesce(h.after, h.before) LIKE ? ESCAPE '\\')");
    params.push(like, like, like);
  }
  const from = `FROM mapping_history h LEFT JOIN source_items i ON i.id = ${ITEM_ID} LEFT JOIN mapping_batches b ON b.id = h.batch`;
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${clause}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT h.id, h.mapping_id, h.content_id, h.action, h.before, h.after, h.author, h.at, h.batch, b.label, i.key AS source_key, i.text AS source_text
       ${from} ${clause} ORDER BY h.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? 200, filter.offset ?? 0) as HistoryRow[];
  const authors = (db.prepare('SELECT DISTINCT author FROM mapping_history ORDER BY author').all() as { author: string }[]).map(
    (r) => r.author,
  );
  return {
    changes: rows.map((r) => ({
      id: r.id,
      mappingId: r.mapping_id,
      contentId: r.content_id,
      action: r.action,
      before: parseMapping(r.before),
      after: parseMapping(r.after),
      author: r.author,
      at: r.at,
      batch: r.batch,
      batchLabel: r.label ?? '',
      sourceKey: r.source_key,
      sourceText: r.source_text,
    })),
    total,
    authors,
  };
}

/** A history snapshot as a Mapping, whether the store wrote it (Mapping JSON) or a table row was stored. */
export function parseMapping(json: string | null): Mapping | null {
  if (!json) return null;
  const value = JSON.parse(json) as Mapping | MappingDbRow;
  return 'content_id' in value ? toMapping(value) : value;
}
