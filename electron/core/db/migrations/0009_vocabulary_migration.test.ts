import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';
import { projectRevision } from '../project-revision.js';

describe('migration 0009_vocabulary_migration', () => {
  const open = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    db.prepare(`INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'classification', 'now', 'now')`).run();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    return db;
  };
  const migration = `INSERT INTO vocabulary_migrations (id, to_vocabulary, from_vocabularies, started) VALUES (1, 'esco-v1.1.1', '["esco-v1.1.0"]', 'now')`;
  const row = (reasons: string, extra = '') =>
    `INSERT INTO migration_queue (migration_id, mapping_id, source_item_id, from_vocabulary, old_target, reasons${extra ? ', resolution' : ''}) VALUES (1, 7, 1, 'esco-v1.1.0', 'http://e/x', '${reasons}'${extra ? `, '${extra}'` : ''})`;

  it('adds strict migration and queue tables to an existing project, keeping its rows', () => {
    const db = open();
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT title FROM source_schemes').get()).toEqual({ title: 'S' });
    const strict = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('vocabulary_migrations', 'migration_queue') ORDER BY name")
      .all();
    expect(strict).toEqual([
      { name: 'migration_queue', strict: 1 },
      { name: 'vocabulary_migrations', strict: 1 },
    ]);
    const before = projectRevision(db).revision;
    db.prepare(migration).run();
    expect(projectRevision(db).revision).toBe(before + 1);
    db.prepare(row('["removed"]')).run();
    expect(db.prepare('SELECT resolution, suggestions FROM migration_queue').get()).toEqual({ resolution: null, suggestions: '[]' });
    db.close();
  });

  it('refuses a row without reasons, an unknown decision, a second row for one mapping and a row of no migration', () => {
    const db = open();
    db.prepare(migration).run();
    expect(() => db.prepare(row('[]')).run()).toThrow(/CHECK/);
    expect(() => db.prepare(row('not json')).run()).toThrow(/CHECK|JSON/);
    expect(() => db.prepare(row('["moved"]', 'maybe')).run()).toThrow(/CHECK/);
    db.prepare(row('["moved"]')).run();
    expect(() => db.prepare(row('["moved"]')).run()).toThrow(/UNIQUE/);
    expect(() => db.prepare(row('["moved"]').replace('VALUES (1,', 'VALUES (2,')).run()).toThrow(/FOREIGN KEY/);
    // Deleting the migration takes its queue with it.
    db.prepare('DELETE FROM vocabulary_migrations').run();
    expect(db.prepare('SELECT count(*) AS n FROM migration_queue').get()).toEqual({ n: 0 });
    db.close();
  });
});
