import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { csvField, fromSpreadsheetSafe } from '../review/csv.js';
import type { ReaderResult, WriteOptions, WriterResult } from './common.js';
import { readDelimitedRows } from './delimited-text.js';
import { crosswalkRows, readCrosswalkRows, type CrosswalkReadOptions } from './esco-crosswalk-layout.js';

/** The table as CSV, rows as wide as the header as in ESCO's files (the preamble as the imported file had it), UTF-8 with a BOM so Excel reads it right. */
export function writeEscoCsv(table: CorrespondenceTable, options: WriteOptions): WriterResult {
  const { rows, limits, notAccepted, headerRow, preamblePadded } = crosswalkRows(table, options);
  const width = Math.max(...rows.map((row) => row.length));
  const lines = rows.map((row, i) =>
    Array.from({ length: preamblePadded || i >= headerRow - 1 ? width : row.length }, (_, c) => csvField(row[c] ?? '')).join(','),
  );
  return { content: `\uFEFF${lines.join('\r\n')}\r\n`, limits, notAccepted };
}

/** Reads ESCO's layouts from CSV or TSV bytes as published (lenient where unambiguous, repairs listed). */
export function readEscoCsv(data: Uint8Array | string, options: CrosswalkReadOptions): ReaderResult {
  const { rows, lines, repairs } = readDelimitedRows(data, options.file);
  // Our writer quotes formula-like cells for spreadsheets (see review/csv.ts); strip that again.
  const read = readCrosswalkRows(
    rows.map((row) => row.map(fromSpreadsheetSafe)),
    { ...options, lineOf: (i) => lines[i] ?? i + 1 },
  );
  return { ...read, problems: [...repairs, ...read.problems] };
}
