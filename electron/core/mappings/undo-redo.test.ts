import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryHistory } from './history.js';
import { MappingStore } from './mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from './testing.js';
import { redo, undo, undoState } from './undo-redo.js';

let handle: ReturnType<typeof tempProject>;
let items: number[];
const ann = { author: 'Ann' };
const store = () => new MappingStore(handle.project.db);
const snapshot = () =>
  store()
    .list()
    .rows.map((r) => ({ id: r.id, uri: r.target?.uri, relation: r.relation, status: r.status }));
const match = (sourceItemId: number, n: number) => ({
  sourceItemId,
  target: { uri: skill(n), label: `s${n}`, vocabularyId: ESCO },
  relation: 'exactMatch' as const,
});

beforeEach(() => {
  handle = tempProject();
  items = addItems(handle.project.db, addScheme(handle.project.db), [
    { key: 'A', text: 'a' },
    { key: 'B', text: 'b' },
  ]);
});
afterEach(() => handle.cleanup());

describe('undo / redo', () => {
  it('reverts and replays create, update and delete batches in order', () => {
    const db = handle.project.db;
    const s0 = snapshot();
    const [m1, m2] = store().create([match(items[0]!, 1), match(items[1]!, 2)], ann).mappings;
    const s1 = snapshot();
    store().update([m1!.id, m2!.id], { status: 'accepted' }, ann);
    const s2 = snapshot();
    store().delete([m1!.id], ann);
    const s3 = snapshot();

    expect(undoState(db).undo?.label).toBe('Delete mapping');
    undo(db, 'Ann');
    expect(snapshot()).toEqual(s2);
    undo(db, 'Ann');
    expect(snapshot()).toEqual(s1);
    undo(db, 'Ann');
    expect(snapshot()).toEqual(s0);
    expect(undo(db, 'Ann')).toBeNull();
    expect(undoState(db)).toEqual({ undo: null, redo: expect.objectContaining({ label: 'Add 2 mappings', changes: 2 }) });

    redo(db, 'Ann');
    expect(snapshot()).toEqual(s1);
    redo(db, 'Ann');
    expect(snapshot()).toEqual(s2);
    redo(db, 'Ann');
    expect(snapshot()).toEqual(s3);
    expect(redo(db, 'Ann')).toBeNull();
  });

  it('restores the exact row (same id, timestamps, comment) after undoing a delete', () => {
    const [m] = store().create([{ ...match(items[0]!, 1), comment: 'why' }], ann).mappings;
    const before = store().get(m!.id);
    store().delete([m!.id], ann);
    undo(handle.project.db, 'Ann');
    expect(store().get(m!.id)).toEqual(before);
  });

  it('a new edit discards what could be redone', () => {
    const db = handle.project.db;
    store().create([match(items[0]!, 1)], ann);
    store().create([match(items[0]!, 2)], ann);
    undo(db, 'Ann');
    expect(undoState(db).redo).not.toBeNull();
    store().create([match(items[1]!, 3)], ann);
    expect(undoState(db).redo).toBeNull();
    undo(db, 'Ann');
    undo(db, 'Ann');
    expect(snapshot()).toEqual([]);
  });

  it('records undo and redo in the history under their own batches', () => {
    const db = handle.project.db;
    store().create([match(items[0]!, 1)], ann);
    undo(db, 'Bob');
    redo(db, 'Cleo');
    const changes = queryHistory(db).changes;
    expect(changes.map((c) => [c.action, c.author, c.batchLabel])).toEqual([
      ['create', 'Cleo', 'Redo: Add mapping'],
      ['delete', 'Bob', 'Undo: Add mapping'],
      ['create', 'Ann', 'Add mapping'],
    ]);
  });

  it('survives closing and reopening the project', () => {
    store().create([match(items[0]!, 1)], ann);
    store().create([match(items[0]!, 2)], ann);
    undo(handle.project.db, 'Ann');
    handle.reopen();
    expect(undoState(handle.project.db)).toMatchObject({ undo: { label: 'Add mapping' }, redo: { label: 'Add mapping' } });
    redo(handle.project.db, 'Ann');
    expect(snapshot().map((r) => r.uri)).toEqual([skill(1), skill(2)]);
    undo(handle.project.db, 'Ann');
    undo(handle.project.db, 'Ann');
    expect(snapshot()).toEqual([]);
  });

  it('skips a row whose source item is gone instead of blocking the stack', () => {
    const db = handle.project.db;
    store().create([match(items[1]!, 5)], ann);
    const [m] = store().create([match(items[0]!, 1)], ann).mappings;
    store().delete([m!.id], ann);
    db.prepare('DELETE FROM source_items WHERE id = ?').run(items[0]);
    const batch = undo(db, 'Ann');
    expect(batch?.changes).toBe(0);
    expect(undoState(db).undo?.label).toBe('Add mapping');
  });
});
