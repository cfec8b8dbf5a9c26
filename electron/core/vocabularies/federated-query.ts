import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { MAX_GRAPH_CHARACTERS, MAX_GRAPH_TRIPLES, parseSparqlText, queryForm, type CappedResult } from './store-query.js';

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

/**
 * Graph results stop at `limit` triples (0 or absent: MAX_GRAPH_TRIPLES) while they stream in, and
 * any result at MAX_GRAPH_CHARACTERS: a remote CONSTRUCT over a cross join would otherwise be read whole.
 */
export async function federatedQuery(
  query: string,
  remote: RemoteSource[],
  options: { timeoutMs?: number; limit?: number } = {},
): Promise<CappedResult> {
  const sources = remote.map((s) =>
    s.type === 'sparql' ? { type: 'sparql', value: s.url } : s.type === 'file' ? { type: 'file', value: s.url } : s.url,
  );
  const timeoutMs = options.timeoutMs ?? REMOTE_TIMEOUT_MS;
  const { QueryEngine } = await import('@comunica/query-sparql');
  const engine = new QueryEngine();
  const form = queryForm(query);
  try {
    // The timeout covers each request and the reading of its body.
    const result = await engine.query(query, { sources: sources as [string, ...string[]], httpTimeout: timeoutMs, httpBodyTimeout: true });
    const mediaType = form === 'graph' ? 'application/n-triples' : 'application/sparql-results+json';
    const { data } = await engine.resultToString(result, mediaType);
    const maxTriples = options.limit && options.limit > 0 ? Math.min(options.limit, MAX_GRAPH_TRIPLES) : MAX_GRAPH_TRIPLES;
    const { text, stopped } = await readCapped(data as AsyncIterable<Buffer | string>, form === 'graph' ? maxTriples + 1 : Infinity);
    if (form !== 'graph') {
      if (stopped)
        throw new CrosswalkError(
          ErrorCodes.badInput,
          `Federated query: the result is over ${MAX_GRAPH_CHARACTERS / 1024 / 1024} Mi characters; add a LIMIT`,
          { field: 'query' },
        );
      return parseSparqlText(text, form);
    }
    const lines = text.split('\n').filter((l) => l.trim());
    const kept = lines.slice(0, maxTriples);
    return {
      kind: 'graph',
      ntriples: kept.length ? `${kept.join('\n')}\n` : '',
      triples: kept.length,
      ...(stopped || lines.length > maxTriples ? { truncated: true } : {}),
    };
  } catch (error) {
    if (error instanceof CrosswalkError) throw error;
    const message = (error as Error).message;
    const timedOut = /timeout|timed out|abort/i.test(message) ? ` (a source did not answer within ${timeoutMs / 1000} s)` : '';
    throw new CrosswalkError(ErrorCodes.badInput, `Federated query: ${message}${timedOut}`, { field: 'query', sources });
  }
}

/** Reads a result stream until it ends, holds `maxLines` complete lines, or reaches MAX_GRAPH_CHARACTERS; then stops it. */
async function readCapped(data: AsyncIterable<Buffer | string>, maxLines: number): Promise<{ text: string; stopped: boolean }> {
  let text = '';
  let lines = 0;
  for await (const chunk of data) {
    const part = chunk.toString();
    for (let i = part.indexOf('\n'); i >= 0; i = part.indexOf('\n', i + 1)) lines++;
    text += part;
    // Leaving the loop early returns (destroys) the stream: Comunica stops producing.
    if (lines >= maxLines) return { text, stopped: false };
    if (text.length > MAX_GRAPH_CHARACTERS) return { text: text.slice(0, text.lastIndexOf('\n', MAX_GRAPH_CHARACTERS) + 1), stopped: true };
  }
  return { text, stopped: false };
}
