import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryHistory } from './history.js';
import { MappingStore } from './mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from './testing.js';

let handle: ReturnType<typeof tempProject>;
let store: MappingStore;
let items: number[];
const ann = { author: 'Ann' };

beforeEach(() => {
  handle = tempProject();
  store = new MappingStore(handle.project.db);
  const scheme = addScheme(handle.project.db);
  items = addItems(handle.project.db, scheme, [
    { key: 'LO1', text: 'Analyse data sets' },
    { key: 'LO2', text: 'Explain privacy law' },
  ]);
});
afterEach(() => handle.cleanup());

const match = (sourceItemId: number, n: number, relation: 'exactMatch' | 'broadMatch' = 'exactMatch') => ({
  sourceItemId,
  target: { uri: skill(n), label: `skill ${n}`, vocabularyId: ESCO },
  relation,
});

describe('MappingStore', () => {
  it('records several targets per item with author, timestamps and defaults', () => {
    const result = store.create([match(items[0]!, 1), match(items[0]!, 2, 'broadMatch')], ann);
    expect(result).toMatchObject({ created: 2, duplicates: 0 });
    const rows = store.listForItem(items[0]!);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ kind: 'match', status: 'proposed', justification: 'manual-curation', author: 'Ann', sourceKey: 'LO1' });
    expect(rows[0]!.created).toBe(rows[0]!.modified);
    expect(result.undo.undo?.label).toBe('Add 2 mappings');
  });

  it('refuses duplicates by content id (counted, or an error on request)', () => {
    store.create([match(items[0]!, 1)], ann);
    const first = store.list().rows[0]!;
    expect(store.create([match(items[0]!, 1), match(items[0]!, 1)], ann)).toMatchObject({
      created: 0,
      duplicates: 2,
      duplicateIds: [first.id],
      batch: null,
    });
    expect(() => store.create([match(items[0]!, 1)], { ...ann, failOnDuplicate: true })).toThrow(/already has this statement/);
    // A different relation is a different statement.
    expect(store.create([match(items[0]!, 1, 'broadMatch')], ann).created).toBe(1);
  });

  it('stores negative statements: no match in a vocabulary, must not map to X', () => {
    store.create([{ sourceItemId: items[1]!, kind: 'no-match', targetVocabularyId: ESCO }], ann);
    store.create([{ sourceItemId: items[1]!, kind: 'must-not-map', target: { uri: skill(9), label: 'nine', vocabularyId: ESCO } }], ann);
    const rows = store.listForItem(items[1]!);
    expect(rows.map((r) => [r.kind, r.status, r.relation, r.target?.uri ?? null, r.targetVocabularyId])).toEqual(
      expect.arrayContaining([
        ['no-match', 'accepted', null, null, ESCO],
        ['must-not-map', 'accepted', null, skill(9), ESCO],
      ]),
    );
    expect(() => store.create([{ sourceItemId: items[1]!, kind: 'no-match' }], ann)).toThrow(/vocabulary/);
    expect(() => store.create([{ sourceItemId: items[1]!, target: { uri: skill(1), label: '', vocabularyId: ESCO } }], ann)).toThrow(
      /relation/,
    );
  });

  it('updates status, relation, comment and confidence; a relation change gets a new content id', () => {
    const [created] = store.create([match(items[0]!, 1)], ann).mappings;
    const result = store.update(
      [created!.id],
      { status: 'accepted', relation: 'closeMatch', comment: 'ok', confidence: 0.8 },
      { author: 'Bob' },
    );
    expect(result.updated).toBe(1);
    const after = store.get(created!.id);
    expect(after).toMatchObject({ status: 'accepted', relation: 'closeMatch', comment: 'ok', confidence: 0.8, author: 'Ann' });
    expect(after.contentId).not.toBe(created!.contentId);
    // No-op patches write nothing.
    expect(store.update([created!.id], { status: 'accepted' }, ann).batch).toBeNull();
    // Changing to a relation the item already has for that target is refused.
    store.create([match(items[0]!, 1, 'broadMatch')], ann);
    expect(() => store.update([created!.id], { relation: 'broadMatch' }, ann)).toThrow(/already has/);
  });

  it('deletes and lists with filters', () => {
    store.create([match(items[0]!, 1), match(items[0]!, 2, 'broadMatch'), match(items[1]!, 3)], ann);
    expect(store.list().total).toBe(3);
    expect(store.list({ relations: ['broadMatch'] }).rows.map((r) => r.target?.uri)).toEqual([skill(2)]);
    expect(store.list({ sourceItemIds: [items[1]!] }).rows).toHaveLength(1);
    expect(store.list({ statuses: ['accepted'] }).total).toBe(0);
    expect(store.list({ limit: 2, offset: 2 }).rows).toHaveLength(1);
    const ids = store.list({ sourceItemIds: [items[0]!] }).rows.map((r) => r.id);
    expect(store.delete(ids, ann).deleted).toBe(2);
    expect(store.list().total).toBe(1);
  });

  it('keeps a history with who, when, before and after, filterable', () => {
    const [m] = store.create([match(items[0]!, 1)], ann).mappings;
    store.update([m!.id], { status: 'accepted' }, { author: 'Bob' });
    store.delete([m!.id], { author: 'Cleo' });
    const all = queryHistory(handle.project.db);
    expect(all.total).toBe(3);
    expect(all.authors).toEqual(['Ann', 'Bob', 'Cleo']);
    expect(all.changes.map((c) => [c.action, c.author])).toEqual([
      ['delete', 'Cleo'],
      ['update', 'Bob'],
      ['create', 'Ann'],
    ]);
    const update = all.changes[1]!;
    expect(update.before?.status).toBe('proposed');
    expect(update.after?.status).toBe('accepted');
    expect(update.sourceKey).toBe('LO1');
    expect(update.batchLabel).toBe('Change mapping');
    expect(queryHistory(handle.project.db, { author: 'Bob' }).total).toBe(1);
    expect(queryHistory(handle.project.db, { action: 'create' }).changes[0]!.after?.target?.uri).toBe(skill(1));
    expect(queryHistory(handle.project.db, { sourceItemId: items[1]! }).total).toBe(0);
    expect(queryHistory(handle.project.db, { text: 'Analyse' }).total).toBe(3);
    expect(queryHistory(handle.project.db, { from: '2999-01-01' }).total).toBe(0);
  });

  it('writes all or nothing: a failing statement leaves no trace', () => {
    expect(() =>
      store.create(
        [match(items[0]!, 1), { sourceItemId: 12345, target: { uri: skill(2), label: '', vocabularyId: ESCO }, relation: 'exactMatch' }],
        ann,
      ),
    ).toThrow();
    expect(store.list().total).toBe(0);
    expect(queryHistory(handle.project.db).total).toBe(0);
  });
});

describe('history written as table rows', () => {
  it("is read like the store's own entries", () => {
    const [m] = store.create([match(items[0]!, 1)], ann).mappings;
    const row = handle.project.db.prepare('SELECT * FROM mappings WHERE id = ?').get(m!.id);
    handle.project.db
      .prepare(
        "INSERT INTO mapping_history (mapping_id, content_id, action, before, after, author, at, batch) VALUES (?, ?, 'create', NULL, ?, 'importer', 'now', 'import-x')",
      )
      .run(m!.id, m!.contentId, JSON.stringify(row));
    const found = queryHistory(handle.project.db, { sourceItemId: items[0]!, author: 'importer' });
    expect(found.total).toBe(1);
    expect(found.changes[0]!.after).toMatchObject({ id: m!.id, sourceItemId: items[0], target: { uri: skill(1) }, relation: 'exactMatch' });
  });
});
