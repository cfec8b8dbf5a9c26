import { describe, expect, it } from 'vitest';
import { reviewCommandForKey } from './review-keys.js';

const press = (key: string, ctrlKey = false) => reviewCommandForKey({ key, ctrlKey, metaKey: false, altKey: false });

describe('review keys', () => {
  it('moves with j/k and arrows and decides with a/r/u', () => {
    expect(press('j')).toEqual({ type: 'move', by: 1 });
    expect(press('ArrowUp')).toEqual({ type: 'move', by: -1 });
    expect(press('a')).toEqual({ type: 'decide', decision: 'accept' });
    expect(press('r')).toEqual({ type: 'decide', decision: 'reject' });
    expect(press('u')).toEqual({ type: 'decide', decision: 'unsure' });
    expect(press('a', true)).toBeNull();
    expect(press('x')).toBeNull();
  });
});
