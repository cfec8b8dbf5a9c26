import { describe, expect, it } from 'vitest';
import { suggestFilters } from './suggest-scope.js';

describe('suggestFilters', () => {
  it('restricts to the target vocabulary and the chosen concept types', () => {
    expect(suggestFilters(null, 'any')).toBeUndefined();
    expect(suggestFilters('esco', 'any')).toEqual({ vocabularyIds: ['esco'] });
    expect(suggestFilters('esco', 'skills')).toEqual({ vocabularyIds: ['esco'], types: ['skill', 'knowledge'] });
    expect(suggestFilters(null, 'occupations')).toEqual({ types: ['occupation'] });
    expect(suggestFilters('esco', 'fields')).toEqual({ vocabularyIds: ['esco'], types: ['isced-field'] });
  });
});
