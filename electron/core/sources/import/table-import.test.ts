import { describe, expect, it } from 'vitest';
import { bundleFromRows, guessMapping } from './table-import.js';

const options = { split: true, format: 'csv' as const, fileName: 'catalogue.csv', title: 'Catalogue', language: 'en' };

describe('bundleFromRows with split outcome cells', () => {
  it('puts each outcome in its own item and keeps the lead-in on the course', () => {
    const text = 'By the end of this course students will be able to:1.Identify hazards;2.Assess risks in a workplace';
    const bundle = bundleFromRows([{ row: 2, values: { course: 'ENV101', courseTitle: 'Safety', text }, items: 2, problems: [] }], options);
    expect(bundle.items.map((i) => i.text)).toEqual(['Identify hazards', 'Assess risks in a workplace']);
    expect(bundle.items.every((i) => i.groupKey === 'ENV101' && i.line === 2)).toBe(true);
    expect(bundle.groups[0]!.metadata.outcomesLeadIn).toBe('By the end of this course students will be able to:');
  });

  it('keeps the whole cell as one item when splitting is off', () => {
    const bundle = bundleFromRows(
      [{ row: 2, values: { course: 'C1', text: 'Students can:\n- a thing\n- another thing' }, items: 1, problems: [] }],
      { ...options, split: false },
    );
    expect(bundle.items).toHaveLength(1);
    expect(bundle.groups[0]!.metadata.outcomesLeadIn).toBeUndefined();
  });
});

describe('guessMapping', () => {
  const row = (...cells: string[]) => ({ cells });

  it('takes the column of sentence-like cells for the text, not the title column', () => {
    const columns = ['Code', 'Title', 'Learning outcomes'];
    const rows = [
      row('GEO2001', 'Rivers', 'Explain how sediment moves through a river catchment over time'),
      row('GEO2002', 'Soils', 'Classify soil profiles using field descriptions and lab results'),
    ];
    expect(guessMapping(columns, rows)).toMatchObject({ text: 'Learning outcomes', id: 'Code' });
    expect(
      guessMapping(['Title', 'Intended outcomes'], [row('Rivers', 'Describe the hydrological cycle and its human disturbances')]).text,
    ).toBe('Intended outcomes');
  });

  it('keeps a lone label column and finds a sentence column under an unknown header', () => {
    expect(guessMapping(['id', 'label'], [row('1', 'Nurse')]).text).toBe('label');
    expect(
      guessMapping(['Kürzel', 'Inhalt'], [row('M1', 'Die Studierenden können Datenbanken entwerfen und die Ergebnisse erläutern')]).text,
    ).toBe('Inhalt');
    expect(guessMapping(['Kürzel', 'Kurzname'], [row('M1', 'Datenbanken')]).text).toBeUndefined();
  });
});
