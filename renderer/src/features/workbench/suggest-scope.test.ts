import { describe, expect, it } from 'vitest';
import { defaultScope, preferredVocabulary, suggestFilters } from './suggest-scope.js';

describe('suggestFilters', () => {
  it('restricts to the target vocabulary and the chosen concept types', () => {
    expect(suggestFilters(null, 'any')).toBeUndefined();
    expect(suggestFilters('esco', 'any')).toEqual({ vocabularyIds: ['esco'] });
    expect(suggestFilters('esco', 'skills')).toEqual({ vocabularyIds: ['esco'], types: ['skill', 'knowledge'] });
    expect(suggestFilters(null, 'occupations')).toEqual({ types: ['occupation'] });
    expect(suggestFilters('esco', 'fields')).toEqual({ vocabularyIds: ['esco'], types: ['isced-field'] });
  });
});

describe('preferredVocabulary and defaultScope', () => {
  it('starts with the newest ESCO version and its skills', () => {
    const library = [
      { id: 'isced-f-2013-snb', version: '' },
      { id: 'esco-v1.1.0', version: 'v1.1.0' },
      { id: 'esco-v1.2.0', version: 'v1.2.0' },
      { id: 'esco-v1.1.1', version: 'v1.1.1' },
    ];
    expect(preferredVocabulary(library)).toBe('esco-v1.2.0');
    expect(defaultScope('esco-v1.2.0')).toBe('skills');
  });

  it('falls back to the first vocabulary and any concept', () => {
    expect(preferredVocabulary([{ id: 'isced-f-2013-snb', version: '' }])).toBe('isced-f-2013-snb');
    expect(preferredVocabulary([])).toBeNull();
    expect(defaultScope('isced-f-2013-snb')).toBe('any');
  });
});
