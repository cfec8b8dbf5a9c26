import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError, toErrorShape } from '../errors.js';
import { runStoreQuery, type CappedResult } from '../vocabularies/store-query.js';

/**
 * A long-lived worker holding the library's Oxigraph store (one named graph per vocabulary
 * version). Loading ESCO takes seconds and hundreds of MiB, so it happens here, off the thread
 * that serves the UI, and only once SPARQL is asked for. Queries run one at a time; a query that
 * runs too long is stopped by terminating this worker (see sparql-store.ts).
 */
interface Input {
  graphs: { file: string; graph: string }[];
}

/** `limit`: at most this many rows / triples come back (0 = all). */
export type StoreRequest = { id: number; query: string; limit: number };
export type StoreReady = { ready: true; triples: number; loadMs: number };
/** `restart`: the store failed inside (a panic, out of memory): drop this worker so its memory is freed. */
export type StoreResponse =
  { id: number; ok: true; result: CappedResult } | { id: number; ok: false; error: ReturnType<typeof toErrorShape>; restart?: true };

const port = parentPort!;
const { graphs } = workerData as Input;
const started = performance.now();
const store = new oxigraph.Store();
for (const { file, graph } of graphs) {
  if (!fs.existsSync(file)) continue;
  store.load(fs.readFileSync(file), {
    format: 'application/n-triples',
    to_graph_name: oxigraph.namedNode(graph),
    no_transaction: true,
    lenient: true,
  });
}
port.postMessage({ ready: true, triples: store.size, loadMs: performance.now() - started } satisfies StoreReady);
port.on('message', (request: StoreRequest) => {
  let response: StoreResponse;
  try {
    response = { id: request.id, ok: true, result: runStoreQuery(store, request.query, request.limit) };
  } catch (error) {
    // A query's own mistakes arrive as CrosswalkErrors; anything else (a Rust panic surfacing as
    // "unreachable", an allocation failure) leaves the WebAssembly store unusable and its memory grown.
    response =
      error instanceof CrosswalkError
        ? { id: request.id, ok: false, error: toErrorShape(error) }
        : {
            id: request.id,
            ok: false,
            error: {
              code: ErrorCodes.internal,
              message: `The SPARQL store failed on this query (${oneLine(error)}); it restarts for the next query. Narrow the query or add a LIMIT.`,
            },
            restart: true,
          };
  }
  port.postMessage(response);
});

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
