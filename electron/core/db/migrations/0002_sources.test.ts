import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

describe('migration 0002_sources', () => {
  it('adds schemes, groups and items on a version-1 database, keyed by (scheme, key), with flags and JSON checks', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'source_%'").all()).toEqual([]);
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      "INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'Courses', 'learning-outcomes', 'now', 'now')",
    ).run();
    db.prepare("INSERT INTO source_groups (id, scheme_id, key, metadata) VALUES (1, 1, 'C1', '{\"ects\":4}')").run();
    const item = db.prepare(
      "INSERT INTO source_items (scheme_id, key, group_id, text, created, modified) VALUES (1, ?, 1, 'Explain RDF', 'now', 'now')",
    );
    item.run('LO1');
    expect(db.prepare('SELECT key, language, state, extra FROM source_items').get()).toEqual({
      key: 'LO1',
      language: 'en',
      state: 'active',
      extra: '{}',
    });
    expect(() => item.run('LO1')).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE source_items SET state = 'gone'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE source_groups SET metadata = 'not json'").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO source_schemes (title, kind, created, modified) VALUES ('x', 'other', 'now', 'now')").run(),
    ).toThrow(/CHECK/);
    // Deleting a group keeps its items; deleting the scheme removes everything.
    db.prepare('DELETE FROM source_groups WHERE id = 1').run();
    expect(db.prepare('SELECT group_id FROM source_items').get()).toEqual({ group_id: null });
    db.prepare('DELETE FROM source_schemes WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM source_items').get()).toEqual({ n: 0 });
    db.close();
  });
});
