import { describe, expect, it } from 'vitest';
import { entryTarget, followCursor, paneEntries } from './pane-entries.js';
import { candidate, mapping } from './test-fixtures.js';

describe('paneEntries', () => {
  it('lists mappings first, then candidates not yet mapped, in rank order', () => {
    const entries = paneEntries([mapping(7, 'b'), mapping(8, null)], [candidate('a'), candidate('b'), candidate('c')]);
    expect(entries.map((e) => e.key)).toEqual(['m7', 'm8', 'ca', 'cc']);
    expect(entries[0]).toMatchObject({ kind: 'mapping', candidate: { uri: 'b' } });
    expect(entryTarget(entries[1])).toBeNull();
    expect(entryTarget(entries[2])).toEqual({ uri: 'a', label: 'label a', vocabularyId: 'v' });
  });

  it('keeps the cursor on the same row when the list changes', () => {
    const before = paneEntries([], [candidate('a'), candidate('b')]);
    const after = paneEntries([mapping(1, 'a')], [candidate('a'), candidate('b')]);
    expect(followCursor(before, after, 1)).toBe(1); // "b" is still second
    expect(followCursor(before, paneEntries([], [candidate('x')]), 1)).toBe(0);
    expect(followCursor(before, [], 1)).toBe(0);
  });
});
