import { describe, expect, it } from 'vitest';
import { columnOf, layoutColumns } from './columns.js';

describe('ESCO layout columns', () => {
  it('reads the mapping tool header with its variants', () => {
    const cz = layoutColumns(
      [
        'Classification 1 URI',
        'Classification 1 PrefLabel',
        'Classification 1 URL',
        'Classification 2 ID',
        'Classification 2 PrefLabel',
        'Classification 2 URL',
        'Mapping relation',
        'Editorial note',
      ],
      {},
    )!;
    expect(cz.relation).toBe(6);
    expect(cz.note).toBe(7);
    expect(cz.sides[1].map((c) => c.role)).toEqual(['uri', 'label', 'url']);
    expect(cz.sides[2].map((c) => c.role)).toEqual(['id', 'label', 'url']);
    const fr = layoutColumns(
      [
        'classification 1 ID',
        'classification 1 prefered label',
        'classification 2 ID',
        'classification 2 prefered label',
        'mapping relation',
      ],
      {},
    )!;
    expect(fr.sides[1]).toEqual([
      { index: 0, role: 'id', language: null },
      { index: 1, role: 'label', language: null },
    ]);
    expect(columnOf(fr, 2, 'label')).toBe(3);
  });

  it('keeps the language a label column names', () => {
    const be = layoutColumns(
      [
        'Classification 2 URI',
        'Classification 2 PrefLabel NL',
        'Classification 2 PrefLabel FR',
        'Mapping relation',
        'Classification 2 PrefLabel',
      ],
      {},
    )!;
    expect(be.sides[2].filter((c) => c.role === 'label').map((c) => c.language)).toEqual(['nl', 'fr', null]);
  });

  it('reads the ESCO–O*NET header by the classification names, or by position without them', () => {
    const header = [
      'O*NET Id',
      'O*NET Title',
      'O*NET Description',
      'ESCO or ISCO URI',
      'ESCO or ISCO Title',
      'ESCO or ISCO Description',
      'Type of Match',
    ];
    for (const names of [{ 1: 'O*NET', 2: 'ESCO' }, {}]) {
      const c = layoutColumns(header, names)!;
      expect(c.sides[1].map((s) => s.role)).toEqual(['id', 'label', 'description']);
      expect(c.sides[2].map((s) => s.role)).toEqual(['uri', 'label', 'description']);
      expect(c.relation).toBe(6);
      expect(c.note).toBe(-1);
    }
  });

  it('is undefined without a relation column', () => {
    expect(layoutColumns(['id', 'text'], {})).toBeUndefined();
  });
});
