import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { contentId } from '../mappings/content-id.js';
import type { MappingKind } from '../../../shared/domain/mapping.js';
import type { MappingRelation } from '../../../shared/skos.js';
import type { Migration } from './migrations.js';

export function migrationHash(sql: string): string {
  // Line endings are normalised so a checkout with CRLF does not look like an edited migration.
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

interface AppliedMigration {
  version: number;
  name: string;
  sha256: string;
}

/**
 * Brings a project database to the newest schema. Each migration runs in its own transaction and
 * is recorded with its content hash, so a crash between two migrations leaves a consistent,
 * openable file at the earlier version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], file = 'project'): number {
  registerMigrationFunctions(db);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
  const known = new Map(migrations.map((m) => [m.version, m]));
  const newest = migrations.at(-1)?.version ?? 0;

  for (const row of applied) {
    if (row.version > newest) {
      throw new CrosswalkError(
        ErrorCodes.projectTooNew,
        `${file} was written by a newer version of Crosswalk (schema ${row.version}; this version knows up to ${newest}). Update Crosswalk to open it.`,
        { file, schemaVersion: row.version, supported: newest },
      );
    }
    const migration = known.get(row.version);
    if (!migration || migrationHash(migration.sql) !== row.sha256) {
      throw new CrosswalkError(
        ErrorCodes.migrationChanged,
        `${file}: schema migration ${row.name} differs from the one this version of Crosswalk ships. A shipped migration must never be edited; add a new one instead.`,
        { file, migration: row.name },
      );
    }
  }

  const done = new Set(applied.map((r) => r.version));
  const record = db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, migrationHash(migration.sql), new Date().toISOString());
    })();
  }
  return newest;
}

/**
 * SQL functions migrations may call: content ids are SHA-256 hashes computed in JS (contentId), and
 * a migration that changes a statement (0007 turns relations) must give it its new id.
 */
function registerMigrationFunctions(db: Database.Database): void {
  db.function('crosswalk_content_id', { deterministic: true }, (scheme, itemKey, kind, targetUri, relation, targetVocabulary) =>
    contentId({
      scheme: String(scheme),
      itemKey: String(itemKey),
      kind: kind as MappingKind,
      targetUri: (targetUri as string | null) ?? null,
      relation: (relation as MappingRelation | null) ?? null,
      targetVocabulary: (targetVocabulary as string | null) ?? null,
    }),
  );
}

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null } | undefined;
  return row?.v ?? 0;
}
