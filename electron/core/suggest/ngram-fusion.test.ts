import { describe, expect, it } from 'vitest';
import { buildIndexData } from './index-data.js';
import { fuseNgrams } from './ngram-fusion.js';
import { SuggestIndex } from './suggest-index.js';
import { concept } from './test-concepts.js';

const index = new SuggestIndex(
  buildIndexData(
    [
      concept('painter', 'occupation', 'x', { de: 'Lackierer' }),
      concept('baker', 'occupation', 'x', { de: 'Bäcker' }),
      concept('gardener', 'occupation', 'x', { de: 'Gärtner' }),
    ],
    { vocabularyId: 'test', language: 'de', sourceStamp: 't' },
  ),
);

function fuse(text: string, scores: [number, number][], allowed: Uint8Array | null = null) {
  const byConcept = new Map(scores.map(([concept, score]) => [concept, { score }]));
  const added: number[] = [];
  fuseNgrams(index, text, byConcept, allowed, (concept, score) => {
    added.push(concept);
    byConcept.set(concept, { score });
  });
  return { byConcept, added };
}

describe('fusing character n-grams into a title ranking', () => {
  it('adds a concept that only the n-grams find, and lets it pass a word match spelled less alike', () => {
    // The word ranking found the gardener and, weakly, the baker; the title is a compound of "Lackierer".
    const { byConcept, added } = fuse('Lackiertechniker', [
      [2, 0.3],
      [1, 0.05],
    ]);
    expect(added).toEqual([0]);
    expect(byConcept.get(0)!.score).toBeGreaterThan(byConcept.get(1)!.score);
  });

  it('keeps scores in the word ranking units: a perfect match in both stays at the best score', () => {
    const { byConcept } = fuse('Bäcker', [[1, 0.8]]);
    expect(byConcept.get(1)!.score).toBeCloseTo(0.8, 2);
  });

  it('leaves sentences and filtered-out concepts alone', () => {
    const sentence = 'Lackierer die Bäcker und Gärtner in der Werkstatt beim Arbeiten anleiten';
    expect(fuse(sentence, [[1, 0.5]]).byConcept.get(1)!.score).toBe(0.5);
    expect(fuse('Lackiertechniker', [[1, 0.2]], Uint8Array.from([0, 1, 1])).added).not.toContain(0);
    // Nothing spelled alike enough to add.
    expect(fuse('Zimmermann', [[1, 0.2]]).added).toEqual([]);
  });
});
