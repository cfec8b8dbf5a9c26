import { describe, expect, it } from 'vitest';
import { charTrigrams, trigramCosine } from './char-ngrams.js';
import { TermNgrams } from './term-ngrams.js';

describe('character n-grams', () => {
  const terms = ['lackier', 'lackiertechnik', 'dustojnik', 'bäcker', 'baum', 'of'];
  const ngrams = new TermNgrams(terms, (id) => id !== 4);

  it('finds label words spelled like a word no label has, best first', () => {
    const found = ngrams.similar('dustojnic', 0.5, 3).map((s) => terms[s.id]);
    expect(found).toEqual(['dustojnik']);
    const lack = ngrams.similar('lackiert', 0.5, 3);
    expect(lack.map((s) => terms[s.id])).toEqual(['lackier', 'lackiertechnik']);
    expect(lack[0]!.similarity).toBeGreaterThan(lack[1]!.similarity);
  });

  it('keeps out excluded terms, short terms, the word itself and words below the threshold', () => {
    expect(ngrams.similar('baume', 0.3, 3).map((s) => terms[s.id])).not.toContain('baum');
    expect(ngrams.similar('off', 0.1, 3)).toEqual([]);
    expect(ngrams.similar('lackier', 0.5, 3).map((s) => terms[s.id])).not.toContain('lackier');
    expect(ngrams.similar('zzzzzz', 0.1, 3)).toEqual([]);
  });

  it('scores a text against labels by trigram cosine, folding case and diacritics', () => {
    const acteur = charTrigrams('Acteur');
    expect(trigramCosine(acteur, charTrigrams('acteur'))).toBeCloseTo(1);
    expect(trigramCosine(acteur, charTrigrams('Acteurs'))).toBeLessThan(1);
    expect(trigramCosine(acteur, charTrigrams('Acteurs'))).toBeGreaterThan(trigramCosine(acteur, charTrigrams('actrice')));
    expect(trigramCosine(charTrigrams('Débogage'), charTrigrams('debogage'))).toBeCloseTo(1);
    expect(trigramCosine(acteur, charTrigrams(''))).toBe(0);
  });
});
