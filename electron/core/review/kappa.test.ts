import { describe, expect, it } from 'vitest';
import type { ReviewDecision } from '../../../shared/domain/review.js';
import { cohenKappa } from './kappa.js';

const repeat = (n: number, pair: [ReviewDecision, ReviewDecision]) => Array.from({ length: n }, () => pair);

describe('cohenKappa', () => {
  it('matches the textbook example: 50 items, 20 yes/yes, 15 no/no, 5 yes/no, 10 no/yes → κ = 0.4', () => {
    // p_o = 35/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5) / 0.5 = 0.4.
    const result = cohenKappa([
      ...repeat(20, ['accept', 'accept']),
      ...repeat(15, ['reject', 'reject']),
      ...repeat(5, ['accept', 'reject']),
      ...repeat(10, ['reject', 'accept']),
    ]);
    expect(result.n).toBe(50);
    expect(result.agreed).toBe(35);
    expect(result.observed).toBeCloseTo(0.7, 10);
    expect(result.expected).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0.4, 10);
    expect(result.table).toEqual([
      [20, 5, 0],
      [10, 15, 0],
      [0, 0, 0],
    ]);
  });

  it('handles three categories', () => {
    // Fleiss-style check by hand: table [[4,1,0],[1,3,1],[0,1,4]], n = 15, p_o = 11/15,
    // p_e = (5·5 + 5·5 + 5·5) / 225 = 1/3, κ = (11/15 − 1/3) / (2/3) = 0.6.
    const pairs = [
      ...repeat(4, ['accept', 'accept']),
      ...repeat(1, ['accept', 'reject']),
      ...repeat(1, ['reject', 'accept']),
      ...repeat(3, ['reject', 'reject']),
      ...repeat(1, ['reject', 'unsure']),
      ...repeat(1, ['unsure', 'reject']),
      ...repeat(4, ['unsure', 'unsure']),
    ] as [ReviewDecision, ReviewDecision][];
    expect(cohenKappa(pairs).kappa).toBeCloseTo(0.6, 10);
  });

  it('is 1 for perfect agreement, negative below chance, null when undefined', () => {
    expect(
      cohenKappa([
        ['accept', 'accept'],
        ['reject', 'reject'],
      ]).kappa,
    ).toBe(1);
    expect(
      cohenKappa([
        ['accept', 'reject'],
        ['reject', 'accept'],
      ]).kappa,
    ).toBe(-1);
    expect(cohenKappa([]).kappa).toBeNull();
    expect(
      cohenKappa([
        ['accept', 'accept'],
        ['accept', 'accept'],
      ]).kappa,
    ).toBeNull();
  });
});
