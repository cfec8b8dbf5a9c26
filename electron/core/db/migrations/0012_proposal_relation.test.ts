import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0012_proposal_relation', () => {
  it('adds a checked relation column to stored proposals, keeping existing ones (relation null)', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(11));
    db.prepare("INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'learning-outcomes', 'now', 'now')").run();
    db.prepare("INSERT INTO source_items (id, scheme_id, key, text, created, modified) VALUES (1, 1, 'LO1', 'text', 'now', 'now')").run();
    db.prepare("INSERT INTO suggestion_runs (id, scheme_id, top, state, started) VALUES (1, 1, 5, 'succeeded', 'now')").run();
    const insert = (rank: number, relation?: unknown) =>
      db
        .prepare(
          `INSERT INTO suggestion_proposals (run_id, source_item_id, rank, target_uri, target_label, target_vocabulary, target_type, score${relation === undefined ? '' : ', relation'})
           VALUES (1, 1, ?, 'http://t/' || ?, 'l', 'esco', 'skill', 0.5${relation === undefined ? '' : ', ?'})`,
        )
        .run(...(relation === undefined ? [rank, rank] : [rank, rank, relation]));
    insert(1);
    migrate(db, upTo(12));
    expect(db.prepare('SELECT relation FROM suggestion_proposals WHERE rank = 1').get()).toEqual({ relation: null });
    insert(2, 'broadMatch');
    expect(db.prepare('SELECT relation FROM suggestion_proposals WHERE rank = 2').get()).toEqual({ relation: 'broadMatch' });
    expect(() => insert(3, 'broader')).toThrow(/CHECK/);
    // STRICT: a number where text belongs is refused, not coerced.
    expect(() => insert(4, 7)).toThrow(/CHECK|cannot store/);
    db.close();
  });
});
