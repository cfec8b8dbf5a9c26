import { describe, expect, it } from 'vitest';
import { batchWorkerCount, MIN_ITEMS_PER_WORKER, splitByCost } from './batch-parallel.js';
import type { BatchItem } from './batch-runner.js';

const item = (id: number, text: string): BatchItem => ({ id, text, description: '', language: 'en' });

describe('how a batch is shared out between workers', () => {
  it('uses one worker per core but one only when each gets enough items, and one with the neural level', () => {
    expect(batchWorkerCount(10, false, 3)).toBe(1);
    expect(batchWorkerCount(2 * MIN_ITEMS_PER_WORKER - 1, false, 3)).toBe(1);
    expect(batchWorkerCount(2 * MIN_ITEMS_PER_WORKER, false, 3)).toBe(2);
    expect(batchWorkerCount(100 * MIN_ITEMS_PER_WORKER, false, 3)).toBe(2);
    expect(batchWorkerCount(100 * MIN_ITEMS_PER_WORKER, false, 2)).toBe(1);
    expect(batchWorkerCount(100 * MIN_ITEMS_PER_WORKER, false, 1)).toBe(1);
    expect(batchWorkerCount(100 * MIN_ITEMS_PER_WORKER, false, 16)).toBe(4);
    expect(batchWorkerCount(100 * MIN_ITEMS_PER_WORKER, true, 16)).toBe(1);
  });

  it('splits the items into runs in their order, of about equal text length, none empty', () => {
    const items = [item(1, 'x'.repeat(400)), ...Array.from({ length: 9 }, (_, i) => item(i + 2, 'short outcome'))];
    const shares = splitByCost(items, 2);
    expect(shares.flat().map((i) => i.id)).toEqual(items.map((i) => i.id));
    // The long outcome costs as much as the nine short ones together.
    expect(shares.map((s) => s.length)).toEqual([1, 9]);
    expect(splitByCost(items.slice(0, 2), 4).map((s) => s.length)).toEqual([1, 1]);
    expect(splitByCost(items, 1)).toEqual([items]);
    const even = Array.from({ length: 10 }, (_, i) => item(i, 'same length'));
    expect(splitByCost(even, 3).map((s) => s.length)).toEqual([3, 4, 3]);
  });
});
