import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportField } from '../../shared/domain/source.js';
import { hash8 } from '../../electron/core/sources/import/stable-key.js';
import type { TestApp } from '../support/test-context.js';
import { appWithProject, failure, snapshot, writeFixture } from './source-support.js';

const CSV = [
  'Outcome ID;Learning outcome;Course;Course title;ECTS;EQF level;ISCED-F',
  'LO1;Erklärt die Grundsätze barrierefreier Webinhalte (Wahrnehmbarkeit, Bedienbarkeit);WA1;Barrierefreiheit im Web;4;6;0613',
  'LO2;"Testet Webseiten mit Screenreadern; interpretiert die Ergebnisse";WA1;Barrierefreiheit im Web;4;6;0613',
  'LO3;Schreibt zugängliche Inhalte für Menschen mit kognitiven Einschränkungen;WA1;Barrierefreiheit im Web;4;6;0613',
  '',
].join('\r\n');

const MAPPING = {
  id: 'Outcome ID',
  text: 'Learning outcome',
  course: 'Course',
  courseTitle: 'Course title',
  ects: 'ECTS',
  eqfLevel: 'EQF level',
  iscedF: 'ISCED-F',
};

let app: TestApp;
beforeEach(async () => {
  app = await appWithProject();
});
afterEach(() => app.cleanup());

