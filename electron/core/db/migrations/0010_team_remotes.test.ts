import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

describe('migration 0010_team_remotes', () => {
  it('adds STRICT remote and conflict tables to an existing project, keeping its rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    db.prepare(`INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'classification', 'now', 'now')`).run();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 10),
    );
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(10);
    expect(db.prepare('SELECT title FROM source_schemes').get()).toEqual({ title: 'S' });
    db.prepare(
      `INSERT INTO team_remotes (name, query_endpoint, update_endpoint, graph, auth, created) VALUES ('origin', 'http://q', 'http://u', 'https://g', 'digest', 'now')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO team_remotes (name, query_endpoint, update_endpoint, graph, auth, created) VALUES ('x', 'q', 'u', 'g', 'oauth', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    // STRICT: a number where text belongs is refused, not coerced silently.
    expect(() => db.prepare(`INSERT INTO team_conflicts (remote, key, item_key, at) VALUES ('origin', 'k', 'i', x'00')`).run()).toThrow(
      /cannot store BLOB/,
    );
    db.prepare(`INSERT INTO team_conflicts (remote, key, item_key, mine, at) VALUES ('origin', 'k', 'LO1', '{}', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO team_conflicts (remote, key, item_key, at) VALUES ('origin', 'k', 'LO1', 'now')`).run()).toThrow(
      /UNIQUE/,
    );
    db.close();
  });
});
