import { describe, expect, it } from 'vitest';
import { bareOrcid, isValidOrcid, OrcidSchema } from './orcid.js';

describe('ORCID iDs', () => {
  it('accepts iDs whose check digit is right, including X', () => {
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
    expect(isValidOrcid('0000-0001-5109-3700')).toBe(true);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
  });

  it('refuses a changed digit, swapped digits and a wrong form', () => {
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
    expect(isValidOrcid('0000-0002-1852-0097')).toBe(false);
    expect(isValidOrcid('0000-0002-1825-009')).toBe(false);
    expect(isValidOrcid('0000000218250097')).toBe(false);
  });

  it('takes an orcid.org URL as the bare iD and keeps empty as empty', () => {
    expect(bareOrcid('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(OrcidSchema.parse('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(OrcidSchema.parse('')).toBe('');
    expect(OrcidSchema.safeParse('0000-0002-1825-0098').success).toBe(false);
  });
});
