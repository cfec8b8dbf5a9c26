import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/support/test-context.js';
import { FileRegistry } from '../core/files/file-registry.js';
import { startHttpAdapter, type RunningServer } from './http-adapter.js';

/** Raw request, so that Host and Origin can be set the way a hostile page would. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('HTTP adapter', () => {
  let app: TestApp;
  let server: RunningServer;
  let rendererDir: string;

  beforeEach(async () => {
    app = createTestApp();
    rendererDir = path.join(app.dir, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    server = await startHttpAdapter({
      ctx: app.ctx,
      dispatch: app.dispatch,
      rendererDir,
      port: 0,
      token: 'secret-token',
      code: 'one-time-code',
    });
  });
  afterEach(async () => {
    await server.close();
    app.cleanup();
  });

  const api = (channel: string, body: unknown, headers: Record<string, string> = { 'X-Crosswalk-Token': 'secret-token' }) =>
    request(`${server.url}api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  /** The page's exchange of the printed URL's code: the session cookie as a Cookie header, or undefined. */
  const signIn = async (code = 'one-time-code', origin = server.url.replace(/\/$/, '')) => {
    const res = await request(`${server.url}api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ code }),
    });
    const cookie = res.headers['set-cookie']?.[0];
    return { status: res.status, setCookie: cookie, cookie: cookie?.split(';')[0] };
  };

  it('binds 127.0.0.1 and serves the page, which holds no secret, with a strict CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}#code=one-time-code`);
    const page = await request(server.url);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('secret-token');
    expect(page.body).not.toContain('one-time-code');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const asset = await request(`${server.url}assets/app.js`);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('calls the contract with the token', async () => {
    const created = await api('projects-create', { title: 'Over HTTP' });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { metadata: { title: 'Over HTTP' } } });
    const current = await api('projects-current', {});
    expect(JSON.parse(current.body).value.metadata.title).toBe('Over HTTP');
  });

  it('refuses calls without the right token', async () => {
    expect((await api('projects-current', {}, {})).status).toBe(401);
    expect((await api('projects-current', {}, { 'X-Crosswalk-Token': 'secret-tokex' })).status).toBe(401);
  });

  it('gives a client without the cookie 401, even after GET / and with the token in the query string', async () => {
    const page = await request(server.url);
    expect(page.status).toBe(200);
    for (const path of ['api/projects-current', 'api/projects-current?token=secret-token', 'api/projects-current?code=one-time-code']) {
      const res = await request(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(res.status, path).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    for (const path of ['api/events?token=secret-token', 'api/session'])
      expect((await request(`${server.url}${path}`)).status, path).toBe(401);
    expect((await request(`${server.url}api/upload?name=a.csv&token=secret-token`, { method: 'POST', body: 'id,text\n' })).status).toBe(
      401,
    );
    // A wrong or made-up cookie is no better.
    expect((await api('projects-current', {}, { Cookie: `crosswalk-session-${new URL(server.url).port}=secret-tokex` })).status).toBe(401);
  });

  it('exchanges the one-time code once for an HttpOnly, SameSite=Strict session cookie', async () => {
    const wrong = await signIn('one-time-codf');
    expect(wrong.status).toBe(401);
    expect(wrong.setCookie).toBeUndefined();
    const first = await signIn();
    expect(first.status).toBe(200);
    const port = new URL(server.url).port;
    expect(first.setCookie).toBe(`crosswalk-session-${port}=secret-token; HttpOnly; SameSite=Strict; Path=/`);
    const current = await api('projects-current', {}, { Cookie: first.cookie! });
    expect(current.status).toBe(200);
    expect(JSON.parse(current.body)).toEqual({ ok: true, value: null });
    expect((await request(`${server.url}api/session`, { headers: { Cookie: first.cookie! } })).status).toBe(200);
    // The code works once: a second use (even the right one) gets no cookie.
    const second = await signIn();
    expect(second.status).toBe(401);
    expect(second.setCookie).toBeUndefined();
  });

  it('refuses other origins (scheme and port included), cross-site fetches and DNS-rebound host names', async () => {
    const crossOrigin = await api('projects-current', {}, { 'X-Crosswalk-Token': 'secret-token', Origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const host = new URL(server.url).host;
    for (const origin of [`https://${host}`, host, `http://${host}.evil.example`, 'http://127.0.0.1:1', 'null']) {
      expect((await api('projects-current', {}, { 'X-Crosswalk-Token': 'secret-token', Origin: origin })).status, origin).toBe(403);
      expect((await signIn('one-time-code', origin)).setCookie, origin).toBeUndefined();
    }
    // Cookies ignore ports, so a page on another port of 127.0.0.1 is "same-site": refused too.
    expect((await api('projects-current', {}, { 'X-Crosswalk-Token': 'secret-token', 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect(
      (
        await api(
          'projects-current',
          {},
          { 'X-Crosswalk-Token': 'secret-token', 'Sec-Fetch-Site': 'same-origin', Origin: `http://${host}` },
        )
      ).status,
    ).toBe(200);
    const port = new URL(server.url).port;
    const rebound = await request(`${server.url}api/projects-current`, {
      method: 'POST',
      headers: { Host: `evil.example:${port}`, 'X-Crosswalk-Token': 'secret-token' },
    });
    expect(rebound.status).toBe(421);
  });

  it('never takes a path on the server from the client: file arguments are uploads, outputs downloads', async () => {
    expect(JSON.parse((await api('projects-create', { title: 'Paths' })).body)).toMatchObject({ ok: true });
    const victim = path.join(app.dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const refused = {
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining("would name a file on the server's machine") as string },
    };
    const preview = await api('sources-importPreview', { file: { path: '/etc/passwd' }, format: 'csv' });
    expect(JSON.parse(preview.body)).toMatchObject(refused);
    expect(preview.body).not.toContain('root:');
    expect(JSON.parse((await api('export-export', { format: 'sssom', output: { path: victim } })).body)).toMatchObject(refused);
    expect(JSON.parse((await api('vocabularies-import', { files: [{ path: '/etc/passwd' }] })).body)).toMatchObject(refused);
    expect(JSON.parse((await api('review-reportCsv', { output: { path: victim } })).body)).toMatchObject(refused);
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    // The same file as an upload is read.
    const upload = await request(`${server.url}api/upload?name=outcomes.csv`, {
      method: 'POST',
      headers: { 'X-Crosswalk-Token': 'secret-token' },
      body: 'id,text\nLO1,Analyse data\n',
    });
    const { uploadId } = (JSON.parse(upload.body) as { value: { uploadId: string } }).value;
    expect(JSON.parse((await api('sources-importPreview', { file: { uploadId }, format: 'csv' })).body)).toMatchObject({ ok: true });
  });

  it('answers bad JSON and unknown methods with error envelopes', async () => {
    const bad = await request(`${server.url}api/projects-create`, {
      method: 'POST',
      headers: { 'X-Crosswalk-Token': 'secret-token' },
      body: '{nope',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(JSON.parse((await api('projects-fly', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    fs.writeFileSync(path.join(app.dir, 'secret.txt'), 'top secret');
    const res = await request(`${server.url}..%2Fsecret.txt`);
    expect(res.body).not.toContain('top secret');
  });

  it('stores uploads and hands out downloads to the signed-in page', async () => {
    const { cookie } = await signIn();
    const upload = await request(`${server.url}api/upload?name=${encodeURIComponent('outcomes.csv')}`, {
      method: 'POST',
      headers: { Cookie: cookie! },
      body: 'id,text\n1,Hello',
    });
    const { value } = JSON.parse(upload.body) as { value: { uploadId: string; bytes: number } };
    expect(value.bytes).toBe(15);
    expect(fs.readFileSync(app.ctx.files.resolve({ uploadId: value.uploadId }).path, 'utf8')).toBe('id,text\n1,Hello');

    const out = app.ctx.files.output({ download: true, name: 'table.tsv' });
    fs.writeFileSync(out.path, 'a\tb\n');
    const written = out.finish();
    expect((await request(`${server.url}api/download/${written.downloadId}?token=secret-token`)).status).toBe(401);
    const download = await request(`${server.url}api/download/${written.downloadId}`, { headers: { Cookie: cookie! } });
    expect(download.body).toBe('a\tb\n');
    expect(download.headers['content-disposition']).toBe('attachment; filename="table.tsv"');
  });

  it('answers a body over the cap with 413 and the connection closed, not 500', async () => {
    const small = await startHttpAdapter({
      ctx: app.ctx,
      dispatch: app.dispatch,
      rendererDir,
      port: 0,
      token: 'secret-token',
      maxJsonBytes: 1024,
    });
    try {
      const big = JSON.stringify({ title: 'x'.repeat(4096) });
      const declared = await request(`${small.url}api/projects-create`, {
        method: 'POST',
        headers: { 'X-Crosswalk-Token': 'secret-token' },
        body: big,
      });
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body)).toEqual({
        ok: false,
        error: { code: 'invalid-arguments', message: 'The request body is over the 1024-byte limit' },
      });
      // Without a Content-Length (chunked), the limit is found while reading.
      const chunked = await request(`${small.url}api/projects-create`, {
        method: 'POST',
        headers: { 'X-Crosswalk-Token': 'secret-token', 'Transfer-Encoding': 'chunked' },
        body: big,
      });
      expect(chunked.status).toBe(413);
      expect(app.ctx.projects.current()).toBeNull();
    } finally {
      await small.close();
    }
  });

  it('answers an upload over the cap with 413 and the connection closed, and stores nothing', async () => {
    const small = await startHttpAdapter({
      ctx: app.ctx,
      dispatch: app.dispatch,
      rendererDir,
      port: 0,
      token: 'secret-token',
      maxUploadBytes: 1024,
    });
    const uploads = path.join(app.ctx.paths.tempDir, 'uploads');
    const stored = () => (fs.existsSync(uploads) ? fs.readdirSync(uploads) : []);
    try {
      const url = `${small.url}api/upload?name=big.csv`;
      const auth = { 'X-Crosswalk-Token': 'secret-token' };
      const declared = await request(url, { method: 'POST', headers: auth, body: Buffer.alloc(4096, 'a') });
      expect(declared.status).toBe(413);
      expect(declared.headers.connection).toBe('close');
      expect(JSON.parse(declared.body)).toEqual({
        ok: false,
        error: { code: 'invalid-arguments', message: 'The request body is over the 1024-byte limit' },
      });
      // Without a Content-Length (chunked), the cap is found while storing: the partial file is deleted.
      const chunked = await request(url, {
        method: 'POST',
        headers: { ...auth, 'Transfer-Encoding': 'chunked' },
        body: Buffer.alloc(512 * 1024, 'a'),
      });
      expect(chunked.status).toBe(413);
      expect(chunked.headers.connection).toBe('close');
      expect(stored()).toEqual([]);
      // At the cap exactly is fine, and the file is kept under the data folder.
      const ok = await request(url, {
        method: 'POST',
        headers: { ...auth, 'Transfer-Encoding': 'chunked' },
        body: Buffer.alloc(1024, 'a'),
      });
      const { value } = JSON.parse(ok.body) as { value: { uploadId: string; bytes: number } };
      expect(value.bytes).toBe(1024);
      expect(app.ctx.files.resolve({ uploadId: value.uploadId }).path.startsWith(app.dir + path.sep)).toBe(true);
    } finally {
      await small.close();
    }
    // Stopping the server deletes its uploads.
    expect(stored()).toEqual([]);
  });

  it('deletes uploads left over by an earlier run when it starts', async () => {
    const leftover = app.ctx.files.newUpload('old.csv');
    fs.writeFileSync(leftover.path, 'id,text\n');
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    fs.utimesSync(path.dirname(leftover.path), dayAgo, dayAgo);
    const other = new FileRegistry(app.ctx.paths.tempDir);
    const fresh = other.newUpload('fresh.csv');
    fs.writeFileSync(fresh.path, 'id,text\n');
    const again = await startHttpAdapter({
      ctx: { ...app.ctx, files: new FileRegistry(app.ctx.paths.tempDir) },
      dispatch: app.dispatch,
      rendererDir,
      port: 0,
      token: 'secret-token',
    });
    await again.close();
    expect(fs.existsSync(leftover.path)).toBe(false);
    // A fresh upload may belong to another process on the same data folder: it stays.
    expect(fs.existsSync(fresh.path)).toBe(true);
  });

  it('answers malformed percent-encoding and channels outside the contract with 400', async () => {
    for (const url of [`${server.url}%E0%A4%A`, `${server.url}api/projects-current%ZZ`, `${server.url}api/upload?name=%C3%28x%`]) {
      const res = await request(url, { method: 'POST', headers: { 'X-Crosswalk-Token': 'secret-token' } });
      expect(res.status, url).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    for (const channel of ['__proto__-toString', 'constructor-name', 'projects-constructor', '__proto__', 'projects-fly']) {
      const res = await api(channel, {});
      expect(res.status, channel).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('downloads files named in any script (RFC 5987 filename*)', async () => {
    for (const [name, encoded] of [
      ['Łódź.tsv', '%C5%81%C3%B3d%C5%BA.tsv'],
      ['数据.csv', '%E6%95%B0%E6%8D%AE.csv'],
    ]) {
      const out = app.ctx.files.output({ download: true, name: name! });
      fs.writeFileSync(out.path, 'a\tb\n');
      const written = out.finish();
      const download = await request(`${server.url}api/download/${written.downloadId}`, {
        headers: { 'X-Crosswalk-Token': 'secret-token' },
      });
      expect(download.status).toBe(200);
      expect(download.body).toBe('a\tb\n');
      expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encoded}`);
    }
  });

  it('streams core events to the page', async () => {
    const { cookie } = await signIn();
    const received = new Promise<string>((resolve) => {
      http.get(`${server.url}api/events`, { headers: { Cookie: cookie! } }, (res) => {
        res.on('data', (chunk: Buffer) => {
          const text = chunk.toString();
          if (text.includes('"type":"project"')) {
            resolve(text);
            res.destroy();
          }
        });
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    await api('projects-create', { title: 'Streamed' });
    expect(await received).toContain('"title":"Streamed"');
  });

  it('streams what a write over HTTP changed, as the contract declares it', async () => {
    const { cookie } = await signIn();
    await api('projects-create', { title: 'Announced' });
    const received = new Promise<string>((resolve) => {
      http.get(`${server.url}api/events`, { headers: { Cookie: cookie! } }, (res) => {
        res.on('data', (chunk: Buffer) => {
          const text = chunk.toString();
          if (text.includes('"type":"data-changed"')) {
            resolve(text);
            res.destroy();
          }
        });
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    await api('sources-createScheme', { title: 'Course' });
    expect(await received).toContain('data: {"type":"data-changed","domains":["sources"]}');
  });
});
