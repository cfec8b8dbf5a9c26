import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

describe('migration 0005_review', () => {
  it('adds reviewers, decisions, adjudications and settings to the previous version', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const index = MIGRATIONS.findIndex((m) => m.name === '0005_review');
    migrate(db, MIGRATIONS.slice(0, index));
    db.prepare("INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'learning-outcomes', 'now', 'now')").run();
    db.prepare("INSERT INTO source_items (id, scheme_id, key, text, created, modified) VALUES (1, 1, 'LO1', 'text', 'now', 'now')").run();
    db.prepare(
      `INSERT INTO mappings (id, content_id, source_item_id, kind, target_uri, relation, status, justification, created, modified)
       VALUES (1, 'a', 1, 'match', 'http://t', 'exactMatch', 'proposed', 'manual-curation', 'now', 'now')`,
    ).run();
    migrate(db, MIGRATIONS.slice(0, index + 1));

    db.prepare("INSERT INTO reviewers (id, name, created) VALUES (1, 'Ann', 'now'), (2, 'Bob', 'now')").run();
    expect(() => db.prepare("INSERT INTO reviewers (name, created) VALUES ('Ann', 'now')").run()).toThrow(/UNIQUE/);
    const decide = db.prepare("INSERT INTO review_decisions (mapping_id, reviewer_id, round, decision, at) VALUES (1, ?, ?, ?, 'now')");
    decide.run(1, 1, 'accept');
    decide.run(2, 2, 'reject');
    expect(() => decide.run(1, 3, 'accept')).toThrow(/CHECK/);
    expect(() => decide.run(1, 2, 'maybe')).toThrow(/CHECK|UNIQUE/);
    db.prepare("INSERT INTO review_adjudications (mapping_id, reviewer_id, decision, at) VALUES (1, 2, 'reject', 'now')").run();
    db.prepare("INSERT INTO review_settings (key, value) VALUES ('double_review', 'true')").run();
    db.prepare("INSERT INTO check_rules (rule, enabled) VALUES ('only-unsure', 0)").run();
    expect(() => db.prepare("INSERT INTO check_rules (rule, enabled) VALUES ('x', 2)").run()).toThrow(/CHECK/);
    // Deleting a mapping removes its review records.
    db.prepare('DELETE FROM mappings WHERE id = 1').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM review_decisions) + (SELECT count(*) FROM review_adjudications) AS n').get()).toEqual({
      n: 0,
    });
    db.close();
  });
});
