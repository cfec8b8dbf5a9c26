import { describe, expect, it } from 'vitest';
import { outcomeType } from './outcome-type.js';

describe('outcomeType', () => {
  it("prefers the source's own type", () => {
    expect(outcomeType('Apply statistics', { type: 'http://data.europa.eu/esco/skill-type/knowledge' })).toBe('knowledge');
    expect(outcomeType('Know the law', { learningOutcomeType: 'Competence' })).toBe('skill');
  });

  it('falls back to the leading verb, after "the student can"', () => {
    expect(outcomeType('Explain the GDPR')).toBe('knowledge');
    expect(outcomeType('The student is able to describe cloud models')).toBe('knowledge');
    expect(outcomeType('Students can design a database schema')).toBe('skill');
    expect(outcomeType('use spreadsheets')).toBe('skill');
  });

  it('is unknown when neither says', () => {
    expect(outcomeType('Teamwork')).toBe('unknown');
    expect(outcomeType('')).toBe('unknown');
  });
});
