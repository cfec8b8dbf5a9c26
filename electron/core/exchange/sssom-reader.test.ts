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

  it('refuses CURIEs whose prefix the curie_map does not declare, naming line and field', () => {
    const text = [
      '# curie_map:',
      '#   ex: https://example.org/',
      '# mapping_set_id: https://example.org/set',
      'subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification',
      'ex:a\ta\tskos:exactMatch\tESCO:skill-1\tsemapv:ManualMappingCuration',
      'exx:b\tb\tskos:exactMatch\thttp://data.europa.eu/esco/skill/b\tsemapv:ManualMappingCuration',
      'ex:c\tc\tskos:exactMatch\turn:uuid:6f3a1c2e-0b9d-4c1a-9e57-2d8f4b6a7c90\tsemapv:ManualMappingCuration',
    ].join('\n');
    const { table, problems } = readSssom(text, options);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      {
        severity: 'error',
        message: 'object_id "ESCO:skill-1" uses the prefix "ESCO", which the curie_map does not declare: row skipped',
        line: 5,
        field: 'object_id',
      },
      {
        severity: 'error',
        message: 'subject_id "exx:b" uses the prefix "exx", which the curie_map does not declare: row skipped',
        line: 6,
        field: 'subject_id',
      },
    ]);
    expect(table.mappings.map((m) => m.object?.uri)).toEqual(['urn:uuid:6f3a1c2e-0b9d-4c1a-9e57-2d8f4b6a7c90']);
  });
});
