import type { SparqlJson } from '../../../../shared/domain/vocabulary.js';

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** SPARQL results as CSV (SPARQL 1.1 Query Results CSV: plain values, CRLF). */
export function bindingsToCsv(json: SparqlJson): string {
  const vars = json.head.vars;
  const lines = [vars.map(cell).join(',')];
  for (const row of json.results.bindings) lines.push(vars.map((v) => cell(row[v]?.value ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
