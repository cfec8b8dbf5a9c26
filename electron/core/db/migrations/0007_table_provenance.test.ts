import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { MappingRelation } from '../../../../shared/skos.js';
import { contentId } from '../../mappings/content-id.js';
import { migrate, schemaVersion } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

const SCHEME = 'https://example.org/onet';

/** A version-6 project as an old Crosswalk left it after importing files and editing by hand. */
function versionSixProject(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 6),
  );
  db.prepare(
    `INSERT INTO source_schemes (id, uri, title, kind, created, modified) VALUES (1, ?, 'O*NET', 'classification', 'now', 'now')`,
  ).run(SCHEME);
  db.prepare(
    `INSERT INTO source_items (id, scheme_id, key, text, position, created, modified) VALUES (1, 1, '47-2061.00', 'Construction Laborers', 1, 'now', 'now'), (2, 1, '11-1021.00', 'General and Operations Managers', 2, 'now', 'now')`,
  ).run();
  const batch = db.prepare(`INSERT INTO mapping_batches (id, kind, label, author, at, state) VALUES (?, 'edit', ?, 'ana', 'then', 'done')`);
  batch.run('b-csv', 'Import esco-onet-crosswalk.csv');
  batch.run('b-sssom', 'Import table.sssom.tsv');
  batch.run('b-hand', 'Add mapping');
  let id = 0;
  const add = (itemId: number, itemKey: string, target: string, relation: MappingRelation, batchId: string, justification = 'imported') => {
    id++;
    const cid = contentId({ scheme: SCHEME, itemKey, kind: 'match', targetUri: target, relation });
    db.prepare(
      `INSERT INTO mappings (id, content_id, source_item_id, kind, target_uri, target_label, target_vocabulary, relation, status, justification, author, created, modified)
       VALUES (?, ?, ?, 'match', ?, 'label', 'esco-v1.1.0', ?, 'proposed', ?, 'ESCO', 'then', 'then')`,
    ).run(id, cid, itemId, target, relation, justification);
    const after = {
      id,
      contentId: cid,
      sourceItemId: itemId,
      kind: 'match',
      target: { uri: target, label: 'label', vocabularyId: 'esco-v1.1.0' },
      relation,
      status: 'proposed',
    };
    db.prepare(
      `INSERT INTO mapping_history (mapping_id, content_id, action, before, after, author, at, batch) VALUES (?, ?, 'create', NULL, ?, 'ana', 'then', ?)`,
    ).run(id, cid, JSON.stringify(after), batchId);
    return id;
  };
  add(1, '47-2061.00', 'http://data.europa.eu/esco/occupation/civil-engineering-worker', 'broadMatch', 'b-csv'); // 1: turned
  add(1, '47-2061.00', 'http://data.europa.eu/esco/occupation/a', 'narrowMatch', 'b-csv'); // 2: turned
  add(1, '47-2061.00', 'http://data.europa.eu/esco/occupation/b', 'closeMatch', 'b-csv'); // 3: symmetric, kept
  add(2, '11-1021.00', 'http://data.europa.eu/esco/occupation/c', 'broadMatch', 'b-sssom'); // 4: SSSOM states its own direction
  add(2, '11-1021.00', 'http://data.europa.eu/esco/occupation/d', 'broadMatch', 'b-hand', 'manual-curation'); // 5: made by hand
  // 6 and 7: the same target broad and narrow from one CSV: they swap without colliding.
  add(2, '11-1021.00', 'http://data.europa.eu/esco/occupation/e', 'broadMatch', 'b-csv');
  add(2, '11-1021.00', 'http://data.europa.eu/esco/occupation/e', 'narrowMatch', 'b-csv');
  // 8: imported from the CSV, then its relation was changed by hand: the person's choice stays.
  const edited = add(2, '11-1021.00', 'http://data.europa.eu/esco/occupation/f', 'broadMatch', 'b-csv');
  db.prepare(`UPDATE mappings SET relation = 'exactMatch' WHERE id = ?`).run(edited);
  db.prepare(
    `INSERT INTO mapping_history (mapping_id, content_id, action, before, after, author, at, batch) VALUES (?, 'x', 'update', '{"relation":"broadMatch"}', '{"relation":"exactMatch"}', 'ana', 'later', 'b-hand')`,
  ).run(edited);
  return db;
}

describe('migration 0007_table_provenance', () => {
  it('turns broad/narrow of ESCO layout imports (with new content ids and a history entry) and nothing else', () => {
    const db = versionSixProject();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    expect(schemaVersion(db)).toBe(7);
    const rows = db.prepare('SELECT id, relation, content_id AS cid, target_uri AS target FROM mappings ORDER BY id').all() as {
      id: number;
      relation: MappingRelation;
      cid: string;
      target: string;
    }[];
    expect(rows.map((r) => r.relation)).toEqual([
      'narrowMatch',
      'broadMatch',
      'closeMatch',
      'broadMatch',
      'broadMatch',
      'narrowMatch',
      'broadMatch',
      'exactMatch',
    ]);
    for (const r of rows.filter((r) => r.id !== 8)) {
      const itemKey = r.id <= 3 ? '47-2061.00' : '11-1021.00';
      expect(r.cid).toBe(contentId({ scheme: SCHEME, itemKey, kind: 'match', targetUri: r.target, relation: r.relation }));
    }
    const history = db
      .prepare(
        `SELECT mapping_id AS id, json_extract(before, '$.relation') AS before, json_extract(after, '$.relation') AS after FROM mapping_history WHERE batch = 'migration-0007-relation-direction' ORDER BY mapping_id`,
      )
      .all();
    expect(history).toEqual([
      { id: 1, before: 'broadMatch', after: 'narrowMatch' },
      { id: 2, before: 'narrowMatch', after: 'broadMatch' },
      { id: 6, before: 'broadMatch', after: 'narrowMatch' },
      { id: 7, before: 'narrowMatch', after: 'broadMatch' },
    ]);
    expect(db.prepare(`SELECT kind, state FROM mapping_batches WHERE id = 'migration-0007-relation-direction'`).get()).toEqual({
      kind: 'redo',
      state: 'applied',
    });
    db.close();
  });

  it('adds the provenance table and the new columns with defaults, keeping rows', () => {
    const db = versionSixProject();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    expect(db.prepare('SELECT version, concept_type, landing_page FROM source_schemes').get()).toEqual({
      version: '',
      concept_type: '',
      landing_page: '',
    });
    expect(db.prepare('SELECT DISTINCT target_label_language AS l FROM mappings').all()).toEqual([{ l: '' }]);
    db.prepare(
      `INSERT INTO table_provenance (scheme_id, layout, metadata, imported) VALUES (1, 'esco-crosswalk', '{"preamble":[]}', 'now')`,
    ).run();
    expect(() =>
      db
        .prepare(`INSERT INTO table_provenance (scheme_id, layout, metadata, imported) VALUES (1, 'esco-crosswalk', 'not json', 'now')`)
        .run(),
    ).toThrow();
    db.prepare('DELETE FROM source_schemes WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM table_provenance').get()).toEqual({ n: 0 });
    db.close();
  });

  it('changes nothing in a project without ESCO layout imports', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 6),
    );
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT count(*) AS n FROM mapping_batches').get()).toEqual({ n: 0 });
    db.close();
  });
});
