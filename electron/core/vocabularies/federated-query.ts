import type { SparqlResult } from '../../../shared/domain/vocabulary.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { parseSparqlText, queryForm } from './store-query.js';

/**
 * A federated query over remote SPARQL endpoints or RDF files by URL, through Comunica (loaded
 * only when needed: it is large). The local library is queried with Oxigraph instead.
 */
export interface RemoteSource {
  url: string;
  type?: 'auto' | 'sparql' | 'file';
}

/** A remote source that neither answers nor fails would otherwise hold the query (and its caller) forever. */
const REMOTE_TIMEOUT_MS = 30_000;

export async function federatedQuery(query: string, remote: RemoteSource[], options: { timeoutMs?: number } = {}): Promise<SparqlResult> {
  const sources = remote.map((s) => (s.type === 'sparql' ? { type: 'sparql', value: s.url } : s.type === 'file' ? { type: 'file', value: s.url } : s.url));
  const timeoutMs = options.timeoutMs ?? REMOTE_TIMEOUT_MS;
  const { QueryEngine } = await import('@comunica/query-sparql');
  const engine = new QueryEngine();
  const form = queryForm(query);
  try {
    // The timeout covers each request and the reading of its body.
    const result = await engine.query(query, { sources: sources as [string, ...string[]], httpTimeout: timeoutMs, httpBodyTimeout: true });
    const mediaType = form === 'graph' ? 'application/n-triples' : 'application/sparql-results+json';
    const { data } = await engine.resultToString(result, mediaType);
    let text = '';
    for await (const chunk of data as AsyncIterable<Buffer | string>) text += chunk.toString();
    return parseSparqlText(text, form);
  } catch (error) {
    const message = (error as Error).message;
    const timedOut = /timeout|timed out|abort/i.test(message) ? ` (a source did not answer within ${timeoutMs / 1000} s)` : '';
    throw new CrosswalkError(ErrorCodes.badInput, `Federated query: ${message}${timedOut}`, { field: 'query', sources });
  }
}
