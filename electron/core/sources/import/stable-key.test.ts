import { describe, expect, it } from 'vitest';
import { hash8, StableKeys } from './stable-key.js';

describe('stable generated keys', () => {
  it('depend on the normalised text only, not on case, spacing or position', () => {
    expect(hash8('Find  data ')).toBe(hash8('find data'));
    expect(hash8('find data')).not.toBe(hash8('clean data'));
    expect(hash8('x')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('disambiguate identical texts under one parent in order of appearance', () => {
    const keys = new StableKeys();
    const a = keys.next('C1', 'Same');
    expect(a).toBe(`C1-${hash8('Same')}`);
    expect(keys.next('C1', 'same')).toBe(`${a}-2`);
    expect(keys.next('C2', 'Same')).toBe(`C2-${hash8('Same')}`);
  });
});
