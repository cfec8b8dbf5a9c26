import type { SparqlClient } from './sparql-client.js';
import { PUSH_ID, REVISION } from './team-graph.js';

const iri = (value: string) => `<${value.replace(/[<>"{}|^`\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}>`;
const str = (value: string) => JSON.stringify(value);

/** The remote graph's revision and the push that wrote it, or null when the graph has none (empty). */
export async function remoteRevision(client: SparqlClient, graph: string): Promise<{ revision: string; pushId: string } | null> {
  const g = iri(graph);
  const result = await client.select(`SELECT ?r ?p WHERE { GRAPH ${g} { ${g} <${REVISION}> ?r . OPTIONAL { ${g} <${PUSH_ID}> ?p } } }`);
  const row = result.results.bindings[0];
  return row?.r ? { revision: row.r.value, pushId: row.p?.value ?? '' } : null;
}

/** Every triple of the graph as N-Triples, in one query (one snapshot of the store). */
export function fetchGraph(client: SparqlClient, graph: string, timeoutMs?: number): Promise<string> {
  return client.construct(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ${iri(graph)} { ?s ?p ?o } }`, timeoutMs);
}

/**
 * Uploads N-Triples into a (staging) graph: through the Graph Store Protocol when the remote has
 * it, else as INSERT DATA updates, in chunks a store takes in one request.
 */
export async function uploadGraph(
  client: SparqlClient,
  graph: string,
  ntriples: string,
  timeoutMs?: number,
  store: { virtuoso: boolean } = { virtuoso: false },
): Promise<void> {
  const lines = ntriples.split('\n').filter((l) => l.trim());
  // Virtuoso's Graph Store loader writes without its transaction log; a crash later replays the log
  // over rows it never logged. Logged INSERT DATA keeps its recovery consistent.
  const viaGraphStore = Boolean(client.options.graphStoreEndpoint) && !store.virtuoso;
  // Virtuoso's SPARQL compiler runs out of memory near 5,000 triples in one INSERT DATA, and at
  // 2,000 its generated SQL can pass 10,000 lines (SP031).
  const size = viaGraphStore ? 50_000 : 1_000;
  for (let i = 0; i < lines.length; i += size) {
    const chunk = lines.slice(i, i + size).join('\n');
    if (viaGraphStore) await client.graphWrite(graph, `${chunk}\n`, 'POST', timeoutMs);
    else await client.update(`${pragma(store)}INSERT DATA { GRAPH ${iri(graph)} {\n${chunk}\n} }`, timeoutMs);
  }
}

export async function dropGraph(client: SparqlClient, graph: string, store: { virtuoso: boolean } = { virtuoso: false }): Promise<void> {
  await client.update(`${pragma(store)}DROP SILENT GRAPH ${iri(graph)}`);
}

/**
 * Virtuoso's HTTP endpoint applies a large update row by row (autocommit): a crash in the middle
 * leaves half a graph. Log mode 1 makes each update one logged transaction.
 */
const pragma = (store: { virtuoso: boolean }) => (store.virtuoso ? 'DEFINE sql:log-enable 1\n' : '');

/**
 * ONE SPARQL Update that replaces the live graph by the staging graph only while the live graph
 * is at the expected revision (none: the graph has no revision yet). If another push moved the
 * revision, the WHERE matches nothing and nothing changes. The store runs one update request as
 * one transaction (Virtuoso when told so), so a killed connection or server leaves the old revision whole.
 */
export function swapUpdate(graph: string, staging: string, expected: string | null, store: { virtuoso: boolean }): string {
  const g = iri(graph);
  const guard =
    expected === null
      ? `FILTER NOT EXISTS { GRAPH ${g} { ${g} <${REVISION}> ?anyRevision } }`
      : `GRAPH ${g} { ${g} <${REVISION}> ${str(expected)} }`;
  return `${pragma(store)}DELETE { GRAPH ${g} { ?s ?p ?o } }
INSERT { GRAPH ${g} { ?s2 ?p2 ?o2 } }
WHERE {
  ${guard}
  { GRAPH ${g} { ?s ?p ?o } } UNION { GRAPH ${iri(staging)} { ?s2 ?p2 ?o2 } }
}`;
}

/** A graph of its own for each push's upload, beside the live graph. */
export const stagingGraph = (graph: string, pushId: string): string => `${graph.replace(/[/#]+$/, '')}/staging/${pushId}`;
