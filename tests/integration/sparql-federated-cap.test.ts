import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { federatedQuery } from '../../electron/core/vocabularies/federated-query.js';

// A remote RDF file of 3,000 triples: a CONSTRUCT over its cross join is 9 million solutions, which
// the federated path used to read whole before cutting to the limit.

const TRIPLES = Array.from({ length: 3000 }, (_, i) => `<http://example.org/c${i}> <http://example.org/label> "Concept ${i}" .`).join('\n');
const CROSS_JOIN =
  'CONSTRUCT { ?a <http://example.org/near> ?b } WHERE { ?a <http://example.org/label> ?x . ?b <http://example.org/label> ?y }';

describe('federated CONSTRUCT (Comunica) stops while the result streams in', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/n-triples' }).end(TRIPLES));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big.nt`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the first `limit` triples of a cross join, flagged truncated', async () => {
    const started = performance.now();
    const result = await federatedQuery(CROSS_JOIN, [{ url, type: 'file' }], { limit: 500 });
    expect(result).toMatchObject({ kind: 'graph', triples: 500, truncated: true });
    expect(result.kind === 'graph' && result.ntriples.trim().split('\n')).toHaveLength(500);
    console.log(`federated cross join: 500 of 9,000,000 triples in ${Math.round(performance.now() - started)} ms`);
  });

  it('answers a small CONSTRUCT whole, not flagged', async () => {
    const result = await federatedQuery(
      'CONSTRUCT { ?a <http://example.org/named> ?x } WHERE { ?a <http://example.org/label> ?x FILTER(?a = <http://example.org/c7>) }',
      [{ url, type: 'file' }],
      { limit: 500 },
    );
    expect(result).toEqual({ kind: 'graph', ntriples: '<http://example.org/c7> <http://example.org/named> "Concept 7" .\n', triples: 1 });
  });
});
