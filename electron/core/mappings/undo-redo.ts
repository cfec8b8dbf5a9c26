import type Database from 'better-sqlite3';
import type { MappingWriteResult, UndoState } from '../../../shared/domain/mapping.js';
import { findItem } from '../sources/store/item-rows.js';
import { ChangeBatch } from './change-batch.js';
import { parseMapping } from './history.js';
import { statements } from './mapping-row.js';
import { writeTransaction } from '../db/write-transaction.js';

interface BatchRow {
  id: string;
  label: string;
  changes: number;
}

interface HistoryEntry {
  mapping_id: number;
  action: 'create' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

const TOP_DONE = `SELECT b.id, b.label, (SELECT count(*) FROM mapping_history h WHERE h.batch = b.id) AS changes
  FROM mapping_batches b WHERE b.kind = 'edit' AND b.state = 'done' ORDER BY b.seq DESC LIMIT 1`;
// Undone batches always sit on top of the done ones, so the lowest undone is the next to redo.
const NEXT_UNDONE = `SELECT b.id, b.label, (SELECT count(*) FROM mapping_history h WHERE h.batch = b.id) AS changes
  FROM mapping_batches b WHERE b.kind = 'edit' AND b.state = 'undone' ORDER BY b.seq ASC LIMIT 1`;

/** What Undo and Redo would do next; read from the project, so it survives a restart. */
export function undoState(db: Database.Database): UndoState {
  const undo = db.prepare(TOP_DONE).get() as BatchRow | undefined;
  const redo = db.prepare(NEXT_UNDONE).get() as BatchRow | undefined;
  return {
    undo: undo ? { batch: undo.id, label: undo.label, changes: undo.changes } : null,
    redo: redo ? { batch: redo.id, label: redo.label, changes: redo.changes } : null,
  };
}

/** Which of these edit batches are in effect (done: not undone, or redone). */
export function doneBatches(db: Database.Database, ids: Iterable<string>): Set<string> {
  const list = [...new Set(ids)];
  if (!list.length) return new Set();
  const rows = db
    .prepare("SELECT id FROM mapping_batches WHERE kind = 'edit' AND state = 'done' AND id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(list)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** What a write (an edit batch, an undo or a redo; null when nothing happened) reports back. */
export function writeResult(
  db: Database.Database,
  batch: ChangeBatch | null,
  duplicates = { count: 0, ids: new Set<number>() },
): MappingWriteResult {
  return {
    batch: batch?.id ?? null,
    created: batch?.created ?? 0,
    updated: batch?.updated ?? 0,
    deleted: batch?.deleted ?? 0,
    duplicates: duplicates.count,
    duplicateIds: [...duplicates.ids],
    mappings: batch?.written ?? [],
    undo: undoState(db),
  };
}

/**
 * Reverts the latest done edit batch: its history entries are replayed backwards in one
 * transaction, recorded as an 'undo' batch in the history. Returns null when there is nothing.
 */
export function undo(db: Database.Database, author: string): ChangeBatch | null {
  return replay(db, author, 'undo');
}

export function redo(db: Database.Database, author: string): ChangeBatch | null {
  return replay(db, author, 'redo');
}

function replay(db: Database.Database, author: string, direction: 'undo' | 'redo'): ChangeBatch | null {
  let batch: ChangeBatch | null = null;
  writeTransaction(db, () => {
    const target = db.prepare(direction === 'undo' ? TOP_DONE : NEXT_UNDONE).get() as BatchRow | undefined;
    if (!target) return;
    batch = new ChangeBatch(db, direction, `${direction === 'undo' ? 'Undo' : 'Redo'}: ${target.label}`, author, target.id);
    const entries = db
      .prepare(
        `SELECT mapping_id, action, before, after FROM mapping_history WHERE batch = ? ORDER BY id ${direction === 'undo' ? 'DESC' : 'ASC'}`,
      )
      .all(target.id) as HistoryEntry[];
    for (const entry of entries) apply(db, batch, entry, direction);
    batch.finish();
    db.prepare('UPDATE mapping_batches SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', target.id);
  });
  return batch;
}

/**
 * Applies one history entry forwards (redo) or backwards (undo). A row that can no longer be
 * restored (its source item was removed, or the same statement was recorded again meanwhile)
 * is skipped rather than blocking the whole stack.
 */
function apply(db: Database.Database, batch: ChangeBatch, entry: HistoryEntry, direction: 'undo' | 'redo'): void {
  const before = parseMapping(entry.before);
  const after = parseMapping(entry.after);
  const wanted = direction === 'undo' ? before : after;
  const current = batch.current(entry.mapping_id);
  if (!wanted) {
    if (current) batch.remove(current);
    return;
  }
  if (current) {
    if (current.contentId !== wanted.contentId && statements(db).byContent.get(wanted.contentId)) return;
    batch.overwrite(current, wanted);
    return;
  }
  if (statements(db).byContent.get(wanted.contentId)) return;
  if (!findItem(db, wanted.sourceItemId)) return;
  batch.insert(wanted);
}
