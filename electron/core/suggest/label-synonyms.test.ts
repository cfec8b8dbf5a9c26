import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { SuggestEngine } from './engine.js';
import { buildIndexData } from './index-data.js';
import { hasLabelSynonyms, LabelSynonyms, oneWordApart } from './label-synonyms.js';
import { DEFAULT_WEIGHTS } from './ranker.js';
import { SuggestIndex } from './suggest-index.js';
import { concept } from './test-concepts.js';
import { sampleIndexes } from './test-indexes.js';

const occupation = (id: string, pref: string, alt: string[]) => concept(id, 'occupation', pref, { alt });
const index = new SuggestIndex(
  buildIndexData(
    [
      occupation('leisure', 'leisure director', ['leisure manager']),
      occupation('warehouse', 'warehouse director', ['warehouse manager', 'warehouse chief']),
      occupation('shop', 'shop director', ['shop manager']),
      occupation('kiosk', 'kiosk chief', ['kiosk director']),
      occupation('sales', 'sales director', ['director of sales']),
      occupation('kitchen', 'head chef', ['chef']),
      occupation('museum-guide', 'museum guide', []),
      occupation('museum-director', 'museum director', []),
    ],
    { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' },
  ),
);
const term = (word: string) => index.termIds.get(index.analyzer.termOf(word))!;
const synonymsOf = (word: string) => new LabelSynonyms(index).of(term(word)).map((s) => index.data.terms[s.id]);

describe('label synonyms', () => {
  it('pairs the one differing word of two labels of equal length', () => {
    expect(oneWordApart(Int32Array.of(1, 2, 3), Int32Array.of(1, 4, 3))).toEqual([2, 4]);
    expect(oneWordApart(Int32Array.of(1, 2, 3), Int32Array.of(5, 4, 3))).toBeNull();
    expect(oneWordApart(Int32Array.of(1, 2), Int32Array.of(1, 2, 3))).toBeNull();
    // One-word labels share no context: "cariste" and "magasinier" say nothing about each other's words.
    expect(oneWordApart(Int32Array.of(1), Int32Array.of(2))).toBeNull();
  });

  it('takes a substitution that several concepts make as a synonym, both ways', () => {
    expect(synonymsOf('director')).toContain(index.analyzer.termOf('manager'));
    expect(synonymsOf('manager')).toContain(index.analyzer.termOf('director'));
  });

  it('ignores a substitution made by fewer than three concepts', () => {
    expect(synonymsOf('director')).not.toContain(index.analyzer.termOf('chief'));
    expect(synonymsOf('sales')).toEqual([]);
    expect(synonymsOf('head')).toEqual([]);
  });

  it('lets a title reach labels through a synonym', () => {
    const lead = (synonym: number) => {
      const list = new SuggestEngine([index], { ...DEFAULT_WEIGHTS, synonym }).search({ text: 'museum manager', top: 5 });
      const score = (id: string) => list.find((c) => c.uri === `http://example.org/${id}`)?.rawScore ?? 0;
      return score('museum-director') - score('museum-guide');
    };
    expect(lead(DEFAULT_WEIGHTS.synonym)).toBeGreaterThan(0);
    expect(lead(DEFAULT_WEIGHTS.synonym)).toBeGreaterThan(lead(0));
  });
});

describe('label synonyms of a loaded index', () => {
  it('are found soon after the index loads, before any title query', async () => {
    const temp = makeTempDir();
    try {
      const loaded = sampleIndexes(temp.dir).get('test-v1', 'en')!;
      expect(hasLabelSynonyms(loaded)).toBe(false);
      await new Promise((r) => setTimeout(r, 20));
      expect(hasLabelSynonyms(loaded)).toBe(true);
    } finally {
      temp.cleanup();
    }
  });
});
