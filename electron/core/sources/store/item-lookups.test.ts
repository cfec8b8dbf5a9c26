import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRevision } from '../../db/project-revision.js';
import { addItems, addScheme, tempProject } from '../../mappings/testing.js';
import { activeItemTexts, findItemIdentity, itemsToCheck, itemsWithKey } from './item-lookups.js';
import { flagItemRemoved, setItemPosition } from './item-rows.js';

let handle: ReturnType<typeof tempProject>;
const db = () => handle.project.db;

beforeEach(() => {
  handle = tempProject();
});
afterEach(() => handle.cleanup());

describe('item lookups for other domains', () => {
  it("finds an item's key and scheme, and items by key across schemes", () => {
    const named = addScheme(db(), { title: 'Named', uri: 'http://example.org/s' });
    const unnamed = addScheme(db(), { title: 'Unnamed', kind: 'classification' });
    const [a] = addItems(db(), named, [{ key: 'K1', text: 'one' }]);
    const [b] = addItems(db(), unnamed, [{ key: 'K1', text: 'one again' }]);
    expect(findItemIdentity(db(), a!)).toEqual({ itemId: a, itemKey: 'K1', schemeId: named, schemeUri: 'http://example.org/s' });
    expect(findItemIdentity(db(), 999)).toBeUndefined();
    expect(itemsWithKey(db(), 'K1')).toEqual([
      { id: a, schemeId: named, schemeUri: 'http://example.org/s', schemeTitle: 'Named' },
      { id: b, schemeId: unnamed, schemeUri: null, schemeTitle: 'Unnamed' },
    ]);
    expect(itemsToCheck(db()).map((i) => [i.id, i.outcomes])).toEqual([
      [a, 1],
      [b, 0],
    ]);
  });

  it('gives the active items of a scheme in order, and a project revision that changes with any item', () => {
    const scheme = addScheme(db());
    const [a, b, c] = addItems(db(), scheme, [
      { key: 'A', text: 'a' },
      { key: 'B', text: 'b' },
      { key: 'C', text: 'c' },
    ]);
    const before = projectRevision(db()).sources;
    setItemPosition(db(), a!, 10);
    flagItemRemoved(db(), b!, '2099-01-01T00:00:00.000Z');
    expect(activeItemTexts(db(), scheme)).toEqual([
      { id: c, text: 'c', description: '', language: 'en' },
      { id: a, text: 'a', description: '', language: 'en' },
    ]);
    expect(projectRevision(db()).sources).toBeGreaterThan(before);
    expect(itemsToCheck(db()).map((i) => i.id)).toEqual([a, c]);
  });
});
