import type { SparqlResult } from '../../../shared/domain/vocabulary.js';

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** SPARQL 1.1 Query Results CSV: a header of variable names, then plain values (CRLF line ends). */
export function sparqlResultToCsv(result: SparqlResult): string {
  if (result.kind === 'boolean') return `result\r\n${result.value}\r\n`;
  if (result.kind === 'graph') return result.ntriples;
  const vars = result.json.head.vars;
  const lines = [vars.map(cell).join(',')];
  for (const row of result.json.results.bindings) lines.push(vars.map((v) => cell(row[v]?.value ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
