import http from 'node:http';
import type { AddressInfo } from 'node:net';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SparqlResult } from '../../shared/domain/vocabulary.js';
import { federatedQuery } from '../../electron/core/vocabularies/federated-query.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const TTL = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://example.org/remote/a> a skos:Concept ; skos:prefLabel "Remote alpha"@en .
<http://example.org/remote/b> a skos:Concept ; skos:prefLabel "Remote beta"@en .
`;

/** A Turtle file and a small SPARQL endpoint (Oxigraph behind the SPARQL protocol) on 127.0.0.1. */
function startRemote(): Promise<{ base: string; close: () => Promise<void> }> {
  const store = new oxigraph.Store();
  store.load(TTL, { format: 'text/turtle' });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    if (url.pathname === '/vocab.ttl') {
      res.writeHead(200, { 'content-type': 'text/turtle' }).end(TTL);
      return;
    }
    // An endpoint that accepts the request and never answers.
    if (url.pathname === '/silent/sparql') return;
    if (url.pathname !== '/sparql') {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(
        req.method === 'POST' && !/sparql-query/.test(req.headers['content-type'] ?? '') ? body : url.search,
      );
      const query = req.method === 'POST' && /sparql-query/.test(req.headers['content-type'] ?? '') ? body : form.get('query');
      if (!query) {
        // Comunica probes the endpoint for a service description first.
        res.writeHead(200, { 'content-type': 'text/turtle' }).end('');
        return;
      }
      const construct = /^\s*(CONSTRUCT|DESCRIBE)/im.test(query.replace(/PREFIX[^\n]*\n/gi, ''));
      const out = store.query(query, { results_format: construct ? 'application/n-triples' : 'application/sparql-results+json' });
      res.writeHead(200, { 'content-type': construct ? 'application/n-triples' : 'application/sparql-results+json' }).end(String(out));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('federated SPARQL over remote sources (Comunica)', () => {
  let app: TestApp;
  let remote: Awaited<ReturnType<typeof startRemote>>;
  beforeAll(async () => {
    app = createTestApp();
    remote = await startRemote();
  });
  afterAll(async () => {
    app.cleanup();
    await remote.close();
  });

  const labels = (result: SparqlResult) =>
    result.kind === 'bindings' ? result.json.results.bindings.map((b) => b.label!.value).sort() : [];
  const QUERY = 'SELECT ?label WHERE { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }';

  it('queries an RDF file by URL', async () => {
    const result = await app.api.vocabularies.sparql({ query: QUERY, sources: [{ url: `${remote.base}/vocab.ttl` }] });
    expect(labels(result)).toEqual(['Remote alpha', 'Remote beta']);
  });

  it('gives up on a source that does not answer, with an error naming the query', async () => {
    const query = federatedQuery(QUERY, [{ url: `${remote.base}/silent/sparql`, type: 'sparql' }], { timeoutMs: 300 });
    await expect(query).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^Federated query: .*did not answer within 0\.3 s/),
      details: { field: 'query' },
    });
  });

  it('queries a remote SPARQL endpoint', async () => {
    const result = await app.api.vocabularies.sparql({ query: QUERY, sources: [{ url: `${remote.base}/sparql`, type: 'sparql' }] });
    expect(labels(result)).toEqual(['Remote alpha', 'Remote beta']);
  });
});
