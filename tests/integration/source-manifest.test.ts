import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedFile } from '../support/shared-data.js';
import type { TestApp } from '../support/test-context.js';
import { appWithProject, failure, snapshot, writeFixture } from './source-support.js';

const ELM = sharedFile('courses/qualitylink/examples/SI0001.ttl');
const OOAPI = sharedFile('courses/ooapi/tue_ooapi_courses.json');

/** A QualityLink institution on 127.0.0.1 serving the shared examples; OOAPI needs a bearer token. */
function institution(): Promise<{ base: string; close: () => Promise<void>; requests: string[] }> {
  const courses = (JSON.parse(fs.readFileSync(OOAPI!, 'utf8')) as { items: unknown[] }).items;
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search} auth=${req.headers.authorization ?? ''} x=${req.headers['x-consumer'] ?? ''}`);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.pathname === '/.well-known/quality-link-manifest.json') {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          meta: { schac: 'example.ac.at' },
          sources: [
            { type: 'elm', path: `${base}/feed/elm.ttl`, version: '3.2', auth: { type: 'none' } },
            {
              type: 'ooapi',
              path: `${base}/ooapi/v5/`,
              version: '5',
              auth: { type: 'httpheader' },
              headers: { 'X-Consumer': 'crosswalk' },
              name: 'TU/e courses',
            },
            { type: 'edu-api', path: `${base}/edu/`, auth: { type: 'oauth2.0' }, name: 'Edu-API' },
          ],
        }),
      );
    } else if (url.pathname === '/feed/elm.ttl') {
      res.setHeader('content-type', 'text/turtle');
      res.end(fs.readFileSync(ELM!));
    } else if (url.pathname === '/ooapi/v5/courses') {
      if (req.headers.authorization !== 'Bearer s3cret') {
        res.statusCode = 401;
        res.end('{}');
        return;
      }
      const page = Number(url.searchParams.get('pageNumber') ?? 1);
      const items = page === 1 ? courses.slice(0, 6) : courses.slice(6);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ pageNumber: page, hasNextPage: page === 1, items }));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe.skipIf(!ELM || !OOAPI)('QualityLink discovery', () => {
  let server: Awaited<ReturnType<typeof institution>>;
  let app: TestApp;
  beforeAll(async () => {
    server = await institution();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    app = await appWithProject();
  });
  afterEach(() => app.cleanup());

  it('lists the declared sources from the well-known manifest of a domain and imports ELM and OOAPI with the token', async () => {
    const preview = await app.api.sources.importPreview({ url: server.base, format: 'manifest', auth: { token: 's3cret' } });
    expect(preview.sources!.map((s) => [s.type, s.skipped === null, s.items > 0])).toEqual([
      ['elm', true, true],
      ['ooapi', true, true],
      ['edu-api', false, false],
    ]);
    expect(
      server.requests.some((r) => r.startsWith('/ooapi/v5/courses?pageNumber=2') && r.includes('auth=Bearer s3cret x=crosswalk')),
    ).toBe(true);
    const result = await app.api.sources.importCommit({ url: server.base, format: 'manifest', auth: { token: 's3cret' } });
    expect(result.schemes).toHaveLength(2);
    const schemes = await app.api.sources.listSchemes({});
    expect(schemes.find((s) => s.title === 'TU/e courses')).toMatchObject({ groups: 10 });
  });

  it('reports a source that refuses access without the token and imports the rest', async () => {
    const preview = await app.api.sources.importPreview({
      url: `${server.base}/.well-known/quality-link-manifest.json`,
      format: 'manifest',
    });
    expect(preview.sources![1]!.skipped).toMatch(/HTTP 401/);
    expect(preview.sources![0]!.skipped).toBeNull();
  });

  it('fails on a malformed manifest file naming the field, writing nothing', async () => {
    const file = writeFixture(app, 'quality-link-manifest.json', JSON.stringify({ sources: [{ type: 'elm', path: 'ftp://nope' }] }));
    const before = snapshot(app);
    const error = await failure(app.api.sources.importCommit({ file: { path: file } }));
    expect(error.message).toMatch(/^quality-link-manifest\.json, field "sources\[0\]\.path": sources\[0\]\.path must be an http\(s\) URL/);
    expect(snapshot(app)).toEqual(before);
  });

  it('imports an ELM file from a URL', async () => {
    const result = await app.api.sources.importCommit({ url: `${server.base}/feed/elm.ttl` });
    // Four outcomes in the file, one without a title (skipped with a warning).
    expect(result.added).toBe(3);
    expect(result.warnings.map((w) => w.message).join()).toMatch(/has no title; skipped/);
    const schemes = await app.api.sources.listSchemes({});
    expect(schemes[0]!.uri).toBe(`${server.base}/feed/elm.ttl`);
  });
});
