import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seeded-random.js';
import { fusePattern, fuseScore } from './fuse-score.js';

/** What Fuse.js itself answers, with the options the re-ranking used it with. */
function fuseJs(pattern: string, label: string): number | undefined {
  const fuse = new Fuse([{ label }], { keys: ['label'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  return fuse.search(pattern)[0]?.score;
}

function word(next: () => number, alphabet: string, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min + 1));
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe('fuseScore', () => {
  it('gives the score Fuse.js gives, on labels and titles', () => {
    const labels = [
      'manage a team',
      'Team management',
      'database design',
      'design relational databases',
      'Ingénieur logiciel',
      'Softwareentwickler/Softwareentwicklerin',
      'C++',
      'ISO 9001',
      'Straße',
      'İstanbul guide',
      '   ',
    ];
    const patterns = ['manage team', 'team', 'databse desing', 'ingenieur', 'Softwareentwickler', 'c', 'ISO', 'strasse', 'i̇stanbul', 'zzz'];
    for (const p of patterns) {
      const pattern = fusePattern(p);
      for (const label of labels) expect(fuseScore(pattern, label), `${p} in ${label}`).toBe(fuseJs(p, label));
    }
  });

  it('gives the score Fuse.js gives on random texts: near misses, chunks past 32 characters, blanks', () => {
    const next = seededRandom(14);
    let matched = 0;
    let unmatched = 0;
    for (let n = 0; n < 3000; n++) {
      // A small alphabet makes near matches common; spaces vary the field norm; "İ" lowercases to two characters.
      const alphabet = n % 3 === 0 ? 'abc İ' : 'abcdefg ';
      const pattern = word(next, alphabet, 0, n % 10 === 0 ? 70 : 12);
      const label =
        next() < 0.3 ? `${word(next, alphabet, 0, 8)}${pattern.slice(1)}${word(next, alphabet, 0, 8)}` : word(next, alphabet, 0, 40);
      const expected = fuseJs(pattern, label);
      if (expected === undefined) unmatched++;
      else matched++;
      expect(fuseScore(fusePattern(pattern), label), `${JSON.stringify(pattern)} in ${JSON.stringify(label)}`).toBe(expected);
    }
    // Both outcomes were exercised.
    expect(matched).toBeGreaterThan(500);
    expect(unmatched).toBeGreaterThan(100);
  });

  it('scores a label containing the pattern near 0 and an unrelated one as no match', () => {
    const pattern = fusePattern('welding');
    expect(fuseScore(pattern, 'welding')).toBeLessThan(1e-10);
    expect(fuseScore(pattern, 'arc welding techniques')).toBeCloseTo(0.001 ** 0.577, 12); // three words: norm 1/√3 to three decimals;
    expect(fuseScore(pattern, 'xyz')).toBeUndefined();
  });
});
