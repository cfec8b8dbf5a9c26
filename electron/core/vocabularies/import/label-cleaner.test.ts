import { describe, expect, it } from 'vitest';
import { LabelCleaner } from './label-cleaner.js';

describe('LabelCleaner', () => {
  it('trims, replaces odd and invisible spaces, and counts what it changed', () => {
    const cleaner = new LabelCleaner();
    expect(cleaner.clean('  manage\u00a0staff ')).toBe('manage staff');
    expect(cleaner.clean('zero\u200bwidth')).toBe('zerowidth');
    expect(cleaner.clean('double  space')).toBe('double space');
    expect(cleaner.counts).toMatchObject({ spacesNormalized: 2, trimmed: 2 });
  });

  it('drops duplicates and empty entries from lists', () => {
    const cleaner = new LabelCleaner();
    expect(cleaner.cleanList(['a', ' a', 'b', ' ', 'b\u00a0'])).toEqual(['a', 'b']);
    expect(cleaner.counts).toMatchObject({ duplicatesRemoved: 2, emptyRemoved: 1 });
  });
});
