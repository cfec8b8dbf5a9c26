import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

describe('migration 0004_source_order', () => {
  it('indexes items by scheme and position / state on a version-3 database, keeping its rows', () => {
    const db = new Database(':memory:');
    const index = MIGRATIONS.findIndex((m) => m.name === '0004_source_order');
    migrate(db, MIGRATIONS.slice(0, index));
    db.prepare("INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'learning-outcomes', 'now', 'now')").run();
    db.prepare(
      "INSERT INTO source_items (scheme_id, key, text, position, created, modified) VALUES (1, 'B', 'second', 2, 'now', 'now'), (1, 'A', 'first', 1, 'now', 'now')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, index + 1));
    const names = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'source_items'").all() as { name: string }[]
    ).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['source_items_scheme_position', 'source_items_scheme_state']));
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT key FROM source_items WHERE scheme_id = 1 ORDER BY position').all() as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/source_items_scheme_position/);
    expect(db.prepare('SELECT key FROM source_items WHERE scheme_id = 1 ORDER BY position').all()).toEqual([{ key: 'A' }, { key: 'B' }]);
    db.close();
  });
});
