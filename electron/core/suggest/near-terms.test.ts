import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seeded-random.js';
import { NearTerms, withinOneEdit } from './near-terms.js';

const eligible = (term: string) => term.length >= 4 && !/\d/.test(term);

/** The keys a term and a word one edit apart share: the word and its one-letter deletions. */
function keysOf(word: string): string[] {
  return [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];
}

/** The same lookup with the keys as strings in a map: the order NearTerms must give. */
function byStringKeys(terms: string[], word: string): number[] {
  const map = new Map<string, number[]>();
  terms.forEach((term, id) => {
    if (eligible(term)) for (const key of keysOf(term)) map.set(key, [...(map.get(key) ?? []), id]);
  });
  const found = new Set<number>();
  for (const key of keysOf(word)) for (const id of map.get(key) ?? []) found.add(id);
  return [...found].filter((id) => withinOneEdit(word, terms[id]!));
}

describe('NearTerms', () => {
  it('finds terms one insertion, deletion, substitution or swap away; not the word itself, nor terms it was not given', () => {
    const terms = ['management', 'managment', 'managements', 'manahement', 'mnaagement', 'manager', 'abc', 'data', 'java2'];
    const near = new NearTerms(terms, eligible);
    expect(near.near('managment').map((id) => terms[id])).toEqual(['management']);
    expect(
      near
        .near('management')
        .map((id) => terms[id])
        .sort(),
    ).toEqual(['managements', 'managment', 'manahement', 'mnaagement']);
    expect(near.near('dataa').map((id) => terms[id])).toEqual(['data']);
    // Too short, or with a digit: not eligible.
    expect(near.near('abcd')).toEqual([]);
    expect(near.near('javaa')).toEqual([]);
  });

  it('gives what string keys give, in their order, on random words over a small alphabet (many neighbours)', () => {
    const random = seededRandom(11);
    const word = () => Array.from({ length: 3 + Math.floor(random() * 5) }, () => 'abcé'[Math.floor(random() * 4)]).join('');
    const terms = [...new Set(Array.from({ length: 1500 }, word))];
    const near = new NearTerms(terms, eligible);
    let found = 0;
    for (let n = 0; n < 400; n++) {
      const query = word();
      const expected = byStringKeys(terms, query);
      expect(near.near(query), query).toEqual(expected);
      // Every eligible term one edit away, and nothing else.
      expect(new Set(expected)).toEqual(new Set(terms.flatMap((t, id) => (eligible(t) && withinOneEdit(query, t) ? [id] : []))));
      found += expected.length;
    }
    expect(found).toBeGreaterThan(400);
  });
});
