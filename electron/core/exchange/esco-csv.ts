import { parse } from 'csv-parse/sync';
import type { CorrespondenceTable } from '../../../shared/domain/correspondence.js';
import { badInput } from '../errors.js';
import type { ReaderResult, WriteOptions, WriterResult } from './common.js';
import { crosswalkRows, readCrosswalkRows, type CrosswalkReadOptions } from './esco-crosswalk-layout.js';

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The crosswalk as CSV, padded to 7 columns like ESCO's files, UTF-8 with a BOM so Excel reads it right. */
export function writeEscoCsv(table: CorrespondenceTable, options: WriteOptions): WriterResult {
  const { rows, limits } = crosswalkRows(table, options);
  const lines = rows.map((row) => Array.from({ length: 7 }, (_, i) => csvCell(row[i] ?? '')).join(','));
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
  return readCrosswalkRows(rows, options);
}
