import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import type { SparqlClient } from './sparql-client.js';
import { EMPTY_REVISION, PUSH_ID, REVISION } from './team-graph.js';

export { EMPTY_REVISION };

const iri = (value: string) => `<${value.replace(/[<>"{}|^`\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}>`;
const str = (value: string) => JSON.stringify(value);

/**
 * An update the store rolled back as a deadlock victim (SQLSTATE 40001; Virtuoso SR172 when
 * concurrent writers lock index pages in different orders) changed nothing and may be sent again.
 */
export function isDeadlock(error: unknown): boolean {
  return error instanceof CrosswalkError && error.code === ErrorCodes.remoteFailed && /\b40001\b|deadlock/i.test(error.message);
}

const DEADLOCK_ATTEMPTS = 8;

/** Sends an update again while the store rolls it back as a deadlock victim, after a random pause. */
export async function updateRetryingDeadlocks(client: SparqlClient, update: string, timeoutMs?: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.update(update, timeoutMs);
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_ATTEMPTS || client.options.signal?.aborted) throw error;
      await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt) * (0.5 + Math.random())));
    }
  }
}

/** Which store the remote runs, for the few places where one needs its own pragma. */
export interface StoreKind {
  virtuoso: boolean;
}

export interface RemoteRevision {
  revision: string;
  pushId: string;
  /** More than one revision or push id in the graph: never written by a push that landed whole. */
  torn: boolean;
}

/** The remote graph's revision and the push that wrote it, or null when no push has landed (empty). */
export async function remoteRevision(client: SparqlClient, graph: string): Promise<RemoteRevision | null> {
  const g = iri(graph);
  const result = await client.select(`SELECT ?r ?p WHERE { GRAPH ${g} { ${g} <${REVISION}> ?r . OPTIONAL { ${g} <${PUSH_ID}> ?p } } }`);
  const rows = result.results.bindings.filter((b) => b.r && b.r.value !== EMPTY_REVISION);
  const row = rows[0];
  if (!row) return null;
  const torn = new Set(rows.map((b) => b.r!.value)).size > 1 || new Set(rows.map((b) => b.p?.value ?? '')).size > 1;
  return { revision: row.r!.value, pushId: row.p?.value ?? '', torn };
}

/**
 * Most triples one CONSTRUCT returns. Virtuoso refuses a CONSTRUCT of a million triples or more
 * (FRVEC: array over max vector length 1000000): a 50,000-mapping graph has 1.1 million.
 */
export const CONSTRUCT_PAGE = 400_000;

/**
 * Every triple of the graph as N-Triples. A graph up to CONSTRUCT_PAGE triples comes in one query;
 * a larger one in parts by predicate (predicates grouped up to CONSTRUCT_PAGE triples a query, one
 * predicate with more in ordered pages of its own), which together are exactly the graph as long
 * as no push lands meanwhile: a reader checks the revision afterwards.
 */
export async function fetchGraph(client: SparqlClient, graph: string, timeoutMs?: number): Promise<string> {
  const g = iri(graph);
  const counts = await client.select(`SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ${g} { ?s ?p ?o } } GROUP BY ?p`, timeoutMs);
  const predicates = counts.results.bindings.map((b) => ({ iri: b.p!.value, n: Number(b.n!.value) }));
  if (predicates.reduce((sum, p) => sum + p.n, 0) <= CONSTRUCT_PAGE)
    return client.construct(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ${g} { ?s ?p ?o } }`, timeoutMs);
  const queries: string[] = [];
  let group: string[] = [];
  let groupSize = 0;
  const flush = () => {
    if (group.length) queries.push(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ${g} { ?s ?p ?o } VALUES ?p { ${group.join(' ')} } }`);
    group = [];
    groupSize = 0;
  };
  for (const p of predicates.sort((a, b) => a.iri.localeCompare(b.iri))) {
    if (p.n > CONSTRUCT_PAGE) {
      for (let offset = 0; offset < p.n; offset += CONSTRUCT_PAGE)
        queries.push(
          `CONSTRUCT { ?s ${iri(p.iri)} ?o } WHERE { GRAPH ${g} { ?s ${iri(p.iri)} ?o } } ORDER BY ?s ?o LIMIT ${CONSTRUCT_PAGE} OFFSET ${offset}`,
        );
      continue;
    }
    if (groupSize + p.n > CONSTRUCT_PAGE) flush();
    group.push(iri(p.iri));
    groupSize += p.n;
  }
  flush();
  const parts: string[] = [];
  for (const query of queries) parts.push(await client.construct(query, timeoutMs));
  return parts.map((part) => (part.endsWith('\n') || part === '' ? part : `${part}\n`)).join('');
}

/**
 * Uploads N-Triples into a (staging) graph: through the Graph Store Protocol when the remote has
 * it, else as INSERT DATA updates, in chunks a store takes in one request. Each request is
 * committed on its own; only the swap makes the upload visible, so a half upload is just an
 * orphan staging graph.
 */
export async function uploadGraph(
  client: SparqlClient,
  graph: string,
  ntriples: string,
  timeoutMs?: number,
  store: StoreKind = { virtuoso: false },
): Promise<void> {
  const lines = ntriples.split('\n').filter((l) => l.trim());
  // Virtuoso's Graph Store loader may commit without logging (its bulk loader), so a store that
  // crashed after answering could come back without rows it had acknowledged, and a swap sent to
  // it after the restart would publish a partial graph. Logged INSERT DATA is durable once answered.
  const viaGraphStore = Boolean(client.options.graphStoreEndpoint) && !store.virtuoso;
  // Virtuoso's SPARQL compiler runs out of memory near 5,000 triples in one INSERT DATA, and at
  // 2,000 its generated SQL can pass 10,000 lines (SP031).
  const size = viaGraphStore ? 50_000 : 1_000;
  for (let i = 0; i < lines.length; i += size) {
    const chunk = lines.slice(i, i + size).join('\n');
    if (viaGraphStore) await client.graphWrite(graph, `${chunk}\n`, 'POST', timeoutMs);
    else await updateRetryingDeadlocks(client, `${pragma(store)}INSERT DATA { GRAPH ${iri(graph)} {\n${chunk}\n} }`, timeoutMs);
  }
}

export async function dropGraph(client: SparqlClient, graph: string, store: StoreKind = { virtuoso: false }): Promise<void> {
  await updateRetryingDeadlocks(client, `${pragma(store)}DROP SILENT GRAPH ${iri(graph)}`);
}

/**
 * Virtuoso: log mode 1, i.e. logged and NOT row-autocommit, whatever mode the endpoint's
 * connection was left in, so an update is one logged transaction.
 */
const pragma = (store: StoreKind) => (store.virtuoso ? 'DEFINE sql:log-enable 1\n' : '');

/** Virtuoso: read the rows with an exclusive lock held to commit (waiting for a writer holding them). */
const forUpdate = (store: StoreKind) => (store.virtuoso ? ' OPTION (TABLE_OPTION "FOR UPDATE")' : '');

/**
 * Gives a graph without any revision triple the revision EMPTY_REVISION, so that the first push's
 * swap has a revision triple to lock like every later one. The revision triples are counted under
 * the lock (a claim waits for a swap under way and then sees its revision); two claims of an empty
 * graph write the same triple once. A claim can still come after a swap it raced with and leave an
 * EMPTY_REVISION beside the real revision: readers ignore it, the first-push guard below refuses
 * it, and the next push deletes it.
 */
export async function claimEmptyGraph(client: SparqlClient, graph: string, store: StoreKind): Promise<void> {
  const g = iri(graph);
  await updateRetryingDeadlocks(
    client,
    `${pragma(store)}INSERT { GRAPH ${g} { ${g} <${REVISION}> ${str(EMPTY_REVISION)} } }
WHERE {
  { SELECT (COUNT(?r) AS ?revisions) WHERE { GRAPH ${g} { ${g} <${REVISION}> ?r${forUpdate(store)} } } }
  FILTER (?revisions = 0)
}`,
  );
}

/**
 * The swap's condition: the live graph is at the expected revision. A later push locks and reads
 * that one revision triple. The first push (EMPTY_REVISION) needs more: no real revision at all,
 * so it counts every revision triple under the lock (the aggregate reads them all before the
 * filter, so it waits for a swap under way and then counts what that swap wrote).
 */
function revisionGuard(g: string, expected: string, store: StoreKind): string {
  if (expected !== EMPTY_REVISION) return `GRAPH ${g} { ${g} <${REVISION}> ${str(expected)}${forUpdate(store)} }`;
  return `{
    SELECT (COUNT(?r) AS ?revisions) (SUM(IF(?r = ${str(EMPTY_REVISION)}, 1, 0)) AS ?claims)
    WHERE { GRAPH ${g} { ${g} <${REVISION}> ?r${forUpdate(store)} } }
  }
  FILTER (?claims > 0 && ?revisions = ?claims)`;
}

/**
 * ONE SPARQL Update that turns the live graph into the staging graph, only while the live graph is
 * at the expected revision (EMPTY_REVISION before the first push). If another push moved the
 * revision, the WHERE matches nothing and nothing changes.
 *
 * It deletes only the live triples the staging graph lacks and inserts only the staging triples
 * the live graph lacks (the same result as replacing everything). A store's transaction is as
 * large as the change, not the graph, and no triple is deleted and inserted again in one
 * transaction: Virtuoso 7.2's roll forward replays such a transaction wrongly, so a crash after
 * a committed full replace, before the next checkpoint, came back with most unchanged triples lost.
 *
 * Virtuoso reads the revision read-committed without a lock, so two concurrent swaps both saw
 * the old revision and both applied. There the guard's triple is read FOR UPDATE (an exclusive
 * row lock held to commit): the second swap waits for the first to commit, then finds the
 * revision gone and matches nothing. Fuseki (TDB2) runs one write transaction at a time; on any
 * store, the push reads revision and push id back afterwards and reports a torn graph.
 */
export function swapUpdate(graph: string, staging: string, expected: string, store: StoreKind): string {
  const g = iri(graph);
  const s = iri(staging);
  return `${pragma(store)}DELETE { GRAPH ${g} { ?s ?p ?o } }
INSERT { GRAPH ${g} { ?s2 ?p2 ?o2 } }
WHERE {
  ${revisionGuard(g, expected, store)}
  {
    GRAPH ${g} { ?s ?p ?o }
    FILTER NOT EXISTS { GRAPH ${s} { ?s ?p ?o } }
  } UNION {
    GRAPH ${s} { ?s2 ?p2 ?o2 }
    FILTER NOT EXISTS { GRAPH ${g} { ?s2 ?p2 ?o2 } }
  }
}`;
}

/** A graph of its own for each push's upload, beside the live graph. */
export const stagingGraph = (graph: string, pushId: string): string => `${graph.replace(/[/#]+$/, '')}/staging/${pushId}`;
