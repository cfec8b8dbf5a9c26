import { describe, expect, it } from 'vitest';
import type { MappingTableColumns } from '../../../shared/domain/correspondence.js';
import { readMappingTable } from './mapping-table.js';

const options = { file: 'outcomes.csv', uriBase: 'https://example.org/cw/', defaultStatus: 'proposed' as const };
const ESCO = 'http://data.europa.eu/esco/skill/';
const columns: MappingTableColumns = { source: 'id', sourceLabel: 'outcome', target: 'skill', targetLabel: 'skill label', relation: 'rel' };
const header = ['id', 'outcome', 'skill', 'skill label', 'rel'];

describe('readMappingTable', () => {
  it('reads one mapping per row, relations from the source side, items once with their labels', () => {
    const {
      table,
      problems,
      header: read,
    } = readMappingTable(
      [
        header,
        ['LO1', 'Write SQL', `${ESCO}a`, 'SQL', '='],
        ['LO1', '', 'esco:skill/b', 'databases', '<'],
        ['LO2', 'Teamwork', `${ESCO}c`, 'work in teams', 'skos:narrowMatch'],
        ['LO3', 'Ethics', '', '', 'no relation'],
        ['LO4', 'Isced', 'http://data.europa.eu/snb/isced-f/0613', 'ICT', 'related'],
      ],
      columns,
      options,
    );
    expect(read).toEqual(header);
    expect(table.source.items.map((i) => [i.key, i.label, i.uri, i.notation])).toEqual([
      ['LO1', 'Write SQL', null, 'LO1'],
      ['LO2', 'Teamwork', null, 'LO2'],
      ['LO3', 'Ethics', null, 'LO3'],
      ['LO4', 'Isced', null, 'LO4'],
    ]);
    expect(table.mappings.map((m) => [m.subjectKey, m.kind, m.relation, m.object?.uri ?? null, m.vocabularyId])).toEqual([
      ['LO1', 'match', 'exactMatch', `${ESCO}a`, 'esco-v1.1.1'],
      ['LO1', 'match', 'broadMatch', `${ESCO}b`, 'esco-v1.1.1'],
      ['LO2', 'match', 'narrowMatch', `${ESCO}c`, 'esco-v1.1.1'],
      ['LO3', 'no-match', null, null, 'esco-v1.1.1'],
      ['LO4', 'match', 'relatedMatch', 'http://data.europa.eu/snb/isced-f/0613', 'isced-f-2013'],
    ]);
    expect(table.mappings.every((m) => m.status === 'proposed' && m.justification === 'imported')).toBe(true);
    expect(table.targets.map((t) => t.id)).toEqual(['esco-v1.1.1', 'isced-f-2013']);
    expect(table.source.title).toBe('outcomes');
    expect(problems).toEqual([{ severity: 'info', message: 'no status column: every mapping is imported as proposed' }]);
  });

  it('reads status, comment, author, date and confidence from their columns', () => {
    const { table, problems } = readMappingTable(
      [
        ['code', 'uri', 'relation', 'status', 'note', 'by', 'when', 'conf'],
        ['http://example.org/occ/1', `${ESCO}a`, 'close', 'Accepted', 'checked twice', 'Ana', '2024-03-01', '0,8'],
        ['http://example.org/occ/2', `${ESCO}b`, 'exact', '', '', '', '2024-03-02T10:00:00Z', '75%'],
      ],
      {
        source: 'code',
        target: 'uri',
        relation: 'relation',
        status: 'status',
        comment: 'note',
        author: 'by',
        date: 'when',
        confidence: 'conf',
      },
      options,
    );
    expect(problems).toEqual([]);
    expect(table.source.items[0]).toMatchObject({
      key: 'http://example.org/occ/1',
      uri: 'http://example.org/occ/1',
      notation: '',
      label: 'http://example.org/occ/1',
    });
    expect(table.mappings[0]).toMatchObject({
      relation: 'closeMatch',
      status: 'accepted',
      comment: 'checked twice',
      author: 'Ana',
      created: '2024-03-01',
      confidence: 0.8,
    });
    expect(table.mappings[1]).toMatchObject({ status: 'proposed', created: '2024-03-02T10:00:00Z', confidence: 0.75 });
  });

  it('lists rows it cannot read as errors with line and column, and reads the rest', () => {
    const { table, problems } = readMappingTable(
      [
        ['id', 'skill', 'rel', 'status', 'confidence'],
        ['A', `${ESCO}a`, 'maybe', '', ''],
        ['B', '', '=', '', ''],
        ['C', `${ESCO}c`, '=', 'done', ''],
        ['D', `${ESCO}d`, '=', '', '1.5'],
        ['E', '2133.0', '=', '', ''],
        ['', `${ESCO}f`, '=', '', ''],
        ['G', `${ESCO}g`, '>', '', ''],
      ],
      { source: 'id', target: 'skill', relation: 'rel', status: 'status', confidence: 'confidence' },
      options,
      [5, 7, 8, 9, 10, 11, 12, 14],
    );
    expect(problems).toEqual([
      { severity: 'error', message: expect.stringContaining('"maybe" is not a relation'), line: 7, field: 'rel' },
      { severity: 'error', message: 'no target: row skipped', line: 8, field: 'skill' },
      { severity: 'error', message: expect.stringContaining('unknown status "done"'), line: 9, field: 'status' },
      { severity: 'error', message: expect.stringContaining('confidence "1.5"'), line: 10, field: 'confidence' },
      { severity: 'error', message: expect.stringContaining('target "2133.0" is not a URI'), line: 11, field: 'skill' },
      { severity: 'error', message: 'no source id: row skipped', line: 12, field: 'id' },
    ]);
    expect(table.mappings.map((m) => [m.subjectKey, m.relation])).toEqual([['G', 'narrowMatch']]);
  });

  it('takes one relation and status for every row from "=" constants', () => {
    const { table } = readMappingTable(
      [
        ['id', 'skill'],
        ['A', `${ESCO}a`],
      ],
      { source: 'id', target: 'skill', relation: '=broadMatch', status: '=accepted' },
      options,
    );
    expect(table.mappings[0]).toMatchObject({ relation: 'broadMatch', status: 'accepted' });
    expect(() => readMappingTable([['id', 'skill']], { source: 'id', target: 'skill', relation: '=sort of' }, options)).toThrow(
      /outcomes\.csv, field "relation": "sort of" is not a relation/,
    );
  });

  it('guesses the columns when none are given, and finds the header below title rows', () => {
    const result = readMappingTable(
      [['Outcomes of BSc Informatics'], [''], ['#', 'draft'], ['Source ID', 'Target URI', 'Type of match'], ['A', `${ESCO}a`, '~']],
      undefined,
      options,
    );
    expect(result.columns).toEqual({ source: 'Source ID', target: 'Target URI', relation: 'Type of match' });
    expect(result.table.mappings[0]).toMatchObject({ subjectKey: 'A', relation: 'closeMatch' });
  });

  it('refuses a table whose columns cannot be found, naming the header line', () => {
    expect(() => readMappingTable([['x'], ['a', 'b'], ['1', '2']], undefined, options, [1, 2, 3])).toThrow(
      /^outcomes\.csv, line 1, field "source": no column for the source/,
    );
  });
});
