import { describe, expect, it } from 'vitest';
import { charTrigrams, trigramCosine, vectorCosine } from './char-ngrams.js';
import { buildIndexData } from './index-data.js';
import { SuggestIndex } from './suggest-index.js';
import { sampleConcepts } from './test-concepts.js';

const index = new SuggestIndex(buildIndexData(sampleConcepts(), { vocabularyId: 'test-v1', language: 'en', sourceStamp: 't' }));
const probes = ['manage a team', 'Software developer', 'data data analysis', 'Gärtnerin', ''];

/** The remembered trigram vector of `text` gives exactly the cosines of its trigram counts. */
function expectSameCosines(vector: ReturnType<typeof index.labelTrigrams>, text: string): void {
  for (const probe of probes) {
    expect(vectorCosine(index.trigramIds.vector(probe), vector)).toBe(trigramCosine(charTrigrams(probe), charTrigrams(text)));
  }
}

describe('remembered analyses of vocabulary-side texts', () => {
  it('gives every label the tokens and trigrams of its text, the same on a second read', () => {
    for (let l = 0; l < index.data.labelText.length; l++) {
      const text = index.data.labelText[l]!;
      expect(index.labelTokens(l)).toEqual(index.analyzer.tokens(text));
      expect(index.labelTokens(l)).toBe(index.labelTokens(l));
      expect(index.labelTrigrams(l)).toBe(index.labelTrigrams(l));
      expectSameCosines(index.labelTrigrams(l), text);
    }
  });

  it('gives every concept the tokens of its description and the trigrams of its preferred label', () => {
    const described = index.data.descriptions.findIndex(Boolean);
    expect(described).toBeGreaterThanOrEqual(0);
    for (let c = 0; c < index.conceptCount; c++) {
      expect(index.descriptionTokens(c)).toEqual(index.analyzer.tokens(index.data.descriptions[c] ?? ''));
      expectSameCosines(index.prefLabelTrigrams(c), index.data.prefLabels[c]!);
    }
  });
});
