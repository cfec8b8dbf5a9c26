import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewMapping } from '../../../shared/domain/mapping.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { addGroup, addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { flagItemRemoved } from '../sources/store/item-rows.js';
import { openErrors } from './open-errors.js';

let handle: ReturnType<typeof tempProject>;
let schemes: { a: number; b: number };
let items: { a1: number; a2: number; a3: number; b1: number };
const db = () => handle.project.db;

/** An exactMatch to two concepts of one scheme: an error (exact-multiple-same-scheme) on the item. */
const twoExacts = (sourceItemId: number): NewMapping[] =>
  [1, 2].map((n) => ({
    sourceItemId,
    target: { uri: skill(n), label: '', vocabularyId: ESCO },
    relation: 'exactMatch',
    status: 'accepted',
  }));

beforeEach(() => {
  handle = tempProject();
  schemes = { a: addScheme(db(), { title: 'A' }), b: addScheme(db(), { title: 'B' }) };
  const course = addGroup(db(), schemes.a, 'C1');
  const [a1, a2, a3] = addItems(db(), schemes.a, [
    { key: 'A1', text: 'In course C1', groupId: course },
    { key: 'A2', text: 'Outside any course' },
    { key: 'A3', text: 'Only unsure' },
  ]);
  const [b1] = addItems(db(), schemes.b, [{ key: 'B1', text: 'In scheme B' }]);
  items = { a1: a1!, a2: a2!, a3: a3!, b1: b1! };
  const store = new MappingStore(db());
  store.create([...twoExacts(items.a1), ...twoExacts(items.a2), ...twoExacts(items.b1)], { author: 'test' });
  // A warning-level problem (all mappings unsure) is not an error.
  store.create(
    [{ sourceItemId: items.a3, target: { uri: skill(3), label: '', vocabularyId: ESCO }, relation: 'closeMatch', status: 'unsure' }],
    { author: 'test' },
  );
});
afterEach(() => handle.cleanup());

const errorItems = (scope: { schemeId?: number; groupKey?: string }) =>
  openErrors(handle.project, null, scope).map((p) => [p.source, p.rule, p.severity]);

describe('openErrors', () => {
  it('lists the error-severity problems of the exported scheme only', () => {
    expect(errorItems({ schemeId: schemes.a })).toEqual([
      ['A1', 'exact-multiple-same-scheme', 'error'],
      ['A2', 'exact-multiple-same-scheme', 'error'],
    ]);
    expect(errorItems({ schemeId: schemes.b })).toEqual([['B1', 'exact-multiple-same-scheme', 'error']]);
  });

  it('narrows to one course, and leaves out items flagged removed (they are not exported)', () => {
    expect(errorItems({ schemeId: schemes.a, groupKey: 'C1' })).toEqual([['A1', 'exact-multiple-same-scheme', 'error']]);
    flagItemRemoved(db(), items.a1);
    expect(errorItems({ schemeId: schemes.a })).toEqual([['A2', 'exact-multiple-same-scheme', 'error']]);
  });

  it('refuses a scope that names nothing, as the export does', () => {
    expect(() => openErrors(handle.project, null, {})).toThrow(/2 source schemes; choose one/);
    expect(() => openErrors(handle.project, null, { schemeId: schemes.a, groupKey: 'nope' })).toThrow(/no course or group "nope"/);
  });
});
