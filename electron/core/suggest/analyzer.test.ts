import { describe, expect, it } from 'vitest';
import { analyzerFor } from './analyzer.js';

describe('text analysis', () => {
  const en = analyzerFor('en');

  it('stems words, folds case and diacritics, and keeps symbols whole', () => {
    expect(en.terms('Managing Teams')).toEqual(['manag', 'team']);
    expect(analyzerFor('fr').terms('Débogage')).toEqual(analyzerFor('fr').terms('debogage'));
    expect(en.terms('C++ and C#')).toEqual(['c++', 'and', 'c#']);
  });

  it('keeps "node.js" whole and findable by its parts', () => {
    expect(en.terms('node.js')).toEqual(['node.js', 'node', 'js']);
  });

  it('reads a hyphenated word as the joined word, and its parts', () => {
    const hyphenated = en.tokens('make-up artist');
    expect(hyphenated.map((t) => t.term)).toEqual([en.termOf('makeup'), 'make', 'up', 'artist']);
    expect(en.terms('makeup artist')).toEqual([en.termOf('makeup'), 'artist']);
    expect(hyphenated[0]).toMatchObject({ start: 0, end: 7 });
    expect(en.terms('e-learning')[0]).toBe(en.terms('elearning')[0]);
  });

  it('gives a word met again (its analysis remembered) the same tokens, placed where it stands', () => {
    // One-letter parts ("e" of "e-learning") are not findable parts.
    const once = en.tokens('node.js e-learning');
    const twice = en.tokens('node.js e-learning node.js e-learning');
    expect(twice.slice(0, once.length)).toEqual(once);
    expect(twice.slice(once.length)).toEqual(once.map((t) => ({ ...t, start: t.start + 19, end: t.end + 19 })));
    expect(once.map((t) => [t.term, t.start, t.end, t.part ?? false])).toEqual([
      ['node.js', 0, 7, false],
      ['node', 0, 4, true],
      ['js', 5, 7, true],
      [en.termOf('elearning'), 8, 18, false],
      [en.termOf('learning'), 10, 18, true],
    ]);
  });
});
