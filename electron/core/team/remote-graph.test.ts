import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { EMPTY_REVISION, claimEmptyGraph, isDeadlock, remoteRevision, swapUpdate } from './remote-graph.js';
import type { SparqlClient } from './sparql-client.js';
import { PUSH_ID, REVISION } from './team-graph.js';

const G = 'https://example.org/team/g';
const S = 'https://example.org/team/g/staging/p2';
const EX = 'https://example.org/x/';

/** An in-process Oxigraph store behind the two SparqlClient calls these functions use: the standard SPARQL, no Virtuoso pragmas. */
function oxigraphClient(store: oxigraph.Store): SparqlClient {
  return {
    options: {},
    update: async (update: string) => store.update(update),
    select: async (query: string) => {
      const rows = store.query(query) as Map<string, oxigraph.Term>[];
      return {
        head: { vars: [] },
        results: { bindings: rows.map((row) => Object.fromEntries([...row].map(([k, t]) => [k, { type: t.termType, value: t.value }]))) },
      };
    },
  } as unknown as SparqlClient;
}

function graphOf(store: oxigraph.Store, graph: string): string[] {
  return store
    .match(null, null, null, oxigraph.namedNode(graph))
    .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)
    .sort();
}

function load(store: oxigraph.Store, graph: string, triples: [string, string, string][]): void {
  const nt = triples.map(([s, p, o]) => `<${s}> <${p}> ${o.startsWith('"') ? o : `<${o}>`} .`).join('\n');
  store.load(nt, { format: 'application/n-triples', to_graph_name: oxigraph.namedNode(graph) });
}

const metadata = (revision: string, pushId: string): [string, string, string][] => [
  [G, REVISION, `"${revision}"`],
  [G, PUSH_ID, `"${pushId}"`],
];

describe('the swap, as standard SPARQL 1.1 (Oxigraph)', () => {
  const plain = { virtuoso: false };

  it('turns the live graph into the staging graph while the revision is the expected one', async () => {
    const store = new oxigraph.Store();
    load(store, G, [[`${EX}a`, `${EX}p`, '"kept"'], [`${EX}b`, `${EX}p`, '"dropped"'], ...metadata('1', 'p1')]);
    load(store, S, [[`${EX}a`, `${EX}p`, '"kept"'], [`${EX}c`, `${EX}p`, '"added"'], ...metadata('2', 'p2')]);
    store.update(swapUpdate(G, S, '1', plain));
    expect(graphOf(store, G)).toEqual(graphOf(store, S));
    expect(await remoteRevision(oxigraphClient(store), G)).toEqual({ revision: '2', pushId: 'p2', torn: false });
  });

  it('changes nothing when another push moved the revision', () => {
    const store = new oxigraph.Store();
    load(store, G, [[`${EX}a`, `${EX}p`, '"theirs"'], ...metadata('2', 'other')]);
    load(store, S, [[`${EX}a`, `${EX}p`, '"mine"'], ...metadata('2', 'p2')]);
    const before = graphOf(store, G);
    store.update(swapUpdate(G, S, '1', plain));
    expect(graphOf(store, G)).toEqual(before);
  });

  it('a first push claims the empty graph with revision 0, which reads as empty, then swaps from it', async () => {
    const store = new oxigraph.Store();
    const client = oxigraphClient(store);
    await claimEmptyGraph(client, G, plain);
    await claimEmptyGraph(client, G, plain);
    expect(graphOf(store, G)).toEqual([`${G} ${REVISION} ${EMPTY_REVISION}`]);
    expect(await remoteRevision(client, G)).toBeNull();
    load(store, S, [[`${EX}a`, `${EX}p`, '"first"'], ...metadata('1', 'p1')]);
    store.update(swapUpdate(G, S, EMPTY_REVISION, plain));
    expect(graphOf(store, G)).toEqual(graphOf(store, S));
    // Claiming a graph that has a revision changes nothing.
    await claimEmptyGraph(client, G, plain);
    expect(graphOf(store, G)).toEqual(graphOf(store, S));
  });

  it('a late claim beside a real revision is ignored by readers, refused by a first push, and removed by the next push', async () => {
    const store = new oxigraph.Store();
    const client = oxigraphClient(store);
    load(store, G, [[`${EX}a`, `${EX}p`, '"first"'], ...metadata('1', 'p1'), [G, REVISION, `"${EMPTY_REVISION}"`]]);
    expect(await remoteRevision(client, G)).toEqual({ revision: '1', pushId: 'p1', torn: false });
    load(store, S, [[`${EX}a`, `${EX}p`, '"racing first push"'], ...metadata('1', 'p2')]);
    const before = graphOf(store, G);
    store.update(swapUpdate(G, S, EMPTY_REVISION, plain));
    expect(graphOf(store, G)).toEqual(before);
    const next = 'https://example.org/team/g/staging/p3';
    load(store, next, [[`${EX}a`, `${EX}p`, '"second"'], ...metadata('2', 'p3')]);
    store.update(swapUpdate(G, next, '1', plain));
    expect(graphOf(store, G)).toEqual(graphOf(store, next));
  });

  it('two revisions in the graph read as torn', async () => {
    const store = new oxigraph.Store();
    load(store, G, [...metadata('2', 'p1'), ...metadata('2', 'p2')]);
    expect(await remoteRevision(oxigraphClient(store), G)).toMatchObject({ revision: '2', torn: true });
  });
});

describe('the Virtuoso additions', () => {
  it('lock only the revision triples and log the update; other stores get none of it', () => {
    for (const expected of ['3', EMPTY_REVISION]) {
      const virtuoso = swapUpdate(G, S, expected, { virtuoso: true });
      expect(virtuoso.startsWith('DEFINE sql:log-enable 1\n')).toBe(true);
      expect(virtuoso.match(/OPTION \(TABLE_OPTION "FOR UPDATE"\)/g)).toHaveLength(1);
      expect(virtuoso).toMatch(new RegExp(`<${REVISION}> (\\?r|"3") OPTION \\(TABLE_OPTION "FOR UPDATE"\\)`));
      const plain = swapUpdate(G, S, expected, { virtuoso: false });
      expect(plain).not.toMatch(/DEFINE|OPTION/);
      expect(() => new oxigraph.Store().update(plain)).not.toThrow();
    }
  });

  it('a deadlock victim (40001) is retried, other failures are not', () => {
    const failure = (message: string) => new CrosswalkError(ErrorCodes.remoteFailed, message);
    expect(isDeadlock(failure('http://s/sparql-auth: HTTP 500: Virtuoso 40001 Error SR172: Transaction deadlocked'))).toBe(true);
    expect(isDeadlock(failure('http://s/sparql-auth: HTTP 500: Virtuoso 42000 Error SR325: after image limit'))).toBe(false);
    expect(isDeadlock(new Error('40001'))).toBe(false);
  });
});
