import type Database from 'better-sqlite3';
import type { MigrationQueueRow, MigrationReason, MigrationSummary } from '../../../../shared/domain/migration.js';
import { doneBatches } from '../../mappings/undo-redo.js';
import { latestMigration, queueRows, type MigrationRecord } from './migration-store.js';

/** Queue rows with their decisions as they stand now: a decision whose change batch was undone is open again. */
export function liveRows(db: Database.Database, migrationId: number, ids?: readonly number[]): MigrationQueueRow[] {
  const rows = queueRows(db, migrationId, ids);
  const done = doneBatches(
    db,
    rows.flatMap((r) => (r.resolution ? [r.resolution.batch] : [])),
  );
  return rows.map((r) => (r.resolution && !done.has(r.resolution.batch) ? { ...r, resolution: null } : r));
}

export function summarize(record: MigrationRecord, rows: readonly MigrationQueueRow[]): MigrationSummary {
  const open = rows.filter((r) => !r.resolution);
  const openByReason: Partial<Record<MigrationReason, number>> = {};
  for (const row of open) for (const reason of row.reasons) openByReason[reason] = (openByReason[reason] ?? 0) + 1;
  return {
    id: record.id,
    to: record.to,
    from: record.from,
    started: record.started,
    moved: record.moved,
    queued: rows.length,
    open: open.length,
    openByReason,
    finished: open.length === 0,
  };
}

/** The project's latest migration and how far it got; null when it never started one. */
export function migrationStatus(db: Database.Database): MigrationSummary | null {
  const record = latestMigration(db);
  return record ? summarize(record, liveRows(db, record.id)) : null;
}

export interface QueueFilter {
  /** Only rows with this reason. */
  reason?: MigrationReason;
  /** open (default), resolved or all. */
  state?: 'open' | 'resolved' | 'all';
  offset?: number;
  limit?: number;
}

/** A page of the latest migration's queue. */
export function listQueue(db: Database.Database, filter: QueueFilter = {}): { rows: MigrationQueueRow[]; total: number } {
  const record = latestMigration(db);
  if (!record) return { rows: [], total: 0 };
  const state = filter.state ?? 'open';
  const rows = liveRows(db, record.id).filter(
    (r) => (!filter.reason || r.reasons.includes(filter.reason)) && (state === 'all' || (state === 'open') === (r.resolution === null)),
  );
  const offset = filter.offset ?? 0;
  return { rows: rows.slice(offset, offset + (filter.limit ?? 500)), total: rows.length };
}

/**
 * Per older version, the version its mappings are moving to while the latest migration is open:
 * the checks report targets that are gone or deprecated there.
 */
export function migrationTargets(db: Database.Database): Map<string, string> {
  const record = latestMigration(db);
  return new Map(record ? record.from.map((from) => [from, record.to]) : []);
}
