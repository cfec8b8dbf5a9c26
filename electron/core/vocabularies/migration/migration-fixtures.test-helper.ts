import type { ConceptRecord, ConceptType } from '../../../../shared/domain/vocabulary.js';
import type { VersionLibrary } from './start-migration.js';

export const E = 'http://data.europa.eu/esco/skill/';

export function concept(vocabularyId: string, id: string, label: string, extra: Partial<ConceptRecord> = {}): ConceptRecord {
  return {
    uri: E + id,
    vocabularyId,
    schemes: [],
    type: 'skill' as ConceptType,
    prefLabel: { en: label },
    altLabels: {},
    hiddenLabels: {},
    description: {},
    collections: [],
    broader: [],
    ...extra,
  };
}

/** Two versions of a small ESCO-like vocabulary, one of each kind of change (in memory, as the library returns them). */
export function twoVersions(): VersionLibrary & { versions: Record<string, ConceptRecord[]> } {
  const old = 'esco-v1';
  const next = 'esco-v2';
  const versions: Record<string, ConceptRecord[]> = {
    [old]: [
      concept(old, 'same', 'manage budgets'),
      concept(old, 'desc', 'write reports', { description: { en: 'Old text.' } }),
      concept(old, 'label', 'use spreadsheets'),
      concept(old, 'move', 'teach maths', { broader: [E + 'g1'] }),
      concept(old, 'gone', 'operate telex machine'),
      concept(old, 'renamed-uri', 'bake bread'),
      concept(old, 'dep', 'use fax'),
    ],
    [next]: [
      concept(next, 'same', 'manage budgets'),
      concept(next, 'desc', 'write reports', { description: { en: 'New text.' } }),
      concept(next, 'label', 'use spreadsheet software'),
      concept(next, 'move', 'teach maths', { broader: [E + 'g2'] }),
      concept(next, 'renamed-uri-2', 'bake bread'),
      concept(next, 'dep', 'use fax', { status: 'deprecated', replacedBy: [E + 'email'] }),
      concept(next, 'email', 'use e-mail'),
    ],
    other: [concept('other', 'x', 'x')],
  };
  return {
    versions,
    has: (id) => id in versions,
    get: (id) => ({
      id,
      title: id === 'other' ? 'Other' : `ESCO ${id.slice(5)}`,
      publisher: 'EC',
      version: id === 'other' ? '' : id.slice(5),
    }),
    concepts: (id) => versions[id]!,
  };
}
