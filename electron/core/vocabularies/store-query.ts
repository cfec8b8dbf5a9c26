import type oxigraph from 'oxigraph';
import type { SparqlJson, SparqlResult } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';

/** The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) after prologue and comments. */
export function queryForm(query: string): 'select' | 'ask' | 'graph' {
  const body = query
    .replace(/<[^>\s]*>/g, '<>') // IRIs first: they may contain "#"
    .replace(/#[^\n\r]*/g, ' ')
    .replace(/\b(PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)/gi, ' ')
    .trim();
  const keyword = /^(\w+)/.exec(body)?.[1]?.toUpperCase();
  if (keyword === 'ASK') return 'ask';
  if (keyword === 'CONSTRUCT' || keyword === 'DESCRIBE') return 'graph';
  return 'select';
}

/** Runs a query on the store; the default graph is the union of all named graphs. */
export function runStoreQuery(store: oxigraph.Store, query: string): SparqlResult {
  const form = queryForm(query);
  let raw: ReturnType<oxigraph.Store['query']>;
  try {
    raw = store.query(query, {
      results_format: form === 'graph' ? 'application/n-triples' : 'application/sparql-results+json',
      use_default_graph_as_union: true,
    });
  } catch (error) {
    throw new CrosswalkError(ErrorCodes.badInput, `SPARQL: ${(error as Error).message}`, { field: 'query' });
  }
  const text = String(raw);
  if (form === 'graph') return { kind: 'graph', ntriples: text, triples: text.split('\n').filter((l) => l.trim()).length };
  const parsed = JSON.parse(text) as SparqlJson & { boolean?: boolean };
  if (typeof parsed.boolean === 'boolean') return { kind: 'boolean', value: parsed.boolean };
  return { kind: 'bindings', json: { head: { vars: parsed.head.vars ?? [] }, results: parsed.results } };
}
