import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryHistory } from '../../mappings/history.js';
import { MappingStore } from '../../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../../mappings/testing.js';
import { deleteMappingsOf } from './item-mappings.js';

let handle: ReturnType<typeof tempProject>;
const db = () => handle.project.db;
const match = (sourceItemId: number, n: number) => ({
  sourceItemId,
  target: { uri: skill(n), label: `skill ${n}`, vocabularyId: ESCO },
  relation: 'exactMatch' as const,
});

beforeEach(() => {
  handle = tempProject();
});
afterEach(() => handle.cleanup());

describe('deleteMappingsOf', () => {
  it("deletes one item's or one scheme's mappings with history entries, and counts them", () => {
    const scheme = addScheme(db());
    const other = addScheme(db(), { title: 'Other' });
    const [a, b] = addItems(db(), scheme, [
      { key: 'A', text: 'a' },
      { key: 'B', text: 'b' },
    ]);
    const [c] = addItems(db(), other, [{ key: 'C', text: 'c' }]);
    new MappingStore(db()).create([match(a!, 1), match(a!, 2), match(b!, 3), match(c!, 4)], { author: 'Ann' });
    expect(deleteMappingsOf(handle.project, { itemId: a! }, 'Delete item A', { author: 'Bob' })).toBe(2);
    expect(deleteMappingsOf(handle.project, { schemeId: scheme }, 'Delete source', {})).toBe(1);
    expect(deleteMappingsOf(handle.project, { schemeId: scheme }, 'Delete source', {})).toBe(0);
    expect(new MappingStore(db()).list().rows.map((m) => m.sourceItemId)).toEqual([c]);
    expect(
      queryHistory(db(), { sourceItemId: a! })
        .changes.filter((h) => h.action === 'delete')
        .map((h) => [h.author, h.batchLabel]),
    ).toEqual([
      ['Bob', 'Delete item A'],
      ['Bob', 'Delete item A'],
    ]);
  });
});
