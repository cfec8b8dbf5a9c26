import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seeded-random.js';
import { smallestWindow } from './ranker.js';

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
