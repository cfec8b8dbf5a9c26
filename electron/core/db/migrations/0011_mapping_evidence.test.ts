import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0011_mapping_evidence', () => {
  it('adds a JSON evidence column to the STRICT mappings table, keeping existing rows (evidence null)', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(10));
    db.prepare("INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'learning-outcomes', 'now', 'now')").run();
    db.prepare("INSERT INTO source_items (id, scheme_id, key, text, created, modified) VALUES (1, 1, 'LO1', 'text', 'now', 'now')").run();
    const insert = (contentId: string, evidence?: unknown) =>
      db
        .prepare(
          `INSERT INTO mappings (content_id, source_item_id, kind, target_uri, target_vocabulary, relation, status, justification, created, modified${evidence === undefined ? '' : ', evidence'})
           VALUES (?, 1, 'match', 'http://t/' || ?, 'esco', 'exactMatch', 'accepted', 'accepted-suggestion', 'now', 'now'${evidence === undefined ? '' : ', ?'})`,
        )
        .run(...(evidence === undefined ? [contentId, contentId] : [contentId, contentId, evidence]));
    insert('old');
    migrate(db, upTo(11));
    expect(db.prepare("SELECT evidence FROM mappings WHERE content_id = 'old'").get()).toEqual({ evidence: null });
    insert('new', JSON.stringify([{ start: 0, end: 4 }]));
    expect(
      JSON.parse((db.prepare("SELECT evidence FROM mappings WHERE content_id = 'new'").get() as { evidence: string }).evidence),
    ).toEqual([{ start: 0, end: 4 }]);
    expect(() => insert('bad-json', '[{start')).toThrow(/CHECK/);
    expect(() => insert('not-a-list', '{"start":0}')).toThrow(/CHECK/);
    // STRICT: a blob is refused, not stored.
    expect(() => insert('blob', Buffer.from([0]))).toThrow(/cannot store BLOB|CHECK/);
    db.close();
  });
});
