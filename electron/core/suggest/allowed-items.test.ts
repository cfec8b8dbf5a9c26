import { describe, expect, it } from 'vitest';
import { allowedItems } from './allowed-items.js';

describe('allowedItems', () => {
  it('sets the bit of each item whose concept is allowed, across words, and keeps one copy per concept mask', () => {
    const itemConcept = Int32Array.from({ length: 70 }, (_, i) => i % 3);
    const allowed = Uint8Array.from([1, 0, 1]);
    const cache = new WeakMap<Uint8Array, Int32Array>();
    const bits = allowedItems(cache, itemConcept, allowed);
    const set = Array.from(itemConcept, (_, i) => (bits[i >> 5]! & (1 << (i & 31))) !== 0);
    expect(set).toEqual(Array.from(itemConcept, (c) => allowed[c] === 1));
    expect(allowedItems(cache, itemConcept, allowed)).toBe(bits);
    expect(allowedItems(cache, itemConcept, Uint8Array.from([0, 1, 0]))).not.toBe(bits);
  });
});
