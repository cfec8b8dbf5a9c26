import { describe, expect, it } from 'vitest';
import { languageName, languageTagOf, languageTags } from './languages.js';

describe('preamble languages', () => {
  it('reads names, codes and lists', () => {
    expect(languageTags('English')).toEqual(['en']);
    expect(languageTags('cs')).toEqual(['cs']);
    expect(languageTags('nl/fr')).toEqual(['nl', 'fr']);
    expect(languageTags('Dutch and French')).toEqual(['nl', 'fr']);
    expect(languageTags('')).toEqual([]);
    expect(languageTagOf('Klingon language')).toBeUndefined();
  });

  it('names a tag for the CSV preamble', () => {
    expect(languageName('cs')).toBe('Czech');
    expect(languageName('en-GB')).toBe('English');
    expect(languageName('xx')).toBe('xx');
  });
});
