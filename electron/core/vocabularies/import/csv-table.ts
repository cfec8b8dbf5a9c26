import { parse } from 'csv-parse/sync';
import { badInput } from '../../errors.js';
import { decodeText, type InputEntry } from './input-files.js';

export interface CsvRow {
  /** Line where the record starts (1 = header). */
  line: number;
  get(field: string): string;
}

/**
 * Parses a CSV file with a header row. Malformed rows (unclosed quotes, wrong number of fields)
 * are reported with file, line and field; required columns must be present.
 */
export function readCsv(entry: InputEntry, required: string[], options: { ragged?: boolean } = {}): CsvRow[] {
  const text = decodeText(entry);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      relax_quotes: false,
      relax_column_count: options.ragged ?? false,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number; column?: string | number; code?: string };
    throw badInput(`malformed CSV (${e.message.replace(/^Invalid Record Length: /, '')})`, {
      file: entry.display,
      line: e.lines,
      // A wrong number of fields is a property of the row, not of one field.
      field: e.column === undefined || e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' ? undefined : String(e.column),
    });
  }
  if (records.length === 0) throw badInput('the file is empty', { file: entry.display, line: 1 });
  const header = records[0]!.record.map((h) => h.trim());
  const columns = new Map(header.map((h, i) => [h, i]));
  for (const field of required) {
    if (!columns.has(field)) throw badInput(`missing column "${field}"`, { file: entry.display, line: 1, field });
  }
  // csv-parse counts lines up to the end of a record; a record's first line is the previous end + 1.
  let previousEnd = records[0]!.info.lines;
  return records.slice(1).map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return { line, get: (field: string) => record[columns.get(field) ?? -1] ?? '' };
  });
}
