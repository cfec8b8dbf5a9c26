import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.js';
import { MIGRATIONS } from '../db/migrations.js';
import { DecisionMemory, readProjectDecisions } from './decisions.js';
import { SuggestEngine } from './engine.js';
import { buildIndexData } from './index-data.js';
import { SuggestIndex } from './suggest-index.js';
import { sampleConcepts } from './test-concepts.js';

describe('project decisions as suggestion evidence', () => {
  it('reads accepted and imported matches as examples, rejections and must-not-map per item', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    db.prepare(`INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'classification', 'now', 'now')`).run();
    const item = db.prepare(
      `INSERT INTO source_items (id, scheme_id, key, text, language, created, modified) VALUES (?, 1, ?, ?, ?, 'now', 'now')`,
    );
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
    expect(memory.evidence('designing databases', 'en')).toMatchObject([
      { uri: 'http://e/db', accepted: 0, imported: 1, examples: ['design databases'] },
    ]);
    expect(memory.evidence('Datenbank entwerfen', 'de')[0]).toMatchObject({ uri: 'http://e/db', accepted: 1 });
    expect(memory.evidence('operate cranes', 'en')).toEqual([]);
    db.close();
  });

  it("lifts the target of a project's accepted mapping for a similar new outcome, in English and in German", () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    db.prepare(`INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'learning-outcomes', 'now', 'now')`).run();
    const item = db.prepare(
      `INSERT INTO source_items (id, scheme_id, key, text, language, created, modified) VALUES (?, 1, ?, ?, ?, 'now', 'now')`,
    );
    item.run(1, 'en-1', 'look after sick people in hospital wards', 'en');
    item.run(2, 'de-1', 'Mitarbeitende im Schichtbetrieb einteilen und anleiten', 'de');
    const mapping = db.prepare(
      `INSERT INTO mappings (content_id, source_item_id, kind, target_uri, relation, status, justification, created, modified) VALUES (?, ?, 'match', ?, 'exactMatch', 'accepted', 'manual-curation', 'now', 'now')`,
    );
    mapping.run('m1', 1, 'http://example.org/nurse');
    mapping.run('m2', 2, 'http://example.org/manage-staff');
    const memory = new DecisionMemory(readProjectDecisions(db).examples);
    const engineFor = (language: string) =>
      new SuggestEngine([new SuggestIndex(buildIndexData(sampleConcepts(), { vocabularyId: 'test-v1', language, sourceStamp: 's' }))]);
    const cases = [
      ['en', 'look after sick people in wards', 'http://example.org/nurse'],
      ['de', 'Mitarbeitende im Schichtbetrieb anleiten', 'http://example.org/manage-staff'],
    ] as const;
    for (const [language, text, target] of cases) {
      const engine = engineFor(language);
      // The text alone does not find the target; the project's decision does.
      expect(
        engine.search({ text, top: 5 }).map((c) => c.uri),
        language,
      ).not.toContain(target);
      expect(engine.search({ text, top: 5, memory, sourceItemId: 99 })[0], language).toMatchObject({ uri: target, fromDecisions: true });
    }
    db.close();
  });
});
