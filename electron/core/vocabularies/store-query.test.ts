import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { limitedGraphQuery, limitedSelect, projectedVariables, queryForm, runStoreQuery } from './store-query.js';
import { sparqlResultToCsv } from '../../../shared/csv.js';

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
    expect(result).toEqual({
      kind: 'bindings',
      json: { head: { vars: ['o'] }, results: { bindings: [{ o: { type: 'literal', value: 'x, y', 'xml:lang': 'en' } }] } },
    });
    expect(sparqlResultToCsv(result)).toBe('o\r\n"x, y"\r\n');
  });

  it('answers ASK and CONSTRUCT, and reports syntax errors as bad input', () => {
    expect(runStoreQuery(store, 'ASK { GRAPH <http://g> { ?s ?p ?o } }')).toEqual({ kind: 'boolean', value: true });
    expect(runStoreQuery(store, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')).toMatchObject({ kind: 'graph', triples: 1 });
    expect(() => runStoreQuery(store, 'SELEC nothing')).toThrow(/SPARQL/);
  });

  describe('row cap', () => {
    const many = new oxigraph.Store();
    const lines = Array.from({ length: 30 }, (_, i) => `<http://x/${String(i).padStart(2, '0')}> <http://x/n> "${i}" .`);
    many.load(lines.join('\n'), { format: 'application/n-triples', to_graph_name: oxigraph.namedNode('http://g') });

    it('returns at most `limit` rows and flags the result as truncated', () => {
      const result = runStoreQuery(many, 'SELECT * WHERE { ?s ?p ?o }', 10);
      expect(result.kind === 'bindings' && result.json.results.bindings).toHaveLength(10);
      expect(result.truncated).toBe(true);
      const all = runStoreQuery(many, 'SELECT * WHERE { ?s ?p ?o }', 30);
      expect(all.kind === 'bindings' && all.json.results.bindings).toHaveLength(30);
      expect(all.truncated).toBeUndefined();
      expect(runStoreQuery(many, 'SELECT * WHERE { ?s ?p ?o }', 0)).toMatchObject({ json: { results: { bindings: { length: 30 } } } });
    });

    it("keeps the query's own order, variable order, LIMIT and prefixes when capping", () => {
      const query = `# newest first
PREFIX x: <http://x/>
SELECT ?o (STR(?s) AS ?iri) WHERE { ?s x:n ?o } ORDER BY DESC(?s) LIMIT 5`;
      const result = runStoreQuery(many, query, 3);
      expect(result.kind === 'bindings' && result.json.head.vars).toEqual(['o', 'iri']);
      expect(result.kind === 'bindings' && result.json.results.bindings.map((b) => b.o!.value)).toEqual(['29', '28', '27']);
      expect(result.truncated).toBe(true);
      expect(runStoreQuery(many, query, 5).truncated).toBeUndefined();
    });

    it('caps queries the rewrite does not fit (FROM) and CONSTRUCT results afterwards', () => {
      const from = runStoreQuery(many, 'SELECT ?s FROM <http://g> WHERE { ?s ?p ?o }', 4);
      expect(from.kind === 'bindings' && from.json.results.bindings).toHaveLength(4);
      expect(from.truncated).toBe(true);
      const graph = runStoreQuery(many, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', 7);
      expect(graph).toMatchObject({ kind: 'graph', triples: 7, truncated: true });
      expect(graph.kind === 'graph' && graph.ntriples.trim().split('\n')).toHaveLength(7);
    });

    it('stops a CONSTRUCT over a cross join at the cap while evaluating, instead of building every triple', () => {
      const big = new oxigraph.Store();
      const triples = Array.from({ length: 3000 }, (_, i) => `<http://x/c${i}> <http://x/n> "${i}" .`);
      big.load(triples.join('\n'), { format: 'application/n-triples', to_graph_name: oxigraph.namedNode('http://g') });
      // 9 million solutions × 2 template triples: built whole, this is about 2 GB of N-Triples.
      const cross = 'CONSTRUCT { ?a <http://x/with> ?b . ?b <http://x/with> ?a } WHERE { ?a <http://x/n> ?x . ?b <http://x/n> ?y }';
      const before = process.memoryUsage().rss;
      const result = runStoreQuery(big, cross, 1000);
      expect(result).toMatchObject({ kind: 'graph', triples: 1000, truncated: true });
      expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
      expect(runStoreQuery(big, 'DESCRIBE <http://x/c7>', 10)).toMatchObject({ kind: 'graph', triples: 1 });
    });

    it("lowers a CONSTRUCT's own LIMIT or adds one before a trailing VALUES clause", () => {
      expect(limitedGraphQuery('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50', 11)).toBe(
        'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 11',
      );
      expect(limitedGraphQuery('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5', 11)).toBe(
        'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5',
      );
      expect(limitedGraphQuery('CONSTRUCT WHERE { ?s ?p ?o } # all', 3)).toBe('CONSTRUCT WHERE { ?s ?p ?o } # all\nLIMIT 3\n');
      expect(limitedGraphQuery('CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { ?s ?p ?o } LIMIT 9 } } VALUES ?s { <http://x/01> }', 3)).toBe(
        'CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { ?s ?p ?o } LIMIT 9 } } \nLIMIT 3\nVALUES ?s { <http://x/01> }',
      );
      const values = runStoreQuery(many, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } VALUES ?s { <http://x/01> <http://x/02> }', 1);
      expect(values).toMatchObject({ kind: 'graph', triples: 1, truncated: true });
      expect(limitedGraphQuery('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o', 3)).toBeUndefined();
    });

    it('reads the projection of a SELECT query, and leaves other queries alone', () => {
      expect(projectedVariables('PREFIX a: <http://a#> SELECT DISTINCT ?a $b (CONCAT(?c, "{)") AS ?d) WHERE { ?a ?b ?c }')).toEqual([
        'a',
        'b',
        'd',
      ]);
      expect(projectedVariables('select * { ?s ?p ?o }')).toBe('*');
      expect(projectedVariables('SELECT ?s FROM <http://g> WHERE { ?s ?p ?o }')).toBeUndefined();
      expect(limitedSelect('ASK { ?s ?p ?o }', 5)).toBeUndefined();
      expect(limitedSelect('BASE <http://b/> SELECT ?s { ?s ?p ?o }', 5)).toMatch(
        /^BASE <http:\/\/b\/> \nSELECT \?s WHERE \{\nSELECT \?s \{ \?s \?p \?o \}\n\}\nLIMIT 5$/,
      );
    });
  });
});
