import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { queryForm, runStoreQuery } from './store-query.js';
import { sparqlResultToCsv } from './sparql-csv.js';

describe('runStoreQuery', () => {
  const store = new oxigraph.Store();
  store.load('<http://a> <http://b> "x, y"@en .\n', { format: 'application/n-triples', to_graph_name: oxigraph.namedNode('http://g') });

  it('tells the query form after prologue and comments', () => {
    expect(queryForm('# ask\nPREFIX a: <http://a#>\nASK { ?s ?p ?o }')).toBe('ask');
    expect(queryForm('BASE <http://x/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')).toBe('graph');
    expect(queryForm('select * { ?s ?p ?o }')).toBe('select');
  });

  it('answers SELECT over the union of named graphs as SPARQL JSON, and as CSV', () => {
    const result = runStoreQuery(store, 'SELECT ?o WHERE { ?s ?p ?o }');
    expect(result).toEqual({ kind: 'bindings', json: { head: { vars: ['o'] }, results: { bindings: [{ o: { type: 'literal', value: 'x, y', 'xml:lang': 'en' } }] } } });
    expect(sparqlResultToCsv(result)).toBe('o\r\n"x, y"\r\n');
  });

  it('answers ASK and CONSTRUCT, and reports syntax errors as bad input', () => {
    expect(runStoreQuery(store, 'ASK { GRAPH <http://g> { ?s ?p ?o } }')).toEqual({ kind: 'boolean', value: true });
    expect(runStoreQuery(store, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')).toMatchObject({ kind: 'graph', triples: 1 });
    expect(() => runStoreQuery(store, 'SELEC nothing')).toThrow(/SPARQL/);
  });
});
