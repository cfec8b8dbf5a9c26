import { describe, expect, it } from 'vitest';
import { foreignLabelLanguage, itemLabels, splitItemLabels, targetLabelLanguage } from './label-languages.js';

describe('label languages', () => {
  it('gives an item its own label in its language and each translation once, never over its own', () => {
    expect(itemLabels({ label: 'Zámečník', language: 'cs', translations: { en: 'Locksmith', cs: 'other', de: '' } }, 'en')).toEqual({
      cs: 'Zámečník',
      en: 'Locksmith',
    });
    expect(itemLabels({ label: 'Locksmith', language: '' }, 'de')).toEqual({ de: 'Locksmith' });
  });

  it('takes the first preferred language present as the item label, the others as translations', () => {
    expect(splitItemLabels({ fr: 'Serrurier', en: 'Locksmith' }, [undefined, 'en'])).toEqual({
      label: 'Locksmith',
      language: 'en',
      translations: { fr: 'Serrurier' },
    });
    expect(splitItemLabels({ fr: 'Serrurier', en: 'Locksmith' }, ['fr', 'en'])).toEqual({
      label: 'Serrurier',
      language: 'fr',
      translations: { en: 'Locksmith' },
    });
    expect(splitItemLabels({ de: 'Schlosser' }, ['en'])).toEqual({ label: 'Schlosser', language: 'de' });
    expect(splitItemLabels({}, ['en'])).toBeUndefined();
  });

  it("writes a target label in its own language or the vocabulary's, and reads back only one that differs", () => {
    expect(targetLabelLanguage({ uri: 'x', label: 'zámečník', labelLanguage: 'cs' }, { language: 'en' })).toBe('cs');
    expect(targetLabelLanguage({ uri: 'x', label: 'locksmith' }, { language: 'en' })).toBe('en');
    expect(foreignLabelLanguage('cs', { language: 'en' })).toEqual({ labelLanguage: 'cs' });
    expect(foreignLabelLanguage('en', { language: 'en' })).toEqual({});
    expect(foreignLabelLanguage('', { language: 'en' })).toEqual({});
  });
});
