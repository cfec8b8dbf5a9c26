import { afterEach, describe, expect, it } from 'vitest';
import { contentId, contentIdForItem, schemeRef } from './content-id.js';
import { addItems, addScheme, tempProject } from './testing.js';

const base = {
  scheme: 'http://example.org/scheme',
  itemKey: 'LO1',
  kind: 'match' as const,
  targetUri: 'http://example.org/t',
  relation: 'exactMatch' as const,
};

describe('contentId', () => {
  it('is stable and depends on item, kind, target and relation only', () => {
    expect(contentId(base)).toBe(contentId({ ...base }));
    expect(contentId(base)).toMatch(/^[0-9a-f]{32}$/);
    const variants = [
      { ...base, scheme: 'http://example.org/other' },
      { ...base, itemKey: 'LO2' },
      { ...base, targetUri: 'http://example.org/u' },
      { ...base, relation: 'closeMatch' as const },
      { ...base, kind: 'must-not-map' as const, relation: null },
    ];
    for (const v of variants) expect(contentId(v)).not.toBe(contentId(base));
  });

  it('names the vocabulary for no-match statements', () => {
    const none = { ...base, kind: 'no-match' as const, targetUri: null, relation: null };
    expect(contentId({ ...none, targetVocabulary: 'esco-v1.1.1' })).not.toBe(contentId({ ...none, targetVocabulary: 'isced-f' }));
  });

  it('does not confuse separators inside keys', () => {
    expect(contentId({ ...base, scheme: 'a', itemKey: 'b c' })).not.toBe(contentId({ ...base, scheme: 'a b', itemKey: 'c' }));
  });

  it('uses the scheme URI, or the scheme id when there is none', () => {
    expect(schemeRef({ id: 3, uri: null })).toBe('scheme:3');
    expect(schemeRef({ id: 3, uri: 'http://x' })).toBe('http://x');
  });
});

describe('contentIdForItem', () => {
  let handle: ReturnType<typeof tempProject> | undefined;
  afterEach(() => handle?.cleanup());

  it('looks up scheme and key of a source item', () => {
    handle = tempProject();
    const db = handle.project.db;
    const scheme = addScheme(db, { uri: 'http://example.org/scheme' });
    const [item] = addItems(db, scheme, [{ key: 'LO1', text: 'Analyse data' }]);
    expect(contentIdForItem(db, item!, { kind: 'match', targetUri: base.targetUri, relation: 'exactMatch' })).toBe(contentId(base));
    expect(() => contentIdForItem(db, 999, { kind: 'match', targetUri: 'x', relation: 'exactMatch' })).toThrow(/No source item/);
  });
});
