import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addScheme, tempProject } from '../../mappings/testing.js';
import {
  deleteItemRow,
  findItem,
  flagItemRemoved,
  insertItem,
  itemKeyTaken,
  lastItemPosition,
  listSchemeItems,
  nextFreeKey,
  setItemKey,
  setItemPosition,
  writeImportedItem,
} from './item-rows.js';

let handle: ReturnType<typeof tempProject>;
let scheme: number;
const db = () => handle.project.db;
const item = (key: string, position: number) => ({ schemeId: scheme, key, text: `text ${key}`, language: 'en', position });

beforeEach(() => {
  handle = tempProject();
  scheme = addScheme(handle.project.db);
});
afterEach(() => handle.cleanup());

describe('source item rows', () => {
  it('keeps the extra data (other-language labels) an import brings', () => {
    const id = insertItem(
      db(),
      { ...item('LO1', 1), extra: { translations: { de: 'Datensätze analysieren' } } },
      '2030-01-01T00:00:00.000Z',
    );
    expect(findItem(db(), id)).toMatchObject({
      key: 'LO1',
      state: 'active',
      groupId: null,
      uri: null,
      extra: { translations: { de: 'Datensätze analysieren' } },
      created: '2030-01-01T00:00:00.000Z',
    });
    expect(findItem(db(), id + 1)).toBeUndefined();
  });

  it('lists a scheme in position order and knows the last position', () => {
    expect(lastItemPosition(db(), scheme)).toBe(0);
    const b = insertItem(db(), item('B', 2));
    const a = insertItem(db(), item('A', 1));
    expect(listSchemeItems(db(), scheme).map((i) => i.id)).toEqual([a, b]);
    setItemPosition(db(), a, 3);
    expect(listSchemeItems(db(), scheme).map((i) => i.id)).toEqual([b, a]);
    expect(lastItemPosition(db(), scheme)).toBe(3);
  });

  it('tells taken keys and the next free item-<n> key', () => {
    const id = insertItem(db(), item('item-1', 1));
    expect(itemKeyTaken(db(), scheme, 'item-1')).toBe(true);
    expect(itemKeyTaken(db(), scheme, 'item-1', id)).toBe(false);
    expect(nextFreeKey(db(), scheme)).toBe('item-2');
    setItemKey(db(), id, 'LO1');
    expect(nextFreeKey(db(), scheme)).toBe('item-1');
  });

  it('flags a removed item and revives it with a re-import; deletes a row', () => {
    const id = insertItem(db(), item('LO1', 1));
    flagItemRemoved(db(), id, '2030-01-01T00:00:00.000Z');
    expect(findItem(db(), id)).toMatchObject({ state: 'removed', modified: '2030-01-01T00:00:00.000Z' });
    const fields = {
      groupId: null,
      text: 'new text',
      description: 'd',
      notation: 'N1',
      language: 'de',
      uri: 'http://example.org/lo1',
      position: 4,
      extra: { a: 1 },
    };
    writeImportedItem(db(), id, fields, '2030-02-01T00:00:00.000Z');
    expect(findItem(db(), id)).toMatchObject({ ...fields, state: 'active', modified: '2030-02-01T00:00:00.000Z' });
    deleteItemRow(db(), id);
    expect(findItem(db(), id)).toBeUndefined();
  });
});
