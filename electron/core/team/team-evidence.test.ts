import { describe, expect, it } from 'vitest';
import { evidenceField, evidenceText } from './team-evidence.js';

describe('evidence as a team graph literal', () => {
  it('writes ranges as start-end pairs and reads them back', () => {
    const ranges = [
      { start: 0, end: 7 },
      { start: 21, end: 43 },
    ];
    expect(evidenceText(ranges)).toBe('0-7 21-43');
    expect(evidenceField(evidenceText(ranges))).toEqual({ evidence: ranges });
  });

  it('has no evidence for no ranges, an empty literal, or a malformed one', () => {
    expect(evidenceText(undefined)).toBe('');
    expect(evidenceText([])).toBe('');
    expect(evidenceField(undefined)).toEqual({});
    expect(evidenceField('  ')).toEqual({});
    expect(evidenceField('0-7 x')).toEqual({});
    expect(evidenceField('9-3')).toEqual({});
  });
});
