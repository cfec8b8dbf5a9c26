import { describe, expect, it } from 'vitest';
import { readRelationWord, relationFromEscoSide } from './relation-words.js';

describe('readRelationWord', () => {
  it.each([
    ['skos:broadMatch', 'broadMatch'],
    ['broadMatch', 'broadMatch'],
    ['http://www.w3.org/2004/02/skos/core#narrowMatch', 'narrowMatch'],
    ['SKOS:ExactMatch', 'exactMatch'],
    ['=', 'exactMatch'],
    ['<', 'broadMatch'],
    ['>', 'narrowMatch'],
    ['~', 'closeMatch'],
    ['exact', 'exactMatch'],
    ['Close', 'closeMatch'],
    ['broader', 'broadMatch'],
    ['narrower', 'narrowMatch'],
    ['related', 'relatedMatch'],
    ['related match', 'relatedMatch'],
    [' close_match ', 'closeMatch'],
  ])('%s → %s', (cell, relation) => {
    expect(readRelationWord(cell)).toEqual({ kind: 'match', relation });
  });

  it.each(['no relation', 'No match', 'none', 'sssom:NoTermFound'])('"%s" is no match', (cell) => {
    expect(readRelationWord(cell)).toEqual({ kind: 'no-match' });
  });

  it.each(['exactISCO', 'maybe', 'skos:broader', ''])('"%s" is not a relation word', (cell) => {
    expect(readRelationWord(cell)).toBeUndefined();
  });
});

describe('relationFromEscoSide', () => {
  it('turns broad and narrow and keeps the symmetric relations', () => {
    expect(relationFromEscoSide('broadMatch')).toBe('narrowMatch');
    expect(relationFromEscoSide('narrowMatch')).toBe('broadMatch');
    for (const r of ['exactMatch', 'closeMatch', 'relatedMatch'] as const) expect(relationFromEscoSide(r)).toBe(r);
  });
});
