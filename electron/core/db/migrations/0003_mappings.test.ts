import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

const upTo = (name: string) => MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === name) + 1);

describe('migration 0003_mappings', () => {
  it('adds mappings, history and the undo stack to a version-2 database', () => {
    const db = new Database(':memory:');
    migrate(db, upTo('0002_sources'));
    db.prepare("INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'learning-outcomes', 'now', 'now')").run();
    db.prepare("INSERT INTO source_items (id, scheme_id, key, text, created, modified) VALUES (1, 1, 'LO1', 'text', 'now', 'now')").run();
    migrate(db, upTo('0003_mappings'));
    const insert = db.prepare(
      `INSERT INTO mappings (content_id, source_item_id, kind, target_uri, target_vocabulary, relation, status, justification, created, modified)
       VALUES (?, 1, ?, ?, ?, ?, 'proposed', 'manual-curation', 'now', 'now')`,
    );
    insert.run('a', 'match', 'http://t', 'esco', 'exactMatch');
    insert.run('b', 'no-match', null, 'esco', null);
    insert.run('c', 'must-not-map', 'http://t', 'esco', null);
    expect(() => insert.run('a', 'match', 'http://u', 'esco', 'exactMatch')).toThrow(/UNIQUE/);
    expect(() => insert.run('d', 'match', 'http://t', 'esco', null)).toThrow(/CHECK/);
    expect(() => insert.run('e', 'no-match', null, null, null)).toThrow(/CHECK/);
    expect(() => insert.run('f', 'match', 'http://t', 'esco', 'sameAs')).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO mapping_history (mapping_id, content_id, action, after, at, batch) VALUES (1, 'a', 'create', '{}', 'now', 'b1')",
    ).run();
    db.prepare("INSERT INTO mapping_batches (id, kind, at, state) VALUES ('b1', 'edit', 'now', 'done')").run();
    expect(() => db.prepare("INSERT INTO mapping_batches (id, kind, at, state) VALUES ('b2', 'other', 'now', 'done')").run()).toThrow(
      /CHECK/,
    );
    // Deleting a source item removes its mappings; the history stays.
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM source_items WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM mappings').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM mapping_history').get()).toEqual({ n: 1 });
    db.close();
  });
});
