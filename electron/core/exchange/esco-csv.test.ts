import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../../tests/support/shared-data.js';
import { readEscoCsv, writeEscoCsv } from './esco-csv.js';
import { readTable } from './formats.js';
import { parseLooseDate } from './esco-crosswalk-layout.js';
import { sampleTable } from './sample-table.test-helper.js';
import { readXlsx, writeXlsx } from './xlsx.js';

const READ = { file: 'crosswalk.csv', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'accepted' as const };
const ONET = sharedFile('gold/crosswalks/esco-onet-crosswalk-dev.csv');

function relationCounts(relations: (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of relations) counts[r ?? 'none'] = (counts[r ?? 'none'] ?? 0) + 1;
  return counts;
}

describe('ESCO crosswalk CSV and XLSX', () => {
  it("writes the preamble and the header in ESCO's layout", () => {
    const { content, limits } = writeEscoCsv(sampleTable(), { status: 'all' });
    const lines = String(content)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Mapping project name,Data course to ESCO,,,,,');
    expect(lines[9]).toBe('Classification 2 Name,ESCO,,,,,');
    expect(lines[11]).toBe('Classification 2 Version,v1.1.1,,,,,');
    expect(lines[14]).toBe(',,,,,,');
    expect(lines[16]).toBe(
      'Data course Id,Data course Title (en),Data course Description,ESCO URI,ESCO Title (en),ESCO Description,Type of Match',
    );
    expect(limits.join(' ')).toMatch(/must-not-map statement cannot be written/);
    expect(limits.join(' ')).toMatch(/no-match statement written as items without a match/);
    expect(limits.join(' ')).toMatch(/Reviewers, confidence and scores are not carried/);
  });

  it('re-imports what it writes (accepted, proposed and unsure matches; unmapped items kept)', async () => {
    const original = sampleTable();
    for (const [name, read] of [
      ['csv', () => readEscoCsv(String(writeEscoCsv(original, { status: 'all' }).content), READ)],
      ['xlsx', async () => readXlsx((await writeXlsx(original, { status: 'all' })).content as Uint8Array, { ...READ, file: 'x.xlsx' })],
    ] as const) {
      const { table, problems } = await read();
      expect(problems, name).toEqual([]);
      expect(table.source.items.map((i) => i.key)).toEqual(['LO1', 'LO 2/ä', 'LO3', 'LO4']);
      expect(table.source.items[2]!.description).toBe('Line one\nline two');
      expect(table.mappings.map((m) => [m.subjectKey, m.relation, m.object?.uri])).toEqual([
        ['LO1', 'exactMatch', 'http://data.europa.eu/esco/skill/aaa-111'],
        ['LO1', 'broadMatch', 'http://data.europa.eu/esco/skill/bbb-222'],
        ['LO 2/ä', 'closeMatch', 'http://data.europa.eu/esco/skill/ccc-333'],
      ]);
      expect(table.targets[0]!.id).toBe('esco-v1.1.1');
      expect(table.metadata.title).toBe('Data course to ESCO');
    }
  });

  it('neutralises formula-like cells for spreadsheets and reads them back exactly', () => {
    const table = sampleTable();
    const risky = ['=HYPERLINK("http://evil")', '+1 skills', '-minus', '@SUM(A1)', "'=already quoted"];
    table.source.items = table.source.items.map((item, i) => ({
      ...item,
      label: risky[i]!,
      description: i === 0 ? risky[4]! : item.description,
    }));
    table.metadata.title = '@ title';
    const content = String(writeEscoCsv(table, { status: 'all' }).content);
    // No written cell starts a formula.
    expect(content).not.toMatch(/(^|,|\r\n|")[=+\-@\t]/);
    expect(content).toContain(`'=HYPERLINK`);
    const { table: read } = readEscoCsv(content, READ);
    expect(read.source.items.map((i) => i.label)).toEqual(risky.slice(0, 4));
    expect(read.source.items[0]!.description).toBe("'=already quoted");
    expect(read.metadata.title).toBe('@ title');
  });

  it('reads loose preamble dates', () => {
    expect(parseLooseDate('Sep-22')).toBe('2022-09-01');
    expect(parseLooseDate('2024-03-05')).toBe('2024-03-05');
    expect(parseLooseDate('soon')).toBe('');
  });

  it('rejects a CSV without the crosswalk header, naming the file', () => {
    expect(() => readEscoCsv('a,b\n1,2\n', READ)).toThrow(/crosswalk\.csv: no header row/);
  });
});

describe.skipIf(!ONET)('the shared ESCO–O*NET dev crosswalk', () => {
  const text = ONET ? fs.readFileSync(ONET, 'utf8') : '';

  it("yields 269 O*NET items and 1,181 mappings, broad and narrow turned to O*NET's side, exactISCO to the ISCO group", () => {
    const { table, problems } = readEscoCsv(text, { ...READ, file: 'esco-onet-crosswalk-dev.csv' });
    expect(table.source.items).toHaveLength(269);
    expect(table.source.title).toBe('O*NET');
    expect(table.source.version).toBe('O*NET-SOC 2019');
    expect(table.targets[0]).toMatchObject({ id: 'esco-v1.1.0', title: 'ESCO', version: 'v1.1.0' });
    expect(table.mappings).toHaveLength(1181);
    // The file: 546 broadMatch, 424 closeMatch, 130 exactMatch, 66 narrowMatch, 15 exactISCO (from ESCO's side).
    expect(relationCounts(table.mappings.map((m) => m.relation))).toEqual({
      narrowMatch: 546,
      closeMatch: 424,
      exactMatch: 145,
      broadMatch: 66,
    });
    expect(table.mappings.filter((m) => m.object!.uri.includes('/isco/'))).toHaveLength(15);
    expect(problems).toEqual([]);
  });

  it('writes it back word for word: preamble, header and every row (Type of Match included)', () => {
    const { table } = readEscoCsv(text, READ);
    const written = String(writeEscoCsv(table, { status: 'all' }).content).replace(/^\uFEFF/, '');
    const lines = (csv: string) =>
      csv
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n')
        .replace(/\n+$/, '');
    expect(lines(written)).toBe(lines(text));
  });
});

const NATIONAL = sharedFile('crosswalks/national/CZ_mapping_25.11.2022.csv');

describe.skipIf(!NATIONAL)('a national table as CSV and as the XLSX a spreadsheet saves', () => {
  it('reads the same statements from both (detected with no options)', async () => {
    const data = new Uint8Array(fs.readFileSync(NATIONAL!));
    const fromCsv = await readTable(data, 'auto', { ...READ, file: 'CZ.csv' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('mapping');
    for (const row of parse(fs.readFileSync(NATIONAL!, 'utf8'), { bom: true, relax_column_count: true }) as string[][]) sheet.addRow(row);
    const fromXlsx = await readTable(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), 'auto', {
      ...READ,
      file: 'CZ.xlsx',
    });
    expect([fromCsv.format, fromXlsx.format]).toEqual(['esco-csv', 'xlsx']);
    expect(fromCsv.table.mappings).toHaveLength(3842);
    expect(fromXlsx.table.mappings).toEqual(fromCsv.table.mappings);
    expect(fromXlsx.table.source.items).toEqual(fromCsv.table.source.items);
    expect(fromXlsx.table.provenance).toEqual(fromCsv.table.provenance);
  });

  it('writes the table back cell for cell, its preamble lines as the file had them', () => {
    const text = fs.readFileSync(NATIONAL!, 'utf8');
    const { table } = readEscoCsv(text, { ...READ, file: 'CZ.csv' });
    const written = String(writeEscoCsv(table, { status: 'all' }).content);
    const cells = (csv: string) => parse(csv, { bom: true, relax_column_count: true }) as string[][];
    expect(cells(written)).toEqual(cells(text));
    const head = (csv: string) =>
      csv
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 17);
    expect(head(written)).toEqual(head(text));
  });
});
