import { describe, expect, it } from 'vitest';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import { SuggestEngine } from './engine.js';
import { buildIndexData, labelAlternatives } from './index-data.js';
import { DEFAULT_WEIGHTS } from './ranker.js';
import { SuggestIndex } from './suggest-index.js';
import { withoutGenderMarker } from './title-parts.js';

/** Occupations with labels in one language only. */
function occupations(language: string, labels: Record<string, string[]>): ConceptRecord[] {
  return Object.entries(labels).map(([id, [pref, ...alts]]) => ({
    uri: `http://example.org/${id}`,
    vocabularyId: 'test-v1',
    schemes: [],
    type: 'occupation',
    prefLabel: { [language]: pref! },
    altLabels: { [language]: alts },
    hiddenLabels: {},
    description: {},
    collections: [],
    broader: [],
  }));
}

const engineFor = (language: string, labels: Record<string, string[]>, weights = DEFAULT_WEIGHTS) =>
  new SuggestEngine(
    [new SuggestIndex(buildIndexData(occupations(language, labels), { vocabularyId: 'test-v1', language, sourceStamp: 's' }))],
    weights,
  );
const first = (engine: SuggestEngine, text: string) => engine.search({ text, top: 5 })[0]?.uri.replace('http://example.org/', '');

describe('compound words in the languages that write them as one word', () => {
  it("finds a German compound by its head through the labels' own words (query and labels split)", () => {
    const de = engineFor('de', {
      forestry: ['Forstmaschinenführer/Forstmaschinenführerin', 'Bediener von Forstmaschinen'],
      guide: ['Führer im Museum'],
      steward: ['Bodensteward/Bodenstewardess'],
      floor: ['Teppichbodenleger/Teppichbodenlegerin'],
      gardener: ['Gärtner/Gärtnerin', 'Garten'],
      tractor: ['Traktor'],
    });
    // "Traktorführer" is in no label: "Traktor" and "Führer" are, and "Forstmaschinenführer" is split into
    // "Forstmaschinen" and "Führer" at indexing.
    const hits = de.search({ text: 'Traktorführer/in', top: 5 }).map((c) => c.uri.replace('http://example.org/', ''));
    expect(hits).toEqual(expect.arrayContaining(['forestry', 'tractor', 'guide']));
    expect(hits).not.toContain('steward');
    // "Bodenleger" is in no label either: the label "Teppichbodenleger" is found by its parts.
    expect(first(de, 'Bodenleger')).toBe('floor');
  });

  it('does the same for Dutch, Swedish, Danish and Norwegian', () => {
    const cases: [string, Record<string, string[]>, string, string][] = [
      ['nl', { driver: ['vrachtwagenchauffeur'], keeper: ['boekhouder'], bus: ['bus rijden'] }, 'buschauffeur', 'driver'],
      ['sv', { nurse: ['sjuksköterska'], sick: ['sjuk vård'], garden: ['trädgårdsarbetare'] }, 'barnsköterska', 'nurse'],
      ['da', { driver: ['lastbilchauffør'], bus: ['bus kørsel'], cook: ['kok'] }, 'buschauffør', 'driver'],
      ['nb', { nurse: ['sykepleier'], sick: ['syke dyr'], carer: ['pleier'], cook: ['kokk'] }, 'sykepleiere', 'nurse'],
    ];
    for (const [language, labels, text, expected] of cases) expect(first(engineFor(language, labels), text), language).toBe(expected);
  });

  it('does not split words in languages without such compounds', () => {
    const index = new SuggestIndex(
      buildIndexData(occupations('en', { a: ['gardenworker'], b: ['garden'], c: ['worker'] }), {
        vocabularyId: 't',
        language: 'en',
        sourceStamp: 's',
      }),
    );
    expect(index.labelTerms(0)).toHaveLength(1);
  });
});

describe('character n-grams where words do not match', () => {
  const cs = { officer: ['důstojník v ozbrojených silách'], soldier: ['voják'], cook: ['kuchař'] };
  // Latvian: no stemmer here, so inflected forms meet only through their spelling.
  const lv = { officer: ['virsnieks'], cook: ['pavārs'] };

  it('reaches a label word spelled alike when no label has the word', () => {
    expect(first(engineFor('cs', cs), 'důstojnice')).toBe('officer');
    expect(first(engineFor('lv', lv), 'virsniekiem')).toBe('officer');
    // Three edits away: typo tolerance alone does not reach it.
    expect(
      engineFor('lv', lv, { ...DEFAULT_WEIGHTS, ngram: 0, ngramKnown: 0, ngramFusion: 0 }).search({ text: 'virsniekiem', top: 5 }),
    ).toEqual([]);
  });

  it('prefers the label spelled like a title when stems tie', () => {
    const fr = engineFor('fr', { group: ['Acteurs'], actor: ['acteur/actrice', 'comédien'] });
    expect(first(fr, 'Acteur')).toBe('actor');
    expect(first(fr, 'Acteurs')).toBe('group');
  });
});

describe('label and title conventions', () => {
  it('reads a label naming both genders as two labels', () => {
    expect(labelAlternatives('acteur/actrice')).toEqual(['acteur', 'actrice']);
    expect(labelAlternatives("chef d'équipe électricien/cheffe d'équipe électricienne")).toEqual([
      "chef d'équipe électricien",
      "cheffe d'équipe électricienne",
    ]);
    expect(labelAlternatives('responsable développement/expansion immobilière')).toEqual([
      'responsable développement/expansion immobilière',
    ]);
    expect(labelAlternatives('TCP/IP')).toEqual(['TCP/IP']);
  });

  it('drops a trailing gender marker from a job title', () => {
    expect(withoutGenderMarker('Boucher (h/f/x)')).toBe('Boucher');
    expect(withoutGenderMarker('Koch (m/w/d)')).toBe('Koch');
    expect(withoutGenderMarker('Steward (M/F)')).toBe('Steward');
    expect(withoutGenderMarker('Manager (Sales)')).toBe('Manager (Sales)');
    expect(withoutGenderMarker('(m/w)')).toBe('(m/w)');
  });
});
