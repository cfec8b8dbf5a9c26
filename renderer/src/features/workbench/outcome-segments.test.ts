import { describe, expect, it } from 'vitest';
import { outcomeSegments, supportText } from './outcome-segments.js';

const TEXT = 'design, implement and evaluate a relational database';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

describe('outcome segments', () => {
  const design = { spans: [at('design'), at('a relational database')], covered: true };
  const implement = { spans: [at('implement'), at('a relational database')], covered: false };
  const evaluate = { spans: [at('evaluate a relational database')], covered: false };

  it('marks the supporting spans and tells covered from uncovered parts; the shared object counts as covered', () => {
    const segments = outcomeSegments(TEXT, [design, implement, evaluate], implement.spans);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments).toEqual([
      { text: 'design', marked: false, part: 'covered' },
      { text: ', ', marked: false, part: null },
      { text: 'implement', marked: true, part: 'uncovered' },
      { text: ' and ', marked: false, part: null },
      { text: 'evaluate ', marked: false, part: 'uncovered' },
      { text: 'a relational database', marked: true, part: 'covered' },
    ]);
  });

  it('is the plain text as one run without parts or marks, and clips ranges beyond the text', () => {
    expect(outcomeSegments(TEXT, [], [])).toEqual([{ text: TEXT, marked: false, part: null }]);
    expect(outcomeSegments('abc', [], [{ start: 1, end: 99 }])).toEqual([
      { text: 'a', marked: false, part: null },
      { text: 'bc', marked: true, part: null },
    ]);
  });

  it('reads the supporting pieces in order for the screen reader', () => {
    expect(supportText(TEXT, [at('a relational database'), at('implement')])).toBe('implement … a relational database');
  });
});
