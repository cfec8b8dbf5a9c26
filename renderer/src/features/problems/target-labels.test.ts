import { describe, expect, it } from 'vitest';
import { conceptLabel, MAX_LOOKUPS, targetsToLookUp, withTargetLabels } from './target-labels.js';

describe('conceptLabel', () => {
  it('takes the language asked for, then English, then any label, then the URI', () => {
    expect(conceptLabel({ uri: 'u', prefLabel: { de: 'Daten analysieren', en: 'analyse data' } }, 'de')).toBe('Daten analysieren');
    expect(conceptLabel({ uri: 'u', prefLabel: { de: 'Daten analysieren', en: 'analyse data' } }, 'fr')).toBe('analyse data');
    expect(conceptLabel({ uri: 'u', prefLabel: { nl: 'data analyseren' } })).toBe('data analyseren');
    expect(conceptLabel({ uri: 'http://x/c', prefLabel: {} })).toBe('http://x/c');
  });
});

describe('targetsToLookUp', () => {
  it('lists each target once, in order, and stops at the cap', () => {
    expect(targetsToLookUp([{ targets: ['a', 'b'] }, { targets: ['b', 'c'] }])).toEqual(['a', 'b', 'c']);
    const many = Array.from({ length: 1000 }, (_, i) => ({ targets: [`t${i}`] }));
    expect(targetsToLookUp(many)).toHaveLength(MAX_LOOKUPS);
  });
});

describe('withTargetLabels', () => {
  it('names the targets a message mentions by their labels, and leaves unknown ones as URIs', () => {
    const labels = new Map([['http://x/a', 'analyse data']]);
    expect(withTargetLabels('exactMatch and broadMatch to the same target http://x/a.', ['http://x/a'], labels)).toBe(
      'exactMatch and broadMatch to the same target “analyse data”.',
    );
    expect(withTargetLabels('Target http://x/b is missing.', ['http://x/b'], labels)).toBe('Target http://x/b is missing.');
  });
});
