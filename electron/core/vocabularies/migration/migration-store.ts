import type Database from 'better-sqlite3';
import type { MigrationAction, MigrationQueueRow, MigrationReason, MigrationSuggestion } from '../../../../shared/domain/migration.js';
import type { MappingRelation } from '../../../../shared/skos.js';

/** The owner of the vocabulary_migrations and migration_queue tables (migration 0009). */

export interface MigrationRecord {
  id: number;
  to: string;
  from: string[];
  started: string;
  author: string;
  movedBatch: string;
  moved: number;
}

/** A queue row as stored; whether its resolution still holds depends on its batch (see resolvedRows). */
export type StoredQueueRow = Omit<MigrationQueueRow, 'resolution'> & {
  resolution: { action: MigrationAction; target: string | null; batch: string } | null;
};

interface MigrationDbRow {
  id: number;
  to_vocabulary: string;
  from_vocabularies: string;
  started: string;
  author: string;
  moved_batch: string;
  moved: number;
}

interface QueueDbRow {
  id: number;
  mapping_id: number;
  source_item_id: number;
  source_key: string;
  source_text: string;
  relation: MappingRelation | null;
  from_vocabulary: string;
  old_target: string;
  old_label: string;
  new_label: string | null;
  reasons: string;
  replacement: MigrationQueueRow['replacement'];
  suggestions: string;
  resolution: MigrationAction | null;
  resolution_target: string | null;
  resolution_batch: string | null;
}

function toRecord(row: MigrationDbRow): MigrationRecord {
  return {
    id: row.id,
    to: row.to_vocabulary,
    from: JSON.parse(row.from_vocabularies) as string[],
    started: row.started,
    author: row.author,
    movedBatch: row.moved_batch,
    moved: row.moved,
  };
}

/** The latest migration of the project (the one the queue and the checks follow), if any. */
export function latestMigration(db: Database.Database): MigrationRecord | undefined {
  const row = db.prepare('SELECT * FROM vocabulary_migrations ORDER BY id DESC LIMIT 1').get() as MigrationDbRow | undefined;
  return row ? toRecord(row) : undefined;
}

export function insertMigration(db: Database.Database, record: Omit<MigrationRecord, 'id'>): number {
  const info = db
    .prepare(
      'INSERT INTO vocabulary_migrations (to_vocabulary, from_vocabularies, started, author, moved_batch, moved) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(record.to, JSON.stringify(record.from), record.started, record.author, record.movedBatch, record.moved);
  return Number(info.lastInsertRowid);
}

/** A later run of the same migration (mappings added against the older version meanwhile). */
export function updateMigration(db: Database.Database, id: number, change: { from: string[]; movedBatch: string; moved: number }): void {
  db.prepare('UPDATE vocabulary_migrations SET from_vocabularies = ?, moved_batch = ?, moved = ? WHERE id = ?').run(
    JSON.stringify(change.from),
    change.movedBatch,
    change.moved,
    id,
  );
}

export type NewQueueRow = Omit<StoredQueueRow, 'id' | 'resolution'>;

export function insertQueueRows(db: Database.Database, migrationId: number, rows: readonly NewQueueRow[]): void {
  const insert = db.prepare(
    `INSERT INTO migration_queue (migration_id, mapping_id, source_item_id, source_key, source_text, relation, from_vocabulary, old_target, old_label, new_label, reasons, replacement, suggestions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows) {
    insert.run(
      migrationId,
      r.mappingId,
      r.sourceItemId,
      r.sourceKey,
      r.sourceText,
      r.relation,
      r.fromVocabulary,
      r.oldTarget.uri,
      r.oldTarget.label,
      r.newLabel,
      JSON.stringify(r.reasons),
      r.replacement,
      JSON.stringify(r.suggestions),
    );
  }
}

/** Mapping ids already queued by a migration (a later run leaves them to the queue). */
export function queuedMappingIds(db: Database.Database, migrationId: number): Set<number> {
  return new Set(
    (db.prepare('SELECT mapping_id FROM migration_queue WHERE migration_id = ?').all(migrationId) as { mapping_id: number }[]).map(
      (r) => r.mapping_id,
    ),
  );
}

/** Every row of a migration's queue in queue order, or only the given ones. */
export function queueRows(db: Database.Database, migrationId: number, ids?: readonly number[]): StoredQueueRow[] {
  const rows = ids
    ? (db
        .prepare('SELECT * FROM migration_queue WHERE migration_id = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id')
        .all(migrationId, JSON.stringify(ids)) as QueueDbRow[])
    : (db.prepare('SELECT * FROM migration_queue WHERE migration_id = ? ORDER BY id').all(migrationId) as QueueDbRow[]);
  return rows.map((r) => ({
    id: r.id,
    mappingId: r.mapping_id,
    sourceItemId: r.source_item_id,
    sourceKey: r.source_key,
    sourceText: r.source_text,
    relation: r.relation,
    fromVocabulary: r.from_vocabulary,
    oldTarget: { uri: r.old_target, label: r.old_label },
    newLabel: r.new_label,
    reasons: JSON.parse(r.reasons) as MigrationReason[],
    replacement: r.replacement,
    suggestions: JSON.parse(r.suggestions) as MigrationSuggestion[],
    resolution:
      r.resolution && r.resolution_batch ? { action: r.resolution, target: r.resolution_target, batch: r.resolution_batch } : null,
  }));
}

/** Records the decision for a row and the change batch that carried it out. */
export function recordResolution(
  db: Database.Database,
  rowId: number,
  resolution: { action: MigrationAction; target: string | null; batch: string },
): void {
  let update = resolutionUpdates.get(db);
  if (!update)
    resolutionUpdates.set(
      db,
      (update = db.prepare('UPDATE migration_queue SET resolution = ?, resolution_target = ?, resolution_batch = ? WHERE id = ?')),
    );
  update.run(resolution.action, resolution.target, resolution.batch, rowId);
}

// Bulk decisions record thousands of rows: one prepared statement per connection.
const resolutionUpdates = new WeakMap<Database.Database, Database.Statement>();
