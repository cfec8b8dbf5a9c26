import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeLibrary } from '../checks/fake-library.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { addGroup, addItems, addScheme, ESCO, tempProject } from '../mappings/testing.js';
import { coverage } from './coverage.js';

const E = 'http://data.europa.eu/esco/';
const library = fakeLibrary(ESCO, [
  { uri: `${E}skill/S`, type: 'skill-group', prefLabel: { en: 'skills' } },
  { uri: `${E}skill/S1`, type: 'skill-group', prefLabel: { en: 'communication' }, broader: [`${E}skill/S`] },
  { uri: `${E}skill/S1.1`, type: 'skill-group', prefLabel: { en: 'presenting' }, broader: [`${E}skill/S1`] },
  { uri: `${E}skill/present`, broader: [`${E}skill/S1.1`], collections: ['digital'], reuseLevel: 'transversal' },
  { uri: `${E}skill/talk`, broader: [`${E}skill/S1`] },
  { uri: `${E}isced-f/06`, type: 'isced-field', prefLabel: { en: 'ICT' } },
  { uri: `${E}isced-f/061`, type: 'isced-field', broader: [`${E}isced-f/06`] },
  { uri: `${E}isced-f/0613`, type: 'isced-field', broader: [`${E}isced-f/061`] },
]);

let handle: ReturnType<typeof tempProject>;
const db = () => handle.project.db;
beforeEach(() => (handle = tempProject()));
afterEach(() => handle.cleanup());

describe('coverage', () => {
  it('counts item states per source and course, and groups targets by skill group, ISCED-F field and collection', () => {
    const scheme = addScheme(db(), { title: 'Catalogue' });
    const c1 = addGroup(db(), scheme, 'C1', 'Course 1');
    const c2 = addGroup(db(), scheme, 'C2', 'Course 2');
    const items = addItems(db(), scheme, [
      { key: 'a', text: 'a', groupId: c1 },
      { key: 'b', text: 'b', groupId: c1 },
      { key: 'c', text: 'c', groupId: c2 },
      { key: 'd', text: 'd', groupId: c2 },
      { key: 'e', text: 'e', groupId: c2 },
    ]);
    const t = (uri: string) => ({ uri: `${E}${uri}`, label: '', vocabularyId: ESCO });
    new MappingStore(db()).create(
      [
        { sourceItemId: items[0]!, target: t('skill/present'), relation: 'exactMatch', status: 'accepted' },
        { sourceItemId: items[0]!, target: t('isced-f/0613'), relation: 'broadMatch', status: 'accepted' },
        { sourceItemId: items[1]!, target: t('skill/talk'), relation: 'closeMatch', status: 'accepted' },
        { sourceItemId: items[2]!, target: t('skill/talk'), relation: 'closeMatch', status: 'proposed' },
        { sourceItemId: items[3]!, target: t('skill/unknown'), relation: 'closeMatch', status: 'unsure' },
      ],
      { author: 'Ann' },
    );
    const result = coverage(db(), library);
    expect(result.total).toEqual({ items: 5, mapped: 2, proposed: 1, unsure: 1, noMatch: 0, unmapped: 1 });
    expect(result.groups.map((g) => [g.key, g.mapped, g.unmapped])).toEqual([
      ['C1', 2, 0],
      ['C2', 0, 1],
    ]);
    expect(result.targets.skillGroups).toEqual([{ key: `${E}skill/S1`, label: 'communication', items: 2, concepts: 2, mappings: 2 }]);
    expect(result.targets.iscedFields).toEqual([{ key: `${E}isced-f/06`, label: 'ICT', items: 1, concepts: 1, mappings: 1 }]);
    expect(result.targets.collections.map((c) => [c.key, c.items])).toEqual([
      ['digital', 1],
      ['transversal', 1],
    ]);
    const c2Only = coverage(db(), library, { groupId: c2, statuses: ['proposed', 'unsure'] });
    expect(c2Only.total.items).toBe(3);
    expect(c2Only.targets.skillGroups.map((g) => g.items)).toEqual([1]);
    expect(c2Only.targets.unresolved).toBe(1);
  });
});
