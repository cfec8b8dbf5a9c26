import { describe, expect, it } from 'vitest';
import { isVerb, lexiconFor } from './lexicon.js';

describe('lexicon', () => {
  it('recognises outcome verbs by list and by suffix, per language', () => {
    expect(isVerb(lexiconFor('en'), 'Design')).toBe(true);
    expect(isVerb(lexiconFor('en'), 'prioritize')).toBe(true);
    expect(isVerb(lexiconFor('en'), 'database')).toBe(false);
    expect(isVerb(lexiconFor('de-AT'), 'bewerten')).toBe(true);
    expect(isVerb(lexiconFor('de'), 'Bewerten')).toBe(false); // capitalised: a noun
    expect(isVerb(lexiconFor('de'), 'einen')).toBe(false);
    expect(isVerb(lexiconFor('fr'), 'optimiser')).toBe(true);
    expect(isVerb(lexiconFor('nl'), 'inventariseren')).toBe(true);
    expect(isVerb(lexiconFor('nl'), 'kosten')).toBe(false);
  });

  it('falls back to English rules for other languages', () => {
    expect(lexiconFor('sv')).toBe(lexiconFor('en'));
  });
});