describe('CSV import', () => {
  const encodings: [string, () => Uint8Array][] = [
    ['utf-8', () => Buffer.from(CSV, 'utf8')],
    ['utf-8-bom', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')])],
    ['utf-16le', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CSV, 'utf-16le')])],
    ['utf-16be', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CSV, 'utf-16be')])],
    ['windows-1252', () => iconv.encode(CSV, 'windows-1252')],
  ];
  for (const [encoding, bytes] of encodings) {
    it(`detects ${encoding}, the delimiter and the quoting, and imports`, async () => {
      const file = writeFixture(app, `outcomes-${encoding}.csv`, bytes());
      const preview = await app.api.sources.importPreview({ file: { path: file } });
      expect(preview.encoding).toBe(encoding);
      expect(preview.delimiter).toBe(';');
      expect(preview.columns).toContain('Learning outcome');
      expect(preview.rows).toHaveLength(3);
      expect(preview.rows[1]!.values.text).toBe('Testet Webseiten mit Screenreadern; interpretiert die Ergebnisse');
      const result = await app.api.sources.importCommit({ file: { path: file }, mapping: MAPPING });
      expect(result.added).toBe(3);
      const items = await app.api.sources.listItems({});
      expect(items.map((i) => i.text)[0]).toBe('Erklärt die Grundsätze barrierefreier Webinhalte (Wahrnehmbarkeit, Bedienbarkeit)');
      const groups = await app.api.sources.listGroups({});
      expect(groups[0]).toMatchObject({
        key: 'WA1',
        title: 'Barrierefreiheit im Web',
        metadata: { ects: 4, eqfLevel: 6, iscedF: '0613' },
        items: 3,
      });
    });
  }

  it('guesses the column mapping from the headers', async () => {
    const file = writeFixture(app, 'guess.csv', CSV);
    const preview = await app.api.sources.importPreview({ file: { path: file } });
    expect(preview.mapping).toMatchObject({
      id: 'Outcome ID',
      text: 'Learning outcome',
      course: 'Course',
      ects: 'ECTS',
      eqfLevel: 'EQF level',
      iscedF: 'ISCED-F',
    });
  });

  it('flags missing and duplicate ids, empty texts, bad numbers, EQF levels and ISCED-F codes; fixes and exclusions make it importable', async () => {
    const bad = [
      'id,text,course,ects,eqf,isced',
      ',No id here,C1,3,6,0613',
      'A,First,C1,3,6,0613',
      'A,Duplicate,C1,3,6,0613',
      'B,,C1,3,6,0613',
      'C,Bad number,C1,three,6,0613',
      'D,Bad level,C1,3,9,0613',
      'E,Bad field,C1,3,6,1234',
    ].join('\n');
    const file = writeFixture(app, 'bad.csv', bad);
    const mapping = { id: 'id', text: 'text', course: 'course', ects: 'ects', eqfLevel: 'eqf', iscedF: 'isced' };
    const preview = await app.api.sources.importPreview({ file: { path: file }, mapping });
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.row, r.problems.map((p) => `${p.field}: ${p.message}`)]));
    expect(byRow[2]).toEqual(['id: missing id']);
    expect(byRow[4]![0]).toMatch(/^id: duplicate id "A" \(also row 3\)/);
    expect(byRow[5]).toEqual(['text: empty text']);
    expect(byRow[6]![0]).toMatch(/^ects: "three" is not a positive number/);
    expect(byRow[7]![0]).toMatch(/^eqfLevel: "9" is not an EQF level/);
    expect(byRow[8]![0]).toMatch(/^iscedF: "1234" is not a known ISCED-F/);
    expect(preview.counts.errors).toBe(6);

    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: file }, mapping }));
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/^bad\.csv, line 2, field "id": missing id/);
    expect(snapshot(app)).toEqual(before);

    const edits: { fixes: { row: number; field: ImportField; value: string }[]; exclude: number[] } = {
      fixes: [
        { row: 2, field: 'id', value: 'Z' },
        { row: 5, field: 'text', value: 'Now has a text' },
        { row: 6, field: 'ects', value: '2,5' },
        { row: 7, field: 'eqfLevel', value: '6' },
        { row: 8, field: 'iscedF', value: '0612' },
      ],
      exclude: [4],
    };
    const rechecked = await app.api.sources.importPreview({ file: { path: file }, mapping, ...edits });
    expect(rechecked.counts).toMatchObject({ rows: 6, errors: 0 });
    expect(rechecked.rows.find((r) => r.row === 5)!.values.text).toBe('Now has a text');

    const result = await app.api.sources.importCommit({
      file: { path: file },
      mapping,
      fixes: [
        { row: 2, field: 'id', value: 'Z' },
        { row: 5, field: 'text', value: 'Now has a text' },
        { row: 6, field: 'ects', value: '2,5' },
        { row: 7, field: 'eqfLevel', value: '6' },
        { row: 8, field: 'iscedF', value: '0612' },
      ],
      exclude: [4],
    });
    expect(result.added).toBe(6);
    const items = await app.api.sources.listItems({});
    expect(items.map((i) => i.key).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'Z']);
  });

  it('names the line of broken quoting and writes nothing', async () => {
    const file = writeFixture(app, 'quotes.csv', 'id,text\nA,"fine"\nB,"never closed\nC,third\n');
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: file }, mapping: { id: 'id', text: 'text' } }));
    expect(error.message).toMatch(/^quotes\.csv, line \d+, field "quoting"/);
    expect(snapshot(app)).toEqual(before);
  });

  it('flags rows whose field count does not match the header', async () => {
    const file = writeFixture(app, 'shifted.csv', 'id,text,course\nA,one,C\nB,two, with a comma,C\n');
    const preview = await app.api.sources.importPreview({ file: { path: file } });
    expect(preview.rows[1]!.problems[0]!.message).toMatch(/4 fields, the header 3/);
  });

  it('splits one course per row with several outcomes in a cell', async () => {
    const csv =
      'course,title,outcomes\nC1,Data literacy,"After the course you can:\n- find data\n- clean data\n- visualise data"\nC2,Ethics,Explain consent; apply GDPR rules\n';
    const file = writeFixture(app, 'courses.csv', csv);
    const mapping = { course: 'course', courseTitle: 'title', text: 'outcomes' };
    const preview = await app.api.sources.importPreview({ file: { path: file }, mapping, split: true });
    expect(preview.counts.items).toBe(5);
    await app.api.sources.importCommit({ file: { path: file }, mapping, split: true });
    const items = await app.api.sources.listItems({});
    expect(items.map((i) => [i.key, i.text, i.groupTitle])).toEqual([
      [`C1-${hash8('find data')}`, 'find data', 'Data literacy'],
      [`C1-${hash8('clean data')}`, 'clean data', 'Data literacy'],
      [`C1-${hash8('visualise data')}`, 'visualise data', 'Data literacy'],
      [`C2-${hash8('Explain consent')}`, 'Explain consent', 'Ethics'],
      [`C2-${hash8('apply GDPR rules')}`, 'apply GDPR rules', 'Ethics'],
    ]);
  });

  it('re-import updates by id, reports added / changed / removed, and flags removed items', async () => {
    const v1 = writeFixture(app, 'catalogue.csv', 'id,text\nA,Alpha\nB,Beta\nC,Gamma\n');
    const first = await app.api.sources.importCommit({ file: { path: v1 } });
    expect(first).toMatchObject({ added: 3, changed: 0, removed: 0 });
    writeFixture(app, 'catalogue.csv', 'id,text\nA,Alpha\nB,Beta changed\nD,Delta\n');
    const second = await app.api.sources.importCommit({ file: { path: v1 } });
    expect(second).toMatchObject({ added: 1, changed: 1, removed: 1 });
    expect(second.schemes[0]!.schemeId).toBe(first.schemes[0]!.schemeId);
    const items = await app.api.sources.listItems({});
    expect(items.map((i) => [i.key, i.state])).toEqual([
      ['A', 'active'],
      ['B', 'active'],
      ['C', 'removed'],
      ['D', 'active'],
    ]);
  });
});

