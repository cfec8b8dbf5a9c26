import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { sampleTable } from './sample-table.test-helper.js';

export const CZECH_LABEL = { uri: 'http://data.europa.eu/esco/skill/fff-666', label: 'navrhovat schémata databází', labelLanguage: 'cs' };
export const FRENCH_TRANSLATION = { fr: 'Concevoir un schéma relationnel' };

/**
 * The sample table plus what a round trip must keep besides mappings: LO5 has no mapping, LO6 only
 * a proposed one (LO 2/ä only an unsure one), LO7 has LO1's text, LO1 a French translation, and
 * LO7's accepted mapping a Czech label of an (English) ESCO skill.
 */
export function itemsTable(): CorrespondenceTable {
  const table = sampleTable();
  const lo1 = table.source.items[0]!;
  lo1.translations = { ...FRENCH_TRANSLATION };
  const item = (key: string, label: string) => ({ key, uri: null, label, description: '', notation: '', groupKey: null, language: 'en' });
  table.source.items.push(item('LO5', 'Never mapped'), item('LO6', 'Only proposed'), item('LO7', lo1.label));
  const accepted = table.mappings[0]!;
  table.mappings.push(
    {
      ...accepted,
      subjectKey: 'LO6',
      status: 'proposed',
      reviewer: '',
      object: { uri: 'http://data.europa.eu/esco/skill/ggg-777', label: 'data modelling' },
    },
    { ...accepted, subjectKey: 'LO7', object: { ...CZECH_LABEL } },
  );
  return table;
}

/** Items as a format can give them back: key, label, language and translations, by key. */
export function comparableItems(table: CorrespondenceTable, fields: 'labels' | 'with-languages' = 'with-languages'): unknown[] {
  return table.source.items
    .map((i) => (fields === 'labels' ? [i.key, i.label] : [i.key, i.label, i.language, i.translations ?? {}]))
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}
