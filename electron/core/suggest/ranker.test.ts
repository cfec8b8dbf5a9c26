import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seeded-random.js';
import { buildIndexData } from './index-data.js';
import { DEFAULT_WEIGHTS, queryTerms, rankPart, smallestWindow } from './ranker.js';
import { SuggestIndex } from './suggest-index.js';
import { concept } from './test-concepts.js';

/** Every choice of one position per list: the shortest span among them. */
function bruteForce(lists: number[][]): number {
  let best = Infinity;
  const pick = (i: number, min: number, max: number): void => {
    if (i === lists.length) best = Math.min(best, max - min + 1);
    else for (const at of lists[i]!) pick(i + 1, Math.min(min, at), Math.max(max, at));
  };
  pick(0, Infinity, -Infinity);
  return best;
}

describe('smallestWindow', () => {
  it('finds the shortest span holding a position of every list', () => {
    expect(smallestWindow([[1, 9], [4], [6, 12]])).toBe(6);
    expect(smallestWindow([[3], [3]])).toBe(1);
    expect(
      smallestWindow([
        [2, 20],
        [21, 40],
      ]),
    ).toBe(2);
  });

  it('agrees with trying every choice on random ascending lists, repeated positions included', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 2000; n++) {
      const lists = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.floor(random() * 15)).sort((a, b) => a - b),
      );
      expect(smallestWindow(lists), JSON.stringify(lists)).toBe(bruteForce(lists));
    }
  });
});

describe('a compound word of the text that labels have whole', () => {
  const index = new SuggestIndex(
    buildIndexData(
      [
        concept('mlm', 'skill', 'multi-level marketing'),
        concept('entry', 'skill', 'entry level recruitment'),
        concept('stats', 'skill', 'statistical analysis'),
      ],
      { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' },
    ),
  );
  const uriOf = (concept: number) => index.data.uris[concept]!.split('/').pop();

  it('marks its parts as matching labels that have them as words only, and builds those postings', () => {
    const idOf = (word: string) => index.termIds.get(index.analyzer.tokens(word)[0]!.term)!;
    const wordsOnly = (text: string, word: string) =>
      queryTerms(index, text, DEFAULT_WEIGHTS).terms.find((t) => t.id === idOf(word))?.wordsOnly;
    expect(wordsOnly('multi-level regression', 'multi-level')).toBe(false);
    expect(wordsOnly('multi-level regression', 'level')).toBe(true);
    // The same word standing alone in the text matches every label.
    expect(wordsOnly('multi-level entry level', 'level')).toBe(false);
    const level = idOf('level');
    const { offsets, docs, partOnly } = index.labels;
    const postings = Array.from({ length: offsets[level + 1]! - offsets[level]! }, (_, i) => offsets[level]! + i);
    expect(postings.map((p) => [index.data.labelText[docs[p]!], partOnly[p]])).toEqual([
      ['multi-level marketing', 1],
      ['entry level recruitment', 0],
    ]);
  });

  it('counts once against a label that has it: its parts add nothing there, and do reach a label with the word', () => {
    const hits = (text: string) => rankPart(index, text, DEFAULT_WEIGHTS, null).hits;
    const mlm = (text: string) => hits(text).find((h) => uriOf(h.concept) === 'mlm')!.score;
    // Hyphenated or not, "multi-level" is one matched word of "multi-level marketing" (in a sentence: a title's words
    // also reach look-alike words, which the parts then are).
    const sentence = (compound: string) => `analysts in our team fit ${compound} regression models to survey data`;
    expect(mlm(sentence('multi-level'))).toBeCloseTo(mlm(sentence('multilevel')), 6);
    expect(hits('multi-level regression').map((h) => uriOf(h.concept))).toEqual(['mlm', 'entry']);
  });
});
