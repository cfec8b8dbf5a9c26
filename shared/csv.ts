import type { SparqlJson, SparqlResult } from './domain/vocabulary.js';

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvQuote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Cells starting with = + - @ (or tab / CR) are run as formulas by spreadsheet apps ("CSV injection").
// CSV files written for people (review report, ESCO crosswalk CSV, the CLI's CSV output) neutralise
// them with a leading single quote. TSV / SSSOM are data formats read by tools, not spreadsheets, and stay exact.
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

/** SPARQL 1.1 Query Results CSV of bindings: a header of variable names, then plain values (CRLF line ends). */
export function bindingsToCsv(json: SparqlJson, cell: (value: string) => string = (value) => value): string {
  const vars = json.head.vars;
  const lines = [vars.map(csvQuote).join(',')];
  for (const row of json.results.bindings) lines.push(vars.map((v) => csvQuote(cell(row[v]?.value ?? ''))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Any SPARQL result as text: bindings as CSV, a boolean as a one-cell CSV, a graph as N-Triples.
 * `cell` transforms each value, e.g. spreadsheetSafe for a CSV meant for people.
 */
export function sparqlResultToCsv(result: SparqlResult, cell?: (value: string) => string): string {
  if (result.kind === 'boolean') return `result\r\n${result.value}\r\n`;
  if (result.kind === 'graph') return result.ntriples;
  return bindingsToCsv(result.json, cell);
}
