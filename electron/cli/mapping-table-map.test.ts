import { describe, expect, it } from 'vitest';
import { parseMapOption } from './mapping-table-map.js';

describe('parseMapOption', () => {
  it('reads FIELD=COLUMN pairs across repeated options, and FIELD==VALUE constants', () => {
    expect(parseMapOption(['source=Outcome ID, target = ESCO URI', 'relation==exactMatch'], 'a.csv')).toEqual({
      source: 'Outcome ID',
      target: 'ESCO URI',
      relation: '=exactMatch',
    });
  });

  it('refuses a part without a column, and a field named twice, naming the file', () => {
    expect(() => parseMapOption(['source'], 'a.csv')).toThrow(/^a\.csv: --map: "source" is not FIELD=COLUMN/);
    expect(() => parseMapOption(['relation=='], 'a.csv')).toThrow(/field "relation": --map: "relation==" is not FIELD=COLUMN/);
    expect(() => parseMapOption(['source=A,source=B'], 'a.csv')).toThrow(/a\.csv, field "source": --map names the field "source" twice/);
  });
});
