import { csvQuote } from '../../../shared/csv.js';

// Cells starting with = + - @ (or tab / CR) are run as formulas by spreadsheet apps ("CSV injection").
// CSV files written for people (review report, ESCO crosswalk CSV) neutralise them with a leading
// single quote. TSV / SSSOM are data formats read by tools, not spreadsheets, and stay exact.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell value a spreadsheet shows as text: quoted with ' when it would start a formula. */
export function spreadsheetSafe(text: string): string {
  // Values already starting with quotes before a formula character get one more, so reading strips exactly one.
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes spreadsheetSafe when reading our own CSV back. */
export function fromSpreadsheetSafe(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formula-safe. */
export function csvField(value: unknown): string {
  return csvQuote(spreadsheetSafe(value === null || value === undefined ? '' : String(value)));
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
