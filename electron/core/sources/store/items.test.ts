import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingStore } from '../../mappings/mapping-store.js';
import { ESCO, skill, tempProject } from '../../mappings/testing.js';
import { addGroup } from './groups.js';
import { addItem, deleteItem, getItem, listItems, updateItem } from './items.js';
import { createScheme } from './schemes.js';

let handle: ReturnType<typeof tempProject>;
let scheme: number;
const project = () => handle.project;
const mapTo = (itemId: number, n: number) =>
  new MappingStore(project().db).create(
    [{ sourceItemId: itemId, target: { uri: skill(n), label: `skill ${n}`, vocabularyId: ESCO }, relation: 'exactMatch' }],
    { author: 'Ann' },
  );

beforeEach(() => {
  handle = tempProject();
  scheme = createScheme(handle.project, { title: 'Catalogue', language: 'de' }).id;
});
afterEach(() => handle.cleanup());

describe('source items', () => {
  it("adds items after the last one, with a free key and the scheme's language by default", () => {
    const first = addItem(project(), scheme, { text: 'Daten analysieren' });
    const second = addItem(project(), scheme, { key: 'LO9', text: 'Explain privacy law', language: 'en' });
    expect(first).toMatchObject({ key: 'item-1', language: 'de', position: 1, state: 'active', mappings: 0 });
    expect(second).toMatchObject({ key: 'LO9', language: 'en', position: 2 });
    expect(() => addItem(project(), scheme, { key: 'LO9', text: 'again' })).toThrow(/An item with id "LO9" already exists/);
    expect(listItems(project(), { schemeId: scheme, search: 'privacy' }).map((i) => i.key)).toEqual(['LO9']);
  });

  it('edits an item: a new key re-keys its mappings, a course must be of the same scheme', () => {
    const item = addItem(project(), scheme, { key: 'LO1', text: 'Analyse data' });
    mapTo(item.id, 1);
    const before = new MappingStore(project().db).listForItem(item.id)[0]!.contentId;
    expect(updateItem(project(), item.id, { key: 'LO1a', text: 'Analyse data sets' })).toMatchObject({
      key: 'LO1a',
      text: 'Analyse data sets',
      mappings: 1,
    });
    expect(new MappingStore(project().db).listForItem(item.id)[0]!.contentId).not.toBe(before);
    const other = createScheme(project(), { title: 'Other' }).id;
    const foreign = addGroup(project(), other, { key: 'C1' });
    expect(() => updateItem(project(), item.id, { groupId: foreign.id })).toThrow(/another source scheme/);
    const course = addGroup(project(), scheme, { key: 'C1', title: 'Databases' });
    expect(getItem(project(), updateItem(project(), item.id, { groupId: course.id }).id).group).toMatchObject({
      key: 'C1',
      title: 'Databases',
    });
  });

  it('flags an item with mappings removed unless forced; forced, its mappings go too', () => {
    const item = addItem(project(), scheme, { text: 'Analyse data' });
    mapTo(item.id, 1);
    expect(deleteItem(project(), item.id)).toEqual({ action: 'flagged', mappings: 1 });
    expect(getItem(project(), item.id).state).toBe('removed');
    expect(deleteItem(project(), item.id, true, { author: 'Ann' })).toEqual({ action: 'deleted', mappings: 1 });
    expect(() => getItem(project(), item.id)).toThrow(/No source item/);
    expect(new MappingStore(project().db).list().total).toBe(0);
  });
});
