import { describe, expect, it } from 'vitest';
import { highlightSegments, rangeSegments } from './highlight.js';

describe('highlightSegments', () => {
  it('marks whole words that start with a matched term, case-insensitively', () => {
    expect(highlightSegments('Analysing data sets', ['analys', 'data'])).toEqual([
      { text: 'Analysing', match: true },
      { text: ' ', match: false },
      { text: 'data', match: true },
      { text: ' sets', match: false },
    ]);
  });

  it('does not match inside words and ignores one-letter terms', () => {
    expect(highlightSegments('metadata a', ['data', 'a'])).toEqual([{ text: 'metadata a', match: false }]);
  });

  it('handles accents and regex characters in terms', () => {
    expect(highlightSegments('Gestion de données (C++)', ['données', 'c++'])).toEqual([
      { text: 'Gestion de ', match: false },
      { text: 'données', match: true },
      { text: ' (', match: false },
      { text: 'C++', match: true },
      { text: ')', match: false },
    ]);
  });

  it('returns no segments for empty text', () => {
    expect(highlightSegments('', ['x'])).toEqual([]);
  });
});

describe('rangeSegments', () => {
  it('marks the given ranges, merging overlaps and clamping to the text', () => {
    expect(
      rangeSegments('manage data pipelines', [
        { start: 12, end: 30 },
        { start: 0, end: 6 },
        { start: 3, end: 6 },
      ]),
    ).toEqual([
      { text: 'manage', match: true },
      { text: ' data ', match: false },
      { text: 'pipelines', match: true },
    ]);
  });
});
