import { badInput } from '../../errors.js';
import { DEFAULT_INPUT_LIMITS_MIB } from '../../files/input-file.js';

export interface Fetched {
  bytes: Uint8Array;
  contentType: string;
  url: string;
}

const ACCEPT = 'text/turtle, application/ld+json, application/json, application/rdf+xml;q=0.9, */*;q=0.5';
/** Redirects followed by hand for requests that carry credentials. */
export const MAX_AUTH_REDIRECTS = 5;

/**
 * GETs a URL (plain HTTP(S)); failures name the URL and the status. `credentials` (e.g. the
 * user's token header) go only to the origin of `url`: such requests follow redirects by hand,
 * at most MAX_AUTH_REDIRECTS on that origin; a redirect elsewhere is followed without them.
 */
/**
 * A fetched source is held in memory whole, like a file: it gets the default cap of source files
 * (the worker that fetches has no settings), enforced while the body streams in.
 */
export const MAX_FETCH_BYTES = DEFAULT_INPUT_LIMITS_MIB.maxSourceFileMiB * 1024 * 1024;

export async function fetchBytes(
  url: string,
  headers: Record<string, string> = {},
  credentials: Record<string, string> = {},
  maxBytes = MAX_FETCH_BYTES,
): Promise<Fetched> {
  const finish = (response: Response, at: string) => finishCapped(response, at, maxBytes);
  if (!Object.keys(credentials).length) return finish(await request(url, headers, 'follow'), url);
  const origin = new URL(url).origin;
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await request(current, { ...headers, ...credentials }, 'manual');
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (!location) return finish(response, current);
    await response.body?.cancel();
    const next = new URL(location, current).toString();
    if (new URL(next).origin !== origin) return finish(await request(next, headers, 'follow'), next);
    if (redirects >= MAX_AUTH_REDIRECTS)
      throw badInput(`cannot fetch: more than ${MAX_AUTH_REDIRECTS} redirects`, { file: url, field: 'url' });
    current = next;
  }
}

async function request(url: string, headers: Record<string, string>, redirect: RequestRedirect): Promise<Response> {
  try {
    return await fetch(url, { headers: { accept: ACCEPT, ...headers }, redirect });
  } catch (error) {
    throw badInput(`cannot fetch: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`, {
      file: url,
      field: 'url',
    });
  }
}

async function finishCapped(response: Response, url: string, maxBytes: number): Promise<Fetched> {
  if (!response.ok) {
    await response.body?.cancel();
    const hint = response.status === 401 || response.status === 403 ? ' (the source needs credentials: give a token)' : '';
    throw badInput(`HTTP ${response.status} ${response.statusText}${hint}`, { file: url, field: 'url', status: response.status });
  }
  return {
    bytes: await readBody(response, url, maxBytes),
    contentType: response.headers.get('content-type') ?? '',
    url: response.url || url,
  };
}

/** The body, refused (and the download stopped) once it is over `maxBytes`, declared or counted. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooBig = () =>
    badInput(`the response is over the ${Math.round(maxBytes / 1024 / 1024)} MiB cap for sources; download it and import the file`, {
      file: url,
      field: 'size',
    });
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    // Throwing out of the loop cancels the stream: the rest is never downloaded.
    if (total > maxBytes) throw tooBig();
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export function withQuery(url: string, params: Record<string, unknown> | undefined): string {
  if (!params || !Object.keys(params).length) return url;
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, String(v));
  return u.toString();
}

/** A name for a fetched document: the last path segment, else the host. */
export function nameOfUrl(url: string): string {
  try {
    const u = new URL(url);
    const segment = u.pathname.split('/').filter(Boolean).pop();
    return segment ? decodeURIComponent(segment) : u.host;
  } catch {
    return url;
  }
}
