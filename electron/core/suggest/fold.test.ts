import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';

describe('fold', () => {
  it('lower-cases and drops diacritics, and splits compatibility characters (ligatures)', () => {
    expect(fold('Débogage')).toBe('debogage');
    expect(fold('Infirmière')).toBe('infirmiere');
    expect(fold('technička')).toBe('technicka');
    expect(fold('ﬁnance')).toBe('finance');
    expect(fold('C++ Developer')).toBe('c++ developer');
  });
});
