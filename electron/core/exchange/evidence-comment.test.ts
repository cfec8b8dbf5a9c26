import { describe, expect, it } from 'vitest';
import { commentWithEvidence, evidenceFromComment } from './evidence-comment.js';

const TEXT = 'Students will be able to design, implement and evaluate a relational database.';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

describe('evidence in a comment', () => {
  const evidence = [at('implement'), at('a relational database')];

  it('writes the supporting pieces after the curator comment and reads them back to the same ranges', () => {
    const written = commentWithEvidence('checked by Ada', TEXT, evidence);
    expect(written).toBe('checked by Ada; supported by: «implement … a relational database»');
    expect(evidenceFromComment(written, TEXT)).toEqual({ comment: 'checked by Ada', evidence });
    const alone = commentWithEvidence('', TEXT, evidence);
    expect(alone).toBe('supported by: «implement … a relational database»');
    expect(evidenceFromComment(alone, TEXT)).toEqual({ comment: '', evidence });
  });

  it('leaves comments without evidence, or whose pieces are not in the text, as they are', () => {
    expect(commentWithEvidence('note', TEXT, undefined)).toBe('note');
    expect(commentWithEvidence('note', TEXT, [{ start: 70, end: 200 }])).toBe('note');
    expect(evidenceFromComment('plain note', TEXT)).toEqual({ comment: 'plain note' });
    const other = 'supported by: «bake bread»';
    expect(evidenceFromComment(other, TEXT)).toEqual({ comment: other });
  });

  it('finds repeated words in order, not twice the first', () => {
    const text = 'use data to clean data';
    const ranges = [
      { start: 0, end: 3 },
      { start: 18, end: 22 },
    ];
    const written = commentWithEvidence('', text, ranges);
    expect(written).toBe('supported by: «use … data» [0-3, 18-22]');
    expect(evidenceFromComment(written, text)).toEqual({ comment: '', evidence: ranges });
    // Unambiguous pieces need no offsets.
    expect(commentWithEvidence('', text, [{ start: 4, end: 8 }])).toBe('supported by: «data»');
  });
});
