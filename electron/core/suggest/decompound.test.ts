import { describe, expect, it } from 'vitest';
import { compoundsLanguage, decompound } from './decompound.js';

const known = (...words: string[]) => {
  const set = new Set(words);
  return (part: string) => set.has(part);
};

describe('decompounding against known words', () => {
  it('splits German compounds into known words, across linking elements', () => {
    expect(decompound('Gartenbauarbeiter', 'de', known('garten', 'bau', 'arbeiter'))).toEqual(['garten', 'bau', 'arbeiter']);
    // "Arbeit·s·vertrag": the linking s belongs to neither part.
    expect(decompound('Arbeitsvertrag', 'de', known('arbeit', 'vertrag'))).toEqual(['arbeit', 'vertrag']);
    expect(decompound('Forstmaschinenführer', 'de', known('forst', 'maschinen', 'führer'))).toEqual(['forst', 'maschinen', 'führer']);
  });

  it('prefers the split with the fewest parts, then the most balanced', () => {
    expect(decompound('Bodenleger', 'de', known('boden', 'leger', 'bod', 'enleger'))).toEqual(['boden', 'leger']);
    expect(decompound('Teppichbodenleger', 'de', known('teppich', 'teppichboden', 'boden', 'leger', 'bodenleger'))).toEqual([
      'teppich',
      'bodenleger',
    ]);
  });

  it('splits Dutch, Swedish, Danish and Norwegian compounds with their own linking elements', () => {
    expect(decompound('boekenkast', 'nl', known('boek', 'kast'))).toEqual(['boek', 'kast']);
    expect(decompound('arbetsplats', 'sv', known('arbet', 'plats'))).toEqual(['arbet', 'plats']);
    expect(decompound('lastbilchauffør', 'da', known('lastbil', 'chauffør'))).toEqual(['lastbil', 'chauffør']);
    expect(decompound('sykepleier', 'nb', known('syke', 'pleier'))).toEqual(['syke', 'pleier']);
    expect(decompound('sykepleier', 'no', known('syke', 'pleier'))).toEqual(['syke', 'pleier']);
  });

  it('leaves words alone that are no compound of known words, short, or in other languages', () => {
    expect(decompound('Spengler', 'de', known('garten', 'bau'))).toBeNull();
    expect(decompound('Bauer', 'de', known('bau', 'er'))).toBeNull();
    // A part needs three letters at least; a trailing linking element is no part.
    expect(decompound('Gartenbaus', 'de', known('garten', 'bau'))).toBeNull();
    expect(decompound('skincare', 'en', known('skin', 'care'))).toBeNull();
    expect(compoundsLanguage('de-AT')).toBe(true);
    expect(compoundsLanguage('fr')).toBe(false);
  });
});
