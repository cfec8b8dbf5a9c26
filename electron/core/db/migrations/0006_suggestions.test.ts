import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SuggestionCandidate } from '../../../../shared/domain/suggestion.js';
import { clearProposals, itemsToSuggest, readProposals, startRun, storeProposals } from '../../suggest/batch-store.js';
import { migrate, schemaVersion } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

const candidate = (uri: string, score: number): SuggestionCandidate => ({
  uri,
  label: `label of ${uri}`,
  vocabularyId: 'esco-v1.1.1',
  type: 'skill',
  score,
  fromDecisions: false,
  why: { labels: [{ kind: 'pref', text: 'x', ranges: [{ start: 0, end: 1 }] }], terms: ['x'], queryRanges: [], coverage: 1 },
});

describe('migration 0006_suggestions', () => {
  it('adds batch runs and proposals beside (not inside) the decided mappings', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((m) => m.version < 6);
    migrate(db, before);
    const previous = schemaVersion(db);
    db.prepare(
      `INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'Course', 'learning-outcomes', 'now', 'now')`,
    ).run();
    const item = db.prepare(
      `INSERT INTO source_items (scheme_id, key, text, position, created, modified) VALUES (1, ?, ?, ?, 'now', 'now')`,
    );
    item.run('lo1', 'work in teams', 1);
    item.run('lo2', 'write Java programs', 2);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 6),
    );
    expect(schemaVersion(db)).toBe(6);
    expect(previous).toBeLessThan(6);
    // The batch store of today writes columns later migrations add (0012: the relation of a boosted proposal).
    migrate(db, MIGRATIONS);

    const items = itemsToSuggest(db, 1);
    expect(items.map((i) => i.text)).toEqual(['work in teams', 'write Java programs']);
    const run = startRun(db, 1, { types: ['skill'] }, 5, items.length);
    storeProposals(db, run, [
      { sourceItemId: items[0]!.id, candidates: [candidate('http://e/a', 0.9), candidate('http://e/b', 0.5)] },
      { sourceItemId: items[1]!.id, candidates: [candidate('http://e/c', 0.7)] },
    ]);
    const stored = readProposals(db, { schemeId: 1 });
    expect(stored.runs).toMatchObject([{ id: run, schemeId: 1, state: 'succeeded', items: 2, top: 5, filters: { types: ['skill'] } }]);
    expect(stored.items.map((i) => i.candidates.map((c) => c.uri))).toEqual([['http://e/a', 'http://e/b'], ['http://e/c']]);
    expect(stored.items[0]!.candidates[0]!.why.labels[0]!.ranges).toEqual([{ start: 0, end: 1 }]);
    expect(db.prepare(`SELECT count(*) AS n FROM mappings`).get()).toEqual({ n: 0 });

    // A new run replaces the proposals of the items it covers, and only those.
    const again = startRun(db, 1, {}, 5, 1);
    storeProposals(db, again, [{ sourceItemId: items[0]!.id, candidates: [candidate('http://e/d', 0.8)] }]);
    expect(readProposals(db, { itemIds: [items[0]!.id] }).items[0]!.candidates.map((c) => c.uri)).toEqual(['http://e/d']);
    expect(readProposals(db, {}).items).toHaveLength(2);

    expect(() =>
      db
        .prepare(
          `INSERT INTO suggestion_proposals (run_id, source_item_id, rank, target_uri, target_label, target_vocabulary, target_type, score, why) VALUES (?, ?, 9, 'u', 'l', 'v', 'skill', 1, 'not json')`,
        )
        .run(run, items[0]!.id),
    ).toThrow(/CHECK constraint/);
    // Deleting an item deletes its proposals.
    db.prepare(`DELETE FROM source_items WHERE id = ?`).run(items[1]!.id);
    expect(readProposals(db, {}).items).toHaveLength(1);
    expect(clearProposals(db, 1)).toBe(1);
    expect(readProposals(db, {})).toEqual({ runs: [], items: [] });
    db.close();
  });
});
