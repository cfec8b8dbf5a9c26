import { csvQuote, spreadsheetSafe } from '../../../shared/csv.js';

// The formula guard is shared with the CLI's CSV output; it lives in shared/csv.ts.
export { fromSpreadsheetSafe, spreadsheetSafe } from '../../../shared/csv.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formula-safe. */
export function csvField(value: unknown): string {
  return csvQuote(spreadsheetSafe(value === null || value === undefined ? '' : String(value)));
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
