import type { SparqlJson, SparqlResult } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { queryForm } from './store-query.js';

/**
 * A federated query over remote SPARQL endpoints or RDF files by URL, through Comunica (loaded
 * only when needed: it is large). The local library is queried with Oxigraph instead.
 */
export interface RemoteSource {
  url: string;
  type?: 'auto' | 'sparql' | 'file';
}

export async function federatedQuery(query: string, remote: RemoteSource[]): Promise<SparqlResult> {
  const sources = remote.map((s) => (s.type === 'sparql' ? { type: 'sparql', value: s.url } : s.type === 'file' ? { type: 'file', value: s.url } : s.url));
  const { QueryEngine } = await import('@comunica/query-sparql');
  const engine = new QueryEngine();
  const form = queryForm(query);
  try {
    const result = await engine.query(query, { sources: sources as [string, ...string[]] });
    const mediaType = form === 'graph' ? 'application/n-triples' : 'application/sparql-results+json';
    const { data } = await engine.resultToString(result, mediaType);
    let text = '';
    for await (const chunk of data as AsyncIterable<Buffer | string>) text += chunk.toString();
    if (form === 'graph') return { kind: 'graph', ntriples: text, triples: text.split('\n').filter((l) => l.trim()).length };
    const parsed = JSON.parse(text) as SparqlJson & { boolean?: boolean };
    if (typeof parsed.boolean === 'boolean') return { kind: 'boolean', value: parsed.boolean };
    return { kind: 'bindings', json: { head: { vars: parsed.head.vars ?? [] }, results: parsed.results } };
  } catch (error) {
    throw new CrosswalkError(ErrorCodes.badInput, `Federated query: ${(error as Error).message}`, { field: 'query', sources });
  }
}
