import { describe, expect, it } from 'vitest';
import type { ConceptRecord, VocabularyInfo } from '../../../shared/domain/vocabulary.js';
import { ConceptIndex, normalizeForSearch } from './concept-index.js';

const scheme = 'http://example.org/s';
function concept(uri: string, label: string, extra: Partial<ConceptRecord> = {}): ConceptRecord {
  return {
    uri,
    vocabularyId: 'v',
    schemes: [scheme],
    type: 'concept',
    prefLabel: { en: label },
    altLabels: {},
    hiddenLabels: {},
    description: {},
    collections: [],
    broader: [],
    ...extra,
  };
}
const info = { id: 'v', schemes: [], languages: ['en'] } as unknown as VocabularyInfo;

describe('ConceptIndex', () => {
  const index = new ConceptIndex(info, [
    concept('a', 'Data analysis', { notation: '2' }),
    concept('b', 'Analyse data', { broader: ['a'], altLabels: { en: ['data analytics'] } }),
    concept('c', 'Big data', { broader: ['a'], notation: '1' }),
    concept('d', 'Café management', { schemes: ['other'] }),
  ]);

  it('builds the hierarchy within a scheme', () => {
    expect(index.roots(scheme).map((c) => c.uri)).toEqual(['a']);
    expect(index.narrowerOf('a', scheme).map((c) => c.uri)).toEqual(['b', 'c']);
    expect(index.summary(index.get('a')!, 'en', scheme).childCount).toBe(2);
  });

  it('ranks exact and prefix matches before substrings, preferred labels before others', () => {
    expect(index.search('data analysis').map((h) => h.uri)).toEqual(['a']);
    const hits = index.search('data');
    expect(hits[0]!.uri).toBe('a');
    expect(hits.find((h) => h.uri === 'b')!.matched).toBe('data analytics');
  });

  it('ignores case and diacritics and filters by scheme', () => {
    expect(normalizeForSearch('  CAFÉ  Management ')).toBe('cafe management');
    expect(index.search('cafe').map((h) => h.uri)).toEqual(['d']);
    expect(index.search('cafe', { scheme })).toEqual([]);
  });
});