describe('XLSX import', () => {
  async function workbook(rows: unknown[][]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Outcomes');
    for (const row of rows) sheet.addRow(row);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('imports a sheet with numbers and rich text', async () => {
    const bytes = await workbook([
      ['ID', 'Text', 'Course', 'ECTS', 'EQF'],
      ['X1', 'Analyse datasets', 'DS', 5, 6],
      ['X2', { richText: [{ text: 'Visualise ' }, { text: 'results', font: { bold: true } }] }, 'DS', 5, 6],
    ]);
    const file = writeFixture(app, 'outcomes.xlsx', bytes);
    const preview = await app.api.sources.importPreview({ file: { path: file } });
    expect(preview.format).toBe('xlsx');
    expect(preview.rows.map((r) => r.values.text)).toEqual(['Analyse datasets', 'Visualise results']);
    await app.api.sources.importCommit({
      file: { path: file },
      mapping: { id: 'ID', text: 'Text', course: 'Course', ects: 'ECTS', eqfLevel: 'EQF' },
    });
    const groups = await app.api.sources.listGroups({});
    expect(groups[0]!.metadata).toMatchObject({ ects: 5, eqfLevel: 6 });
  });

  it('fails on a bad EQF level naming file, sheet row and field, writing nothing', async () => {
    const bytes = await workbook([
      ['ID', 'Text', 'EQF'],
      ['X1', 'Analyse datasets', 6],
      ['X2', 'Visualise results', 12],
    ]);
    const file = writeFixture(app, 'bad.xlsx', bytes);
    const before = snapshot(app);
    const error = await failure(
      app.api.sources.importCommit({ file: { path: file }, mapping: { id: 'ID', text: 'Text', eqfLevel: 'EQF' } }),
    );
    expect(error.message).toMatch(/^bad\.xlsx, line 3, field "eqfLevel": "12" is not an EQF level/);
    expect(snapshot(app)).toEqual(before);
  });

  it('rejects a file that is not a workbook', async () => {
    const file = writeFixture(app, 'fake.xlsx', 'id,text\n');
    const error = await failure(app.api.sources.importPreview({ file: { path: file }, format: 'xlsx' }));
    expect(error.message).toMatch(/^fake\.xlsx: not a readable XLSX workbook/);
  });
});
