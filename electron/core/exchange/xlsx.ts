import ExcelJS from 'exceljs';
import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { badInput } from '../errors.js';
import { refuseZipBomb } from '../files/zip-guard.js';
import type { ReaderResult, WriteOptions, WriterResult } from './common.js';
import { crosswalkRows, readCrosswalkRows, type CrosswalkReadOptions } from './esco-crosswalk-layout.js';

/** The crosswalk layout as an Excel workbook: one sheet, bold header, frozen below the header. */
export async function writeXlsx(table: CorrespondenceTable, options: WriteOptions): Promise<WriterResult> {
  const { rows, limits, headerRow, notAccepted } = crosswalkRows(table, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Crosswalk';
  const sheet = workbook.addWorksheet('Crosswalk', { views: [{ state: 'frozen', ySplit: headerRow }] });
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(headerRow).font = { bold: true };
  for (let r = 1; r < headerRow - 2; r++) sheet.getCell(r, 1).font = { bold: true };
  rows[headerRow - 1]!.forEach((title, i) => (sheet.getColumn(i + 1).width = /description|label|title/i.test(title) ? 50 : 24));
  const buffer = await workbook.xlsx.writeBuffer();
  return { content: new Uint8Array(buffer as ArrayBuffer), limits, notAccepted };
}

function cellString(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
  }
  return String(value);
}

/** The first sheet's rows as text, row r of the sheet at index r - 1 (so its line is r); not padded. */
export async function readXlsxRows(data: Uint8Array, file: string): Promise<string[][]> {
  refuseZipBomb(data, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw badInput(`not a readable XLSX workbook (${(error as Error).message})`, { file });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput('the workbook has no sheet', { file });
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: row.cellCount }, (_, c) => cellString(row.getCell(c + 1).value)));
  }
  return rows;
}

export async function readXlsx(data: Uint8Array, options: CrosswalkReadOptions): Promise<ReaderResult> {
  return readCrosswalkRows(await readXlsxRows(data, options.file), options);
}
