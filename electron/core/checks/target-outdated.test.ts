import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, tempProject } from '../mappings/testing.js';
import { E, twoVersions } from '../vocabularies/migration/migration-fixtures.test-helper.js';
import { startMigration } from '../vocabularies/migration/start-migration.js';
import type { ConceptLookup } from './concept-lookup.js';
import { runChecks, runChecksFully } from './run-checks.js';

describe('target-outdated: checks know the version the project is moving to', () => {
  let t: ReturnType<typeof tempProject>;
  const library = twoVersions();
  const lookup: ConceptLookup = {
    list: () => Object.keys(library.versions).map((id) => ({ id })),
    has: (id) => library.has(id),
    concept: (uri, id) => (id ? library.versions[id]?.find((c) => c.uri === uri) : undefined),
  };

  beforeEach(() => {
    t = tempProject();
    const db = t.project.db;
    const items = addItems(
      db,
      addScheme(db),
      ['telex', 'fax', 'budget'].map((key) => ({ key, text: key })),
    );
    new MappingStore(db).create(
      [
        {
          sourceItemId: items[0]!,
          target: { uri: E + 'gone', label: 'operate telex machine', vocabularyId: 'esco-v1' },
          relation: 'exactMatch',
          status: 'accepted',
        },
        {
          sourceItemId: items[1]!,
          target: { uri: E + 'dep', label: 'use fax', vocabularyId: 'esco-v1' },
          relation: 'exactMatch',
          status: 'accepted',
        },
        {
          sourceItemId: items[2]!,
          target: { uri: E + 'same', label: 'manage budgets', vocabularyId: 'esco-v1' },
          relation: 'exactMatch',
          status: 'accepted',
        },
      ],
      { author: 'ana' },
    );
  });
  afterEach(() => t.cleanup());

  it('says nothing before a migration, and reports targets gone or deprecated in the newer version once one started', () => {
    const outdated = () => runChecks(t.project.db, lookup).problems.filter((p) => p.rule === 'target-outdated');
    expect(outdated()).toEqual([]);
    startMigration({ db: t.project.db, author: 'ana', library }, { to: 'esco-v2' });
    const found = outdated();
    expect(found.map((p) => [p.source, p.severity, p.message])).toEqual([
      ['telex', 'warning', `${E}gone is not in esco-v2, the version this project is moving to (Versions view).`],
      ['fax', 'warning', `${E}dep is deprecated in esco-v2, the version this project is moving to (Versions view).`],
    ]);
    expect(runChecksFully(t.project.db, lookup).problems.filter((p) => p.rule === 'target-outdated')).toEqual(found);
  });
});
