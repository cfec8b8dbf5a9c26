import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { writeMiniEsco } from './vocab-fixtures.js';

/** Serves files from a folder on 127.0.0.1 with HTTP Range support; can cut the first response short. */
async function serveFolder(dir: string, options: { cutFirst?: boolean } = {}) {
  const ranges: string[] = [];
  let cut = options.cutFirst ?? false;
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname.slice(1)));
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const data = fs.readFileSync(file);
    const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
    if (range) {
      ranges.push(req.headers.range!);
      const start = Number(range[1]);
      res.writeHead(206, { 'content-length': data.length - start, 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` });
      res.end(data.subarray(start));
      return;
    }
    res.writeHead(200, { 'content-length': data.length });
    if (cut) {
      cut = false;
      // Half the body, then a dropped connection: the client must resume with a Range request.
      res.write(data.subarray(0, data.length >> 1), () => res.destroy());
      return;
    }
    res.end(data);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, ranges, close: () => new Promise((r) => server.close(r)) };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('Get ESCO (download from a configurable base URL)', () => {
  let app: TestApp;
  let packages: string;
  beforeEach(() => {
    app = createTestApp();
    packages = fs.mkdtempSync(path.join(app.dir, 'portal-'));
    writeMiniEsco(packages, 'v1.1.9');
  });
  afterEach(() => app.cleanup());

  it('downloads, resumes after a dropped connection, records SHA-256 and imports', async () => {
    const server = await serveFolder(packages, { cutFirst: true });
    try {
      app.ctx.settings.update({ escoDownloadBase: server.base });
      const { jobId } = await app.api.vocabularies.downloadEsco({ version: 'v1.1.9', languages: ['en'] });
      const job = await app.ctx.jobs.wait(jobId);
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
      expect(server.ranges).toHaveLength(1);
      const info = await app.api.vocabularies.get({ id: 'esco-v1.1.9' });
      const expected = fs.readdirSync(packages).map((name) => ({ name, sha256: sha256(path.join(packages, name)) }));
      expect(info.sourceFiles.map(({ name, sha256 }) => ({ name, sha256 })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
        expected.sort((a, b) => a.name.localeCompare(b.name)),
      );
    } finally {
      await server.close();
    }
  });

  it('fails clearly for a version the portal does not have, leaving the library empty', async () => {
    const server = await serveFolder(packages);
    try {
      app.ctx.settings.update({ escoDownloadBase: server.base });
      const { jobId } = await app.api.vocabularies.downloadEsco({ version: 'v1.1.8', languages: ['en'] });
      const job = await app.ctx.jobs.wait(jobId);
      expect(job.state).toBe('failed');
      expect(job.error?.message).toMatch(/no package at .*v1\.1\.8/);
      expect(app.ctx.library.list()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
