import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seeded-random.js';
import { charTrigrams, TrigramIds, trigramCosine, vectorCosine } from './char-ngrams.js';

const texts = [
  'Lackierer',
  'Lackiertechniker/Lackiertechnikerin',
  'infirmière',
  'Infirmier en soins généraux',
  'technička',
  'ISO 9001 auditor',
  'a',
  'C++ developer',
  'Straße',
  'ﬁnance ofﬁcer',
  '𝐁old',
  '',
];

describe('TrigramIds', () => {
  it('counts the trigrams charTrigrams counts: the same cosine for every pair of texts, the same sum of squares', () => {
    const ids = new TrigramIds();
    for (const a of texts) {
      const counts = [...charTrigrams(a).values()];
      expect(ids.vector(a).squares).toBe(counts.reduce((sum, n) => sum + n * n, 0));
      expect([...ids.vector(a).counts].sort()).toEqual(counts.sort());
      for (const b of texts)
        expect(vectorCosine(ids.vector(a), ids.vector(b)), `${a} / ${b}`).toBe(trigramCosine(charTrigrams(a), charTrigrams(b)));
    }
  });

  it('gives ids in ascending order, one per distinct trigram', () => {
    const vector = new TrigramIds().vector('banana bandana');
    expect([...vector.ids]).toEqual([...vector.ids].sort((x, y) => x - y));
    expect(new Set(vector.ids).size).toBe(vector.ids.length);
    expect(vector.ids.length).toBe(charTrigrams('banana bandana').size);
  });

  it('keeps every id as its table grows past thousands of trigrams (texts long enough for a text to outgrow its scratch)', () => {
    const ids = new TrigramIds();
    const before = texts.map((t) => ids.vector(t));
    const random = seededRandom(5);
    const words = Array.from({ length: 4000 }, () =>
      Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''),
    );
    const long = ids.vector(words.join(' '));
    expect(long.ids.length).toBe(charTrigrams(words.join(' ')).size);
    expect(long.ids.length).toBeGreaterThan(5000);
    texts.forEach((t, i) => expect(ids.vector(t), t).toEqual(before[i]));
  });

  it('reads printable ASCII in place as the regular expression reads it: random texts of letters, digits and punctuation', () => {
    const random = seededRandom(9);
    const ids = new TrigramIds();
    const alphabet = 'aAbBzZ09 -_.,+#/()ée';
    const made = Array.from({ length: 300 }, () =>
      Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    );
    for (let i = 0; i < made.length; i++) {
      const a = made[i]!;
      const b = made[(i * 7 + 3) % made.length]!;
      const counts = [...charTrigrams(a).values()];
      expect(ids.vector(a).squares, a).toBe(counts.reduce((sum, n) => sum + n * n, 0));
      expect(vectorCosine(ids.vector(a), ids.vector(b)), `${a} / ${b}`).toBe(trigramCosine(charTrigrams(a), charTrigrams(b)));
    }
  });
});
