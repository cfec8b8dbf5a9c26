import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0013_proposal_spans', () => {
  it('adds a checked JSON-array spans column to stored proposals, keeping existing ones (spans null)', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(12));
    db.prepare("INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'learning-outcomes', 'now', 'now')").run();
    db.prepare("INSERT INTO source_items (id, scheme_id, key, text, created, modified) VALUES (1, 1, 'LO1', 'text', 'now', 'now')").run();
    db.prepare("INSERT INTO suggestion_runs (id, scheme_id, top, state, started) VALUES (1, 1, 5, 'succeeded', 'now')").run();
    const insert = (rank: number, spans?: unknown) =>
      db
        .prepare(
          `INSERT INTO suggestion_proposals (run_id, source_item_id, rank, target_uri, target_label, target_vocabulary, target_type, score${spans === undefined ? '' : ', spans'})
           VALUES (1, 1, ?, 'http://t/' || ?, 'l', 'esco', 'skill', 0.5${spans === undefined ? '' : ', ?'})`,
        )
        .run(...(spans === undefined ? [rank, rank] : [rank, rank, spans]));
    insert(1);
    migrate(db, upTo(13));
    expect(db.prepare('SELECT spans FROM suggestion_proposals WHERE rank = 1').get()).toEqual({ spans: null });
    insert(2, '[{"start":0,"end":4}]');
    expect(db.prepare('SELECT spans FROM suggestion_proposals WHERE rank = 2').get()).toEqual({ spans: '[{"start":0,"end":4}]' });
    expect(() => insert(3, '{"start":0}')).toThrow(/CHECK/);
    expect(() => insert(4, 'not json')).toThrow(/CHECK|malformed/);
    db.close();
  });
});
