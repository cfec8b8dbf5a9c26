import { describe, expect, it } from 'vitest';
import { genderForms, LabelNgrams, wordNgrams } from './label-ngrams.js';

describe('gender forms of a label', () => {
  it('splits a whole title written in both forms', () => {
    expect(genderForms('directeur technique/directrice technique')).toEqual(['directeur technique', 'directrice technique']);
    expect(genderForms('Kfz-Monteur/Kfz-Monteurin')).toEqual(['Kfz-Monteur', 'Kfz-Monteurin']);
  });

  it('splits a gender pair of one word inside a longer title', () => {
    expect(genderForms('leraar/lerares lager onderwijs')).toEqual(['leraar lager onderwijs', 'lerares lager onderwijs']);
  });

  it('leaves other slashes alone', () => {
    expect(genderForms('TCP/IP')).toEqual(['TCP/IP']);
    expect(genderForms('Reiseleiter/Fremdenführer')).toEqual(['Reiseleiter/Fremdenführer']);
    expect(genderForms('input/output devices')).toEqual(['input/output devices']);
    expect(genderForms('a/b/c')).toEqual(['a/b/c']);
  });
});

describe('character n-grams of words', () => {
  it('pads words and folds case and accents', () => {
    const grams = wordNgrams('Écu');
    expect([...grams.keys()].sort()).toEqual([' ec', ' ecu', ' ecu ', 'cu ', 'ecu', 'ecu '].sort());
  });
});

describe('n-gram TF-IDF over labels', () => {
  const labels = ['Gartenbauarbeiter', 'Lackierer', 'Bäcker', 'infirmier/infirmière', 'horticulteur'];
  const concepts = Int32Array.from([0, 1, 2, 3, 0]);
  const ngrams = new LabelNgrams(labels, concepts);

  it('finds labels spelled alike where no word is equal (compounds, derivations)', () => {
    const hits = ngrams.search('Lackiertechniker', 3, null);
    expect(hits[0]?.concept).toBe(1);
    expect(ngrams.search('Gartenarbeiter', 3, null)[0]?.concept).toBe(0);
  });

  it('matches one gender form fully and scores a concept by its closest label', () => {
    const [best] = ngrams.search('Infirmière', 3, null);
    expect(best?.concept).toBe(3);
    expect(best?.similarity).toBeGreaterThan(0.99);
    expect(ngrams.search('horticulteurs', 1, null)[0]).toMatchObject({ concept: 0, label: 4 });
  });

  it('keeps to the allowed concepts and finds nothing for unrelated text', () => {
    const allowed = Uint8Array.from([1, 0, 1, 1]);
    expect(ngrams.search('Lackierer', 5, allowed).map((h) => h.concept)).not.toContain(1);
    expect(ngrams.search('zzzz', 5, null)).toEqual([]);
  });

  it('leaves out n-grams that most labels share: they alone match nothing', () => {
    const many = Array.from({ length: 600 }, (_, i) => `xyz w${i}`);
    const common = new LabelNgrams(
      many,
      Int32Array.from(many, (_, i) => i),
    );
    expect(common.search('xyz', 5, null)).toEqual([]);
    expect(common.search('xyz w7', 1, null)[0]?.concept).toBe(7);
  });
});
