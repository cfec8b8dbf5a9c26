import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ErrorCodes } from '../../shared/errors.js';
import { contractChannels, type Dispatch } from '../core/api/dispatch.js';
import type { AppContext } from '../core/context.js';
import { storeCapped } from './capped-upload.js';
import { contentDisposition } from './content-disposition.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

export interface HttpAdapterOptions {
  ctx: AppContext;
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  host?: string;
  port?: number;
  token?: string;
  maxJsonBytes?: number;
  /** Largest file accepted by POST /api/upload (default 200 MiB); larger ones get 413 and nothing is stored. */
  maxUploadBytes?: number;
}

export interface RunningServer {
  url: string;
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** An upload folder this old, not from this server, is a leftover of a crashed or killed run. */
const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves the contract over HTTP (POST /api/<domain>-<method>) and the built renderer, for browser
 * tests and reviewers. A random token, sent by the page in a header, keeps other local pages from
 * calling the API; the Host check stops DNS-rebinding pages.
 */
export async function startHttpAdapter(options: HttpAdapterOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxJsonBytes = options.maxJsonBytes ?? 64 * 1024 * 1024;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const { ctx, dispatch } = options;
  const streams = new Set<http.ServerResponse>();
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: ErrorCodes.internal, message: String((error as Error)?.message ?? error) } });
      else res.destroy();
    });
  });

  const channels = new Set(contractChannels());

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!wellEncoded(req.url ?? '/')) return sendJson(res, 400, { ok: false, error: { code: ErrorCodes.invalidArguments, message: 'Malformed percent-encoding in the URL' } });
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!allowedHosts.has(req.headers.host ?? '')) return sendText(res, 421, 'Misdirected request');
    if (!url.pathname.startsWith('/api/')) return serveStatic(url.pathname, res);

    const origin = req.headers.origin;
    if (origin && !allowedHosts.has(origin.replace(/^https?:\/\//, ''))) return sendText(res, 403, 'Cross-origin requests are refused');
    const presented = String(req.headers['x-crosswalk-token'] ?? url.searchParams.get('token') ?? '');
    if (!sameSecret(presented, token)) return sendJson(res, 401, { ok: false, error: { code: ErrorCodes.unauthorized, message: 'Missing or wrong session token' } });

    const route = url.pathname.slice('/api/'.length);
    if (route === 'events' && req.method === 'GET') return openEventStream(res);
    if (route === 'upload' && req.method === 'POST') return receiveUpload(req, res, url.searchParams.get('name') ?? 'upload');
    if (route.startsWith('download/') && req.method === 'GET') return sendDownload(route.slice('download/'.length), res);
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST');
    // Only the contract's own channels: never a name such as __proto__ or constructor.
    if (!channels.has(route)) return sendJson(res, 400, { ok: false, error: { code: ErrorCodes.unknownMethod, message: `Unknown method ${route.slice(0, 100)}` } });
    if (Number(req.headers['content-length'] ?? 0) > maxJsonBytes) return sendTooLarge(res, maxJsonBytes);
    const body = await readBody(req, maxJsonBytes);
    if (!body) return sendTooLarge(res, maxJsonBytes);
    let args: unknown;
    try {
      args = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: ErrorCodes.invalidArguments, message: 'The request body is not JSON' } });
    }
    sendJson(res, 200, await dispatch(route, args));
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(options.rendererDir, relative);
    const inside = file.startsWith(path.resolve(options.rendererDir) + path.sep);
    const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(options.rendererDir, 'index.html');
    if (!fs.existsSync(target)) return sendText(res, 500, `The renderer is not built (${options.rendererDir}): run "npm run build".`);
    const headers: Record<string, string> = {
      'Content-Type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    };
    if (path.basename(target) === 'index.html') {
      // The token goes into the page itself: only a same-origin reader can see it.
      const html = fs.readFileSync(target, 'utf8').replace('<head>', `<head>\n    <meta name="crosswalk-token" content="${token}" />`);
      res.writeHead(200, { ...headers, 'Cache-Control': 'no-store' });
      res.end(html);
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(target).pipe(res);
  }

  function openEventStream(res: http.ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  async function receiveUpload(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (Number(req.headers['content-length'] ?? 0) > maxUploadBytes) return sendTooLarge(res, maxUploadBytes);
    const upload = ctx.files.newUpload(name);
    let stored: number | false;
    try {
      stored = await storeCapped(req, res, upload.path, maxUploadBytes);
    } catch (error) {
      ctx.files.discardUpload(upload.id);
      throw error;
    }
    if (stored === false) {
      ctx.files.discardUpload(upload.id);
      return sendTooLarge(res, maxUploadBytes);
    }
    sendJson(res, 200, { ok: true, value: { uploadId: upload.id, name: path.basename(upload.path), bytes: fs.statSync(upload.path).size } });
  }

  function sendDownload(id: string, res: http.ServerResponse): void {
    const entry = ctx.files.download(id);
    if (!entry) return sendText(res, 404, 'No such download');
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': contentDisposition(entry.name),
      'Content-Length': String(fs.statSync(entry.path).size),
    });
    fs.createReadStream(entry.path).pipe(res);
  }

  const unsubscribe = ctx.events.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });
  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, 15_000);
  keepAlive.unref();

  // Uploads live in the data folder's tmp/uploads until the server stops; leftovers of a crashed run go now.
  ctx.files.sweepUploads(STALE_UPLOAD_MS);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        clearInterval(keepAlive);
        ctx.files.discardUploads();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The body, or undefined once it grows past the limit (the rest is not read). */
async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function wellEncoded(url: string): boolean {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

/** 413, and the connection is closed: the rest of an oversized body is never read. */
function sendTooLarge(res: http.ServerResponse, limit: number): void {
  res.shouldKeepAlive = false;
  sendJson(res, 413, { ok: false, error: { code: ErrorCodes.invalidArguments, message: `The request body is over the ${limit}-byte limit` } });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
