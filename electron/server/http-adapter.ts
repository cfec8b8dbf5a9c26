import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { z } from 'zod';
import { contract } from '../../shared/contract/index.js';
import { serverPathsIn } from '../../shared/contract/server-paths.js';
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
  /** The session secret the cookie carries (random by default). */
  token?: string;
  /** The one-time code in the printed URL (random by default). */
  code?: string;
  maxJsonBytes?: number;
  /** Largest file accepted by POST /api/upload (default 200 MiB); larger ones get 413 and nothing is stored. */
  maxUploadBytes?: number;
}

export interface RunningServer {
  /** The server's address, without the code: opening it needs the session cookie. */
  url: string;
  /** The address to print for the person: `url#code=…`, whose one-time code the page exchanges for the cookie. */
  openUrl: string;
  /** The session secret, for in-process clients (the X-Crosswalk-Token header); never sent to a page. */
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
 * tests and reviewers. Only the person who started the server can call the API: the URL it prints
 * carries a one-time code (in the fragment, so it is never in a request line or a Referer) that the
 * page exchanges (POST /api/session) for an HttpOnly, SameSite=Strict cookie holding the session
 * secret. The page itself never contains the secret, so fetching `/` gives a local process or a
 * network peer nothing. Requests need that cookie (or, for in-process clients, the secret in the
 * X-Crosswalk-Token header); a foreign Origin or Sec-Fetch-Site is refused (cookies ignore ports,
 * so another port on 127.0.0.1 is "same-site"); the Host check stops DNS-rebinding pages.
 */
export async function startHttpAdapter(options: HttpAdapterOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(32).toString('base64url');
  // The one-time code: null once it has been exchanged.
  let code: string | null = options.code ?? randomBytes(24).toString('base64url');
  const openCode = code;
  let cookieName = 'crosswalk-session';
  const maxJsonBytes = options.maxJsonBytes ?? 64 * 1024 * 1024;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const { ctx, dispatch } = options;
  const streams = new Set<http.ServerResponse>();
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: ErrorCodes.internal, message: String((error as Error)?.message ?? error) } });
      else res.destroy();
    });
  });

  const channels = new Set(contractChannels());

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!wellEncoded(req.url ?? '/'))
      return sendJson(res, 400, {
        ok: false,
        error: { code: ErrorCodes.invalidArguments, message: 'Malformed percent-encoding in the URL' },
      });
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!allowedHosts.has(req.headers.host ?? '')) return sendText(res, 421, 'Misdirected request');
    if (!url.pathname.startsWith('/api/')) return serveStatic(url.pathname, res);

    // Exactly this server's origin (scheme and port included); browsers send Origin on every POST.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return sendText(res, 403, 'Cross-origin requests are refused');
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin') return sendText(res, 403, 'Cross-origin requests are refused');

    const route = url.pathname.slice('/api/'.length);
    if (route === 'session') return session(req, res);
    if (!authorised(req)) return sendUnauthorised(res);

    if (route === 'events' && req.method === 'GET') return openEventStream(res);
    if (route === 'upload' && req.method === 'POST') return receiveUpload(req, res, url.searchParams.get('name') ?? 'upload');
    if (route.startsWith('download/') && req.method === 'GET') return sendDownload(route.slice('download/'.length), res);
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST');
    // Only the contract's own channels: never a name such as __proto__ or constructor.
    if (!channels.has(route))
      return sendJson(res, 400, { ok: false, error: { code: ErrorCodes.unknownMethod, message: `Unknown method ${route.slice(0, 100)}` } });
    if (Number(req.headers['content-length'] ?? 0) > maxJsonBytes) return sendTooLarge(res, maxJsonBytes);
    const body = await readBody(req, maxJsonBytes);
    if (!body) return sendTooLarge(res, maxJsonBytes);
    let args: unknown;
    try {
      args = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: ErrorCodes.invalidArguments, message: 'The request body is not JSON' } });
    }
    // A path on this machine is refused before the core sees the call; the served page never sends one.
    const paths = serverPathsIn(argsSchema(route), args);
    if (paths.length) {
      return sendJson(res, 400, {
        ok: false,
        error: {
          code: ErrorCodes.invalidArguments,
          message: `${route}: ${paths.map((p) => `"${p}"`).join(', ')} would name a file on the server's machine; this server takes uploads, gives downloads and keeps projects in its data folder (by name).`,
          details: { fields: paths },
        },
      });
    }
    // Other refusals travel in the envelope with 200: the page shows them, and a browser would log a 4xx as an error.
    sendJson(res, 200, await dispatch(route, args));
  }

  function authorised(req: http.IncomingMessage): boolean {
    const header = req.headers['x-crosswalk-token'];
    if (typeof header === 'string') return sameSecret(header, token);
    return sameSecret(readCookie(req.headers.cookie, cookieName) ?? '', token);
  }

  /** POST {code}: the one-time code for the cookie (once); GET: whether this client has the cookie. */
  async function session(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method === 'GET') return authorised(req) ? sendJson(res, 200, { ok: true, value: null }) : sendUnauthorised(res);
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST');
    const body = await readBody(req, 4096);
    let presented = '';
    try {
      const parsed = body ? (JSON.parse(body.toString('utf8')) as { code?: unknown }) : {};
      if (typeof parsed?.code === 'string') presented = parsed.code;
    } catch {
      // An unreadable body is a wrong code.
    }
    if (code === null || !sameSecret(presented, code)) {
      return sendJson(res, 401, {
        ok: false,
        error: {
          code: ErrorCodes.unauthorized,
          message: 'This sign-in code is wrong or was already used: restart "npm run serve" for a new one.',
        },
      });
    }
    code = null;
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    });
    res.end(JSON.stringify({ ok: true, value: null }));
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
    // The page holds no secret: anyone who can reach the server may have it.
    res.writeHead(200, path.basename(target) === 'index.html' ? { ...headers, 'Cache-Control': 'no-store' } : headers);
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
    sendJson(res, 200, {
      ok: true,
      value: { uploadId: upload.id, name: path.basename(upload.path), bytes: fs.statSync(upload.path).size },
    });
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

  // A served client names files by upload and download, and projects by name in the data folder, never by a path on this machine.
  ctx.restrictToDataFolder();
  // Uploads live in the data folder's tmp/uploads until the server stops; leftovers of a crashed run go now.
  ctx.files.sweepUploads(STALE_UPLOAD_MS);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  allowedHosts = new Set([`${shownHost}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
  // Cookies ignore ports: one name per port, so two servers on one host do not overwrite each other's.
  cookieName = `crosswalk-session-${port}`;
  const url = `http://${shownHost}:${port}/`;
  return {
    url,
    openUrl: `${url}#code=${openCode}`,
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

/** The argument schema of a contract channel ("projects-open"); the channel is known to exist. */
function argsSchema(channel: string): z.ZodType {
  const dash = channel.indexOf('-');
  const methods = contract[channel.slice(0, dash) as keyof typeof contract] as Record<string, { args: z.ZodType }>;
  return methods[channel.slice(dash + 1)]!.args;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function sendUnauthorised(res: http.ServerResponse): void {
  sendJson(res, 401, {
    ok: false,
    error: { code: ErrorCodes.unauthorized, message: 'Not signed in: open the address "npm run serve" printed (its code works once).' },
  });
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
  sendJson(res, 413, {
    ok: false,
    error: { code: ErrorCodes.invalidArguments, message: `The request body is over the ${limit}-byte limit` },
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
