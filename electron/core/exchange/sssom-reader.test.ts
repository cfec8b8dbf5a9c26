import { describe, expect, it } from 'vitest';
import { readSssom } from './sssom-reader.js';

const options = { file: 'm.sssom.tsv', uriBase: 'https://example.org/cw/', defaultStatus: 'proposed' as const };

describe('readSssom reads its table as leniently as every delimited reader', () => {
  it('takes lone CR line ends and a stray quote, naming lines in the whole file', () => {
    const text = [
      '# mapping_set_id: https://example.org/set',
      '# license: https://creativecommons.org/licenses/by/4.0/',
      'subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification',
      'https://example.org/a\t5" screens\tskos:exactMatch\thttp://data.europa.eu/esco/skill/a\tsemapv:ManualMappingCuration',
      '',
      'https://example.org/b\tb\tskos:broader\thttp://data.europa.eu/esco/skill/b\tsemapv:ManualMappingCuration',
    ].join('\r');
    const { table, problems } = readSssom(text, options);
    expect(table.source.items.map((i) => i.label)).toEqual(['5" screens', 'b']);
    expect(table.mappings).toHaveLength(1);
    expect(problems).toEqual([
      { severity: 'info', message: expect.stringContaining('quote inside an unquoted field'), line: 4 },
      { severity: 'error', message: expect.stringContaining('not a SKOS mapping relation'), line: 6, field: 'predicate_id' },
      { severity: 'info', message: expect.stringContaining('no curation_status column') },
    ]);
  });
});
