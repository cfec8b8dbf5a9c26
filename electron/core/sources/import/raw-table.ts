import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badInput, CrosswalkError } from '../../errors.js';
import { refuseZipBomb } from '../../files/zip-guard.js';
import { decodeText } from './text-decoding.js';

/** A table as read from a file: headers and rows of strings, each with the line / sheet row it came from. */
export interface RawTable {
  columns: string[];
  rows: { line: number; cells: string[] }[];
  encoding: string | null;
  delimiter: string | null;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** Picks the delimiter that splits the first lines into the same, largest number of fields. */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 100 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let n = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
}

export function readCsv(bytes: Uint8Array, fileName: string, options: { encoding?: string; delimiter?: string } = {}): RawTable {
  let decoded;
  try {
    decoded = decodeText(bytes, options.encoding, fileName);
  } catch (error) {
    if (error instanceof CrosswalkError) throw error;
    throw badInput((error as Error).message, { file: fileName, field: 'encoding' });
  }
  const delimiter = options.delimiter ?? detectDelimiter(decoded.text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw badInput(`cannot read the table (${e.message.replace(/^Invalid [^:]*: /, '')}); check the quoting`, {
      file: fileName,
      line: e.lines,
      field: 'quoting',
    });
  }
  if (records.length === 0) throw badInput('the file holds no table (no header row)', { file: fileName, line: 1 });
  const [header, ...body] = records;
  // info.lines is the line a record ends on; the next record starts after it.
  const rows = body.map((r, index) => ({ line: (records[index]!.info.lines ?? index + 1) + 1, cells: r.record }));
  return { columns: header!.record.map((c) => c.trim()), rows, encoding: decoded.encoding, delimiter };
}

export async function readXlsx(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<RawTable> {
  refuseZipBomb(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw badInput(`not a readable XLSX workbook (${(error as Error).message})`, { file: fileName });
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw badInput(sheetName ? `no sheet named "${sheetName}"` : 'the workbook has no sheet', { file: fileName, field: 'sheet' });
  const rows: { line: number; cells: string[] }[] = [];
  let columns: string[] | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const count = Math.max(row.cellCount, columns?.length ?? 0);
    for (let c = 1; c <= count; c++) cells.push(cellText(row.getCell(c).value));
    if (!columns) columns = cells.map((c) => c.trim());
    else if (cells.some((c) => c.trim())) rows.push({ line: rowNumber, cells });
  });
  if (!columns) throw badInput('the sheet is empty (no header row)', { file: fileName, line: 1 });
  return { columns, rows, encoding: null, delimiter: null };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}
