import type { ConceptRecord, ConceptType } from '../../../shared/domain/vocabulary.js';

/** A concept for tests: English labels unless `de` labels are given. */
export function concept(
  id: string,
  type: ConceptType,
  pref: string,
  extra: Partial<Omit<ConceptRecord, 'prefLabel' | 'altLabels'>> & { alt?: string[]; de?: string; deAlt?: string[] } = {},
): ConceptRecord {
  const { alt, de, deAlt, ...rest } = extra;
  return {
    uri: `http://example.org/${id}`,
    vocabularyId: 'test-v1',
    schemes: ['http://example.org/scheme'],
    type,
    prefLabel: de ? { en: pref, de } : { en: pref },
    altLabels: de ? { en: alt ?? [], de: deAlt ?? [] } : { en: alt ?? [] },
    hiddenLabels: {},
    description: {},
    collections: [],
    broader: [],
    ...rest,
  };
}

/** A small skills-and-occupations vocabulary exercising every ranking behaviour the tests check. */
export function sampleConcepts(): ConceptRecord[] {
  return [
    concept('java', 'knowledge', 'Java (computer programming)', { alt: ['Java'], collections: ['digital'], reuseLevel: 'sector-specific' }),
    concept('javascript', 'knowledge', 'JavaScript', { alt: ['JS'], collections: ['digital'], reuseLevel: 'sector-specific' }),
    concept('teams', 'skill', 'work in teams', {
      alt: ['teamwork', 'collaborate in a team'],
      collections: ['transversal'],
      reuseLevel: 'transversal',
      de: 'im Team arbeiten',
      deAlt: ['Teamarbeit'],
    }),
    concept('textile-teams', 'skill', 'work in textile manufacturing teams', { reuseLevel: 'sector-specific' }),
    concept('manage-staff', 'skill', 'manage staff', { alt: ['supervise employees'], reuseLevel: 'cross-sector', de: 'Personal führen' }),
    concept('nursing', 'knowledge', 'nursing science', {
      description: { en: 'The study of patient care, health promotion and illness prevention.' },
    }),
    concept('bake', 'skill', 'bake bread', { alt: ['produce bakery products'], de: 'Brot backen' }),
    concept('developer', 'occupation', 'software developer', { alt: ['programmer', 'software engineer'] }),
    concept('nurse', 'occupation', 'nurse responsible for general care', { alt: ['general nurse', 'registered nurse'] }),
    concept('group-ict', 'skill-group', 'ICT skills'),
    concept('cloud', 'knowledge', 'cloud technologies', { alt: ['cloud computing'], collections: ['digital', 'green'] }),
    concept('greenhouse', 'skill', 'monitor greenhouse gas emissions', { collections: ['green'] }),
  ];
}
