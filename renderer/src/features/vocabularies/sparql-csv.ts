import type { SparqlJson } from '../../../../shared/domain/vocabulary.js';
import { bindingsToCsv, spreadsheetSafe } from '../../../../shared/csv.js';

/**
 * The SPARQL console's "Export CSV": SPARQL 1.1 CSV meant to be opened in a spreadsheet, so a value
 * starting with = + - @ (or tab / CR) gets a leading ' and is shown as text, not run as a formula.
 */
export function sparqlCsvForSpreadsheets(json: SparqlJson): string {
  return bindingsToCsv(json, spreadsheetSafe);
}
