import type { SparqlJson, SparqlResult } from './domain/vocabulary.js';

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvQuote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** SPARQL 1.1 Query Results CSV of bindings: a header of variable names, then plain values (CRLF line ends). */
export function bindingsToCsv(json: SparqlJson): string {
  const vars = json.head.vars;
  const lines = [vars.map(csvQuote).join(',')];
  for (const row of json.results.bindings) lines.push(vars.map((v) => csvQuote(row[v]?.value ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Any SPARQL result as text: bindings as CSV, a boolean as a one-cell CSV, a graph as N-Triples. */
export function sparqlResultToCsv(result: SparqlResult): string {
  if (result.kind === 'boolean') return `result\r\n${result.value}\r\n`;
  if (result.kind === 'graph') return result.ntriples;
  return bindingsToCsv(result.json);
}
