import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seeded-random.js';
import { kthLargest } from './kth-largest.js';

describe('kthLargest', () => {
  it('is the value a descending sort puts at k − 1, ties and all', () => {
    const next = seededRandom(7);
    for (let n = 0; n < 500; n++) {
      const length = 1 + Math.floor(next() * 60);
      // Few distinct values: many ties.
      const values = Float32Array.from({ length }, () => Math.floor(next() * (n % 2 ? 5 : 1000)) / 7);
      const sorted = [...values].sort((a, b) => b - a);
      const k = 1 + Math.floor(next() * length);
      expect(kthLargest(values.slice(), k), `k ${k} of ${sorted.join(',')}`).toBe(sorted[k - 1]);
    }
  });

  it('is −∞ when there are fewer than k values and +∞ for k ≤ 0', () => {
    expect(kthLargest(Float32Array.of(3, 1), 3)).toBe(-Infinity);
    expect(kthLargest(Float32Array.of(3, 1), 2)).toBe(1);
    expect(kthLargest(Float32Array.of(3, 1), 0)).toBe(Infinity);
  });
});
