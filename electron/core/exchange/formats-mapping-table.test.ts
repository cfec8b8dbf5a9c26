import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from './formats.js';

const ESCO = 'http://data.europa.eu/esco/skill/';
const base = { uriBase: 'https://example.org/cw/', defaultStatus: 'proposed' as const };

describe("readTable 'mapping-table'", () => {
  it('reads an XLSX sheet through given columns, lines being sheet rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Map');
    sheet.addRow(['Outcomes of the BSc']);
    sheet.addRow(['Code', 'ESCO', 'Relation', 'Checked on']);
    sheet.addRow(['LO1', `${ESCO}a`, 'broader', new Date(Date.UTC(2024, 2, 1))]);
    sheet.addRow(['LO2', `${ESCO}b`, 'perhaps']);
    const data = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readTable(data, 'mapping-table', {
      ...base,
      file: 'map.xlsx',
      columns: { source: 'code', target: 'esco', relation: 'relation', date: 'Checked on' },
    });
    expect(read.format).toBe('mapping-table');
    expect(read.mappingTable).toEqual({
      header: ['Code', 'ESCO', 'Relation', 'Checked on'],
      columns: { source: 'code', target: 'esco', relation: 'relation', date: 'Checked on' },
    });
    expect(read.table.mappings).toMatchObject([{ subjectKey: 'LO1', relation: 'broadMatch', created: '2024-03-01' }]);
    expect(read.problems).toContainEqual({
      severity: 'error',
      message: expect.stringContaining('"perhaps" is not a relation'),
      line: 4,
      field: 'Relation',
    });
  });

  it('reads CSV leniently, listing the repairs among the problems, with physical lines', async () => {
    const csv = `id;uri;rel;note\r\nA;${ESCO}a;=;"two\r\nlines"\r\nB;${ESCO}b;~;5" screen\r\nC;;=;\r\n`;
    const read = await readTable(new TextEncoder().encode(csv), 'mapping-table', {
      ...base,
      file: 'eu.csv',
      columns: { source: 'id', target: 'uri', relation: 'rel', comment: 'note' },
    });
    expect(read.table.mappings.map((m) => [m.subjectKey, m.relation, m.comment])).toEqual([
      ['A', 'exactMatch', 'two\nlines'],
      ['B', 'closeMatch', '5" screen'],
    ]);
    expect(read.problems).toEqual([
      { severity: 'info', message: expect.stringContaining('quote inside an unquoted field'), line: 4 },
      { severity: 'error', message: 'no target: row skipped', line: 5, field: 'uri' },
      { severity: 'info', message: 'no status column: every mapping is imported as proposed' },
    ]);
  });

  it('guesses the columns when none are given and reports them', async () => {
    const read = await readTable(
      new TextEncoder().encode(`subject_id\tobject_id\tpredicate_id\nA\t${ESCO}a\tskos:exactMatch\n`),
      'mapping-table',
      { ...base, file: 'm.tsv' },
    );
    expect(read.mappingTable?.columns).toEqual({ source: 'subject_id', target: 'object_id', relation: 'predicate_id' });
    expect(read.table.mappings).toHaveLength(1);
  });
});
