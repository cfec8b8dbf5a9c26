import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryHistory } from '../../mappings/history.js';
import { MappingStore } from '../../mappings/mapping-store.js';
import { addItems, addScheme, tempProject } from '../../mappings/testing.js';
import { redo, undo } from '../../mappings/undo-redo.js';
import { E, twoVersions } from './migration-fixtures.test-helper.js';
import { listQueue, migrationStatus } from './migration-queue.js';
import { resolveRows } from './resolve-rows.js';
import { startMigration } from './start-migration.js';

describe('resolveRows', () => {
  let t: ReturnType<typeof tempProject>;
  let store: MappingStore;
  const library = twoVersions();
  const next = (uri: string) => library.versions['esco-v2']!.find((c) => c.uri === uri);
  const rowOf = (key: string) => listQueue(t.project.db, { state: 'all' }).rows.find((r) => r.sourceKey === key)!;
  const mappingOf = (key: string) => store.list({}).rows.filter((m) => m.sourceKey === key);

  beforeEach(() => {
    t = tempProject();
    const db = t.project.db;
    const keys = ['sheets', 'maths', 'telex', 'bread', 'fax'];
    const items = addItems(
      db,
      addScheme(db),
      keys.map((key) => ({ key, text: key })),
    );
    store = new MappingStore(db);
    const targets: Record<string, [string, string]> = {
      sheets: ['label', 'use spreadsheets'],
      maths: ['move', 'teach maths'],
      telex: ['gone', 'operate telex machine'],
      bread: ['renamed-uri', 'bake bread'],
      fax: ['dep', 'use fax'],
    };
    store.create(
      keys.map((key, i) => ({
        sourceItemId: items[i]!,
        target: { uri: E + targets[key]![0], label: targets[key]![1], vocabularyId: 'esco-v1' },
        relation: 'exactMatch' as const,
        status: 'accepted' as const,
      })),
      { author: 'ana' },
    );
    startMigration({ db, author: 'ana', library }, { to: 'esco-v2' });
  });
  afterEach(() => t.cleanup());

  it('accepts the top suggestion: the mapping points at the successor in the newer version, History shows both', () => {
    const result = resolveRows(t.project.db, 'bo', next, { ids: [rowOf('fax').id], action: 'replace' });
    expect(result.updated).toBe(1);
    expect(mappingOf('fax')).toEqual([
      expect.objectContaining({
        target: { uri: E + 'email', label: 'use e-mail', vocabularyId: 'esco-v2' },
        relation: 'exactMatch',
        status: 'accepted',
      }),
    ]);
    expect(rowOf('fax').resolution).toEqual({ action: 'replace', target: E + 'email', batch: result.batch });
    const change = queryHistory(t.project.db, { batch: result.batch! }).changes[0]!;
    expect(change.batchLabel).toBe('Migration: replace fax: use fax');
    expect(change.before!.target).toEqual({ uri: E + 'dep', label: 'use fax', vocabularyId: 'esco-v1' });
    expect(change.after!.target!.vocabularyId).toBe('esco-v2');
    expect(() => resolveRows(t.project.db, 'bo', next, { ids: [rowOf('fax').id], action: 'keep' })).toThrow(/decided already/);
  });

  it('undo opens the row again and restores the old target; redo decides it again', () => {
    const id = rowOf('bread').id;
    resolveRows(t.project.db, 'bo', next, { ids: [id], action: 'replace' });
    expect(mappingOf('bread')[0]!.target!.uri).toBe(E + 'renamed-uri-2');
    expect(migrationStatus(t.project.db)!.open).toBe(4);
    undo(t.project.db, 'bo');
    expect(mappingOf('bread')[0]!.target).toEqual({ uri: E + 'renamed-uri', label: 'bake bread', vocabularyId: 'esco-v1' });
    expect(rowOf('bread').resolution).toBeNull();
    expect(migrationStatus(t.project.db)!.open).toBe(5);
    redo(t.project.db, 'bo');
    expect(rowOf('bread').resolution).toMatchObject({ action: 'replace' });
  });

  it('keeps relabelled and moved targets in bulk with their new labels, and refuses bulk keep for a removed target', () => {
    const ids = [rowOf('sheets').id, rowOf('maths').id];
    expect(() => resolveRows(t.project.db, 'bo', next, { ids: [...ids, rowOf('telex').id], action: 'keep' })).toThrow(/cannot be kept/);
    const result = resolveRows(t.project.db, 'bo', next, { ids, action: 'keep' });
    expect(result.updated).toBe(2);
    expect(mappingOf('sheets')[0]!.target).toEqual({ uri: E + 'label', label: 'use spreadsheet software', vocabularyId: 'esco-v2' });
    expect(mappingOf('maths')[0]!.target).toEqual({ uri: E + 'move', label: 'teach maths', vocabularyId: 'esco-v2' });
  });

  it('"no equivalent" removes the mapping and marks the item "no match" in the newer version; a picked concept must be in it', () => {
    const id = rowOf('telex').id;
    expect(() => resolveRows(t.project.db, 'bo', next, { ids: [id], action: 'replace' })).toThrow(/no suggestion/);
    expect(() => resolveRows(t.project.db, 'bo', next, { ids: [id], action: 'replace', target: { uri: E + 'gone' } })).toThrow(
      /not a concept of esco-v2/,
    );
    resolveRows(t.project.db, 'bo', next, { ids: [id], action: 'no-equivalent' });
    expect(mappingOf('telex')).toEqual([expect.objectContaining({ kind: 'no-match', targetVocabularyId: 'esco-v2', status: 'accepted' })]);
    expect(() => resolveRows(t.project.db, 'bo', next, { ids: [999], action: 'keep' })).toThrow(/No queue row 999/);
  });

  it('finishes when every row is decided', () => {
    const db = t.project.db;
    resolveRows(db, 'bo', next, { ids: [rowOf('sheets').id, rowOf('maths').id, rowOf('bread').id, rowOf('fax').id], action: 'replace' });
    resolveRows(db, 'bo', next, { ids: [rowOf('telex').id], action: 'replace', target: { uri: E + 'email' } });
    expect(migrationStatus(db)).toMatchObject({ open: 0, finished: true, openByReason: {} });
    expect(store.list({ vocabularyId: 'esco-v1' }).total).toBe(0);
  });
});
