import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';
import { projectRevision } from '../project-revision.js';

describe('migration 0008_project_revision', () => {
  it('starts an existing project at revision 0 and bumps it on every write, keeping rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    db.prepare(`INSERT INTO source_schemes (id, title, kind, created, modified) VALUES (1, 'S', 'classification', 'now', 'now')`).run();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT title FROM source_schemes').get()).toEqual({ title: 'S' });
    expect(projectRevision(db)).toEqual({ revision: 0, sources: 0, mappings: 0 });

    db.prepare(
      `INSERT INTO source_items (id, scheme_id, key, text, position, created, modified) VALUES (1, 1, 'a', 'A', 1, 'now', 'now')`,
    ).run();
    expect(projectRevision(db)).toEqual({ revision: 1, sources: 1, mappings: 0 });
    db.prepare(
      `INSERT INTO mappings (id, content_id, source_item_id, kind, target_uri, target_label, target_vocabulary, relation, status, justification, author, created, modified)
       VALUES (1, 'c', 1, 'match', 'http://e/x', 'x', 'v', 'exactMatch', 'proposed', 'manual-curation', 'ana', 'now', 'now')`,
    ).run();
    expect(projectRevision(db)).toEqual({ revision: 2, sources: 1, mappings: 2 });
    db.prepare(`INSERT INTO check_rules (rule, enabled) VALUES ('missing-target', 0)`).run();
    db.prepare(`INSERT INTO reviewers (name, created) VALUES ('ana', 'now')`).run();
    expect(projectRevision(db)).toMatchObject({ sources: 1, mappings: 2 });
    expect(projectRevision(db).revision).toBeGreaterThan(2);
    // A transaction that fails bumps nothing.
    const before = projectRevision(db);
    expect(() =>
      db.transaction(() => {
        db.prepare(`DELETE FROM mappings`).run();
        throw new Error('no');
      })(),
    ).toThrow('no');
    expect(projectRevision(db)).toEqual(before);
    db.close();
  });
});
