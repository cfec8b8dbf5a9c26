import { describe, expect, it } from 'vitest';
import { joinedTerm, splitCompound } from './compounds.js';
import { buildIndexData } from './index-data.js';
import { SuggestIndex } from './suggest-index.js';
import { concept } from './test-concepts.js';

const index = new SuggestIndex(
  buildIndexData(
    [
      concept('aesthetician', 'occupation', 'aesthetician', { alt: ['skin care specialist', 'the care of skin'] }),
      concept('marine-mechanic', 'occupation', 'marine mechanic', { alt: ['motorboat mechanic'] }),
      concept('therapist', 'occupation', 'therapist', { description: { en: 'Caregivers help.' } }),
    ],
    { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' },
  ),
);
const termsOf = (ids: readonly number[] | null) => ids?.map((id) => index.data.terms[id]);

describe('compound words', () => {
  it('reads a word no label has as two words that labels have', () => {
    expect(termsOf(splitCompound(index, 'skincare'))).toEqual(['skin', 'care']);
    expect(termsOf(splitCompound(index, 'Skincare'))).toEqual(['skin', 'care']);
  });

  it('never splits off a stop word or a part shorter than three letters', () => {
    expect(splitCompound(index, 'thecare')).toBeNull();
    expect(splitCompound(index, 'careof')).toBeNull();
    expect(splitCompound(index, 'c++')).toBeNull();
  });

  it('joins two words that labels write as one', () => {
    expect(index.data.terms[joinedTerm(index, 'motor', 'boat')!]).toBe(index.analyzer.termOf('motorboat'));
    expect(joinedTerm(index, 'marine', 'mechanic')).toBeNull();
    // "caregiver" is only in a description: labels never write it.
    expect(joinedTerm(index, 'care', 'givers')).toBeNull();
  });
});
