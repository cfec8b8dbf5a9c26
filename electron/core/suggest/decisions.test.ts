import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.js';
import { MIGRATIONS } from '../db/migrations.js';
import { DecisionMemory, readProjectDecisions } from './decisions.js';

describe('project decisions as suggestion evidence', () => {
  it('reads accepted and imported matches as examples, rejections and must-not-map per item', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    db.prepare(`INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'classification', 'now', 'now')`).run();
    const item = db.prepare(`INSERT INTO source_items (id, scheme_id, key, text, language, created, modified) VALUES (?, 1, ?, ?, ?, 'now', 'now')`);
    item.run(1, 'a', 'Datenbanken entwerfen', 'de');
    item.run(2, 'b', 'design databases', 'en');
    item.run(3, 'c', 'bake bread', 'en');
    const mapping = db.prepare(
      `INSERT INTO mappings (content_id, source_item_id, kind, target_uri, relation, status, justification, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, 'now', 'now')`,
    );
    mapping.run('m1', 1, 'match', 'http://e/db', 'exactMatch', 'accepted', 'manual-curation');
    mapping.run('m2', 2, 'match', 'http://e/db', 'closeMatch', 'proposed', 'imported');
    mapping.run('m3', 2, 'match', 'http://e/sql', 'closeMatch', 'proposed', 'accepted-suggestion');
    mapping.run('m4', 3, 'match', 'http://e/cake', 'exactMatch', 'rejected', 'accepted-suggestion');
    mapping.run('m5', 3, 'must-not-map', 'http://e/pastry', null, 'accepted', 'manual-curation');
    const decisions = readProjectDecisions(db);
    expect(decisions.examples.map((e) => [e.sourceItemId, e.targetUri, e.origin, e.language])).toEqual([
      [1, 'http://e/db', 'accepted', 'de'],
      [2, 'http://e/db', 'imported', 'en'],
    ]);
    expect(decisions.rejected).toEqual(new Map([[3, new Set(['http://e/cake', 'http://e/pastry'])]]));

    const memory = new DecisionMemory(decisions.examples);
    expect(memory.evidence('designing databases', 'en')).toMatchObject([{ uri: 'http://e/db', accepted: 0, imported: 1, examples: ['design databases'] }]);
    expect(memory.evidence('Datenbank entwerfen', 'de')[0]).toMatchObject({ uri: 'http://e/db', accepted: 1 });
    expect(memory.evidence('operate cranes', 'en')).toEqual([]);
    db.close();
  });
});
