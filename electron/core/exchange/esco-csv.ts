import { parse } from 'csv-parse/sync';
import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { badInput } from '../errors.js';
import { csvField, fromSpreadsheetSafe } from '../review/csv.js';
import type { ReaderResult, WriteOptions, WriterResult } from './common.js';
import { crosswalkRows, readCrosswalkRows, type CrosswalkReadOptions } from './esco-crosswalk-layout.js';

/** The crosswalk as CSV, padded to 7 columns like ESCO's files, UTF-8 with a BOM so Excel reads it right. */
export function writeEscoCsv(table: CorrespondenceTable, options: WriteOptions): WriterResult {
  const { rows, limits } = crosswalkRows(table, options);
  const lines = rows.map((row) => Array.from({ length: 7 }, (_, i) => csvField(row[i] ?? '')).join(','));
  return { content: `\uFEFF${lines.join('\r\n')}\r\n`, limits };
}

export function readEscoCsv(text: string, options: CrosswalkReadOptions): ReaderResult {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw badInput(`not valid CSV (${e.message})`, { file: options.file, ...(e.lines ? { line: e.lines } : {}) });
  }
  // Our writer quotes formula-like cells for spreadsheets (see review/csv.ts); strip that again.
  return readCrosswalkRows(
    rows.map((row) => row.map(fromSpreadsheetSafe)),
    options,
  );
}
