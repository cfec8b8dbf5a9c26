import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startVirtuoso, virtuosoMissing, type VirtuosoServer } from '../../../tests/support/virtuoso.js';
import { SparqlClient } from './sparql-client.js';

const missing = virtuosoMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('SparqlClient against Virtuoso', () => {
  let virtuoso: VirtuosoServer;
  beforeAll(async () => {
    virtuoso = await startVirtuoso();
  });
  afterAll(async () => {
    await virtuoso?.dispose();
  });
  const client = (password = 'dba', kind: 'digest' | 'basic' = 'digest') =>
    new SparqlClient({ ...virtuoso, credentials: { kind, user: 'dba', password } });

  it('updates through digest auth, then selects, constructs and asks', async () => {
    const c = client();
    await c.update('INSERT DATA { GRAPH <urn:test:a> { <urn:s> <urn:p> "é ü", "two" } }');
    await c.update('INSERT DATA { GRAPH <urn:test:a> { <urn:s> <urn:p> "three" } }'); // the nonce is reused with nc=2
    const rows = await c.select('SELECT ?o WHERE { GRAPH <urn:test:a> { <urn:s> <urn:p> ?o } } ORDER BY ?o');
    expect(rows.results.bindings.map((b) => b.o!.value)).toEqual(['three', 'two', 'é ü']);
    expect(await c.ask('ASK { GRAPH <urn:test:a> { <urn:s> <urn:p> "two" } }')).toBe(true);
    const nt = await c.construct('CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <urn:test:a> { ?s ?p ?o } }');
    expect(nt.split('\n').filter((l) => l.trim()).length).toBe(3);
  });

  it('writes a graph through the Graph Store Protocol', async () => {
    const c = client();
    await c.graphWrite('urn:test:gsp', '<urn:a> <urn:b> "c" .\n<urn:a> <urn:b> "d" .\n', 'PUT');
    await c.graphWrite('urn:test:gsp', '<urn:a> <urn:b> "e" .\n', 'POST');
    const rows = await c.select('SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:test:gsp> { ?s ?p ?o } }');
    expect(Number(rows.results.bindings[0]!.n!.value)).toBe(3);
  });

  it('a wrong password is one line naming the endpoint and HTTP 401', async () => {
    await expect(client('wrong').update('INSERT DATA { GRAPH <urn:test:b> { <urn:s> <urn:p> "x" } }')).rejects.toThrow(
      new RegExp(`^${virtuoso.updateEndpoint}: HTTP 401`),
    );
  });

  it('a bad query names the endpoint and HTTP 400', async () => {
    await expect(client().select('SELECT WHERE {')).rejects.toThrow(new RegExp(`^${virtuoso.queryEndpoint}: HTTP 400`));
  });
});

describe('SparqlClient failures without a store', () => {
  it('times out and can be cancelled, never hangs', async () => {
    const server = http.createServer(() => {
      // Never answers.
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/sparql`;
    try {
      const slow = new SparqlClient({ queryEndpoint: url, updateEndpoint: url, timeoutMs: 300 });
      await expect(slow.ask('ASK {}')).rejects.toThrow(`${url}: no answer within 0 s`);
      const controller = new AbortController();
      const cancellable = new SparqlClient({ queryEndpoint: url, updateEndpoint: url, signal: controller.signal });
      const pending = cancellable.ask('ASK {}');
      setTimeout(() => controller.abort(), 100);
      await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  /** A store that answers each request with `respond`; closed after `use`. */
  async function withStore(respond: http.RequestListener, use: (url: string) => Promise<void>): Promise<void> {
    const server = http.createServer(respond);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await use(`http://127.0.0.1:${(server.address() as { port: number }).port}/sparql`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  it('a store that sends its headers and then stalls mid-body times out too, naming the status it had sent', async () => {
    await withStore(
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/n-triples' });
        res.write('<http://x/a> <http://x/b> "started" .\n');
      },
      async (url) => {
        const c = new SparqlClient({ queryEndpoint: url, updateEndpoint: url, timeoutMs: 1000 });
        await expect(c.construct('CONSTRUCT WHERE { ?s ?p ?o }')).rejects.toThrow(`${url}: no answer within 1 s (HTTP 200)`);
      },
    );
  });

  it('a server error is one line naming the endpoint, the HTTP status and the first line the store said', async () => {
    await withStore(
      (_req, res) => {
        res.writeHead(503, { 'Content-Type': 'text/plain' });
        res.end('Virtuoso 08C01 Error CL: the server is shutting down\nstack trace follows\n');
      },
      async (url) => {
        const c = new SparqlClient({ queryEndpoint: url, updateEndpoint: url });
        await expect(c.update('INSERT DATA { <http://x/a> <http://x/b> 1 }')).rejects.toThrow(
          new RegExp(`^${url}: HTTP 503: Virtuoso 08C01 Error CL: the server is shutting down$`),
        );
      },
    );
  });

  it('a refused connection names the endpoint', async () => {
    const url = `http://127.0.0.1:${await freePort()}/sparql`;
    const c = new SparqlClient({ queryEndpoint: url, updateEndpoint: url });
    await expect(c.ask('ASK {}')).rejects.toThrow(`${url}: connection failed (ECONNREFUSED)`);
  });
});
