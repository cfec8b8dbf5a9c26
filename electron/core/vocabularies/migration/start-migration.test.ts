import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingStore } from '../../mappings/mapping-store.js';
import { addItems, addScheme, tempProject } from '../../mappings/testing.js';
import { queryHistory } from '../../mappings/history.js';
import { E, twoVersions } from './migration-fixtures.test-helper.js';
import { listQueue, migrationStatus } from './migration-queue.js';
import { startMigration } from './start-migration.js';

describe('startMigration', () => {
  let t: ReturnType<typeof tempProject>;
  let store: MappingStore;
  const library = twoVersions();
  const target = (id: string, label: string, vocabularyId = 'esco-v1') => ({ uri: E + id, label, vocabularyId });

  beforeEach(() => {
    t = tempProject();
    const db = t.project.db;
    const items = addItems(
      db,
      addScheme(db),
      ['budget', 'reports', 'sheets', 'maths', 'telex', 'bread', 'fax', 'nothing', 'rejected', 'other'].map((key) => ({
        key,
        text: `Outcome about ${key}`,
      })),
    );
    store = new MappingStore(db);
    const ids = Object.fromEntries(
      ['budget', 'reports', 'sheets', 'maths', 'telex', 'bread', 'fax', 'nothing', 'rejected', 'other'].map((k, i) => [k, items[i]!]),
    );
    store.create(
      [
        { sourceItemId: ids.budget!, target: target('same', 'manage budgets'), relation: 'exactMatch', status: 'accepted' },
        { sourceItemId: ids.reports!, target: target('desc', 'write reports'), relation: 'closeMatch' },
        { sourceItemId: ids.sheets!, target: target('label', 'use spreadsheets'), relation: 'exactMatch' },
        { sourceItemId: ids.maths!, target: target('move', 'teach maths'), relation: 'broadMatch' },
        { sourceItemId: ids.telex!, target: target('gone', 'operate telex machine'), relation: 'exactMatch' },
        { sourceItemId: ids.bread!, target: target('renamed-uri', 'bake bread'), relation: 'exactMatch' },
        { sourceItemId: ids.fax!, target: target('dep', 'use fax'), relation: 'closeMatch' },
        { sourceItemId: ids.nothing!, kind: 'no-match', targetVocabularyId: 'esco-v1' },
        { sourceItemId: ids.rejected!, target: target('gone', 'operate telex machine'), relation: 'closeMatch', status: 'rejected' },
        { sourceItemId: ids.other!, target: target('x', 'x', 'other'), relation: 'closeMatch' },
      ],
      { author: 'ana' },
    );
  });
  afterEach(() => t.cleanup());

  it('moves unchanged targets in one undoable batch and queues the others with reasons and suggestions', () => {
    const summary = startMigration({ db: t.project.db, author: 'ana', library }, { to: 'esco-v2' });
    expect(summary).toMatchObject({ to: 'esco-v2', from: ['esco-v1'], moved: 3, queued: 5, open: 5, finished: false });
    expect(summary.openByReason).toEqual({ relabelled: 1, moved: 1, removed: 2, deprecated: 1, replaced: 1 });

    const { rows } = listQueue(t.project.db);
    const byKey = Object.fromEntries(rows.map((r) => [r.sourceKey, r]));
    expect(Object.keys(byKey).sort()).toEqual(['bread', 'fax', 'maths', 'sheets', 'telex']);
    expect(byKey.sheets).toMatchObject({
      reasons: ['relabelled'],
      newLabel: 'use spreadsheet software',
      suggestions: [{ uri: E + 'label', origin: 'same-concept' }],
    });
    expect(byKey.maths!.reasons).toEqual(['moved']);
    expect(byKey.fax).toMatchObject({
      reasons: ['replaced', 'deprecated'],
      replacement: 'one-to-one',
      suggestions: [{ uri: E + 'email', origin: 'replacement' }],
    });
    // The same label under a new URI is offered for a concept that is gone.
    expect(byKey.bread).toMatchObject({
      reasons: ['removed'],
      newLabel: null,
      suggestions: [{ uri: E + 'renamed-uri-2', origin: 'same-label' }],
    });
    expect(byKey.telex).toMatchObject({ reasons: ['removed'], suggestions: [] });

    const versions = Object.fromEntries(store.list({}).rows.map((m) => [m.sourceKey, m.target?.vocabularyId ?? m.targetVocabularyId]));
    // Unchanged and description-only targets and the "no match" statement move; rejected and other vocabularies stay.
    expect(versions).toMatchObject({
      budget: 'esco-v2',
      reports: 'esco-v2',
      nothing: 'esco-v2',
      rejected: 'esco-v1',
      other: 'other',
      sheets: 'esco-v1',
      telex: 'esco-v1',
    });
    const history = queryHistory(t.project.db, { action: 'update' }).changes;
    expect(history).toHaveLength(3);
    expect(
      history.every(
        (h) =>
          h.batchLabel === 'Move 3 mapping(s) to esco-v2' &&
          h.before!.targetVocabularyId === 'esco-v1' &&
          h.after!.targetVocabularyId === 'esco-v2',
      ),
    ).toBe(true);
  });

  it('is resumable: starting again after reopening continues the same queue and sorts in only new mappings', () => {
    startMigration({ db: t.project.db, author: 'ana', library }, { to: 'esco-v2' });
    const db = t.reopen().db;
    expect(migrationStatus(db)).toMatchObject({ to: 'esco-v2', queued: 5, open: 5 });
    const again = startMigration({ db, author: 'ana', library }, { to: 'esco-v2' });
    expect(again).toMatchObject({ moved: 3, queued: 5 });
    expect(() => startMigration({ db, author: 'ana', library }, { to: 'other' })).toThrow(/not finished/);
    expect(() => startMigration({ db, author: 'ana', library }, { to: 'esco-v9' })).toThrow(/No vocabulary "esco-v9"/);
  });

  it('asks the engine only for targets that are gone or deprecated without a successor in the vocabulary, with the old label and the item text', () => {
    const asked: string[] = [];
    startMigration(
      {
        db: t.project.db,
        author: 'ana',
        library,
        engine: (text, type) => {
          asked.push(`${text} (${type})`);
          return [{ uri: E + 'email', label: 'use e-mail', score: 0.5 }];
        },
      },
      { to: 'esco-v2' },
    );
    // bread has a concept with its label under a new URI, fax a successor named by the vocabulary.
    expect(asked.sort()).toEqual(['Outcome about telex (skill)', 'operate telex machine (skill)']);
    const telex = listQueue(t.project.db).rows.find((r) => r.sourceKey === 'telex')!;
    expect(telex.suggestions).toEqual([{ uri: E + 'email', label: 'use e-mail', origin: 'engine', score: 0.5 }]);
  });
});
