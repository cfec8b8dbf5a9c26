import { badInput } from '../../errors.js';

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
export async function fetchBytes(url: string, headers: Record<string, string> = {}, credentials: Record<string, string> = {}): Promise<Fetched> {
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
    if (redirects >= MAX_AUTH_REDIRECTS) throw badInput(`cannot fetch: more than ${MAX_AUTH_REDIRECTS} redirects`, { file: url, field: 'url' });
    current = next;
  }
}

async function request(url: string, headers: Record<string, string>, redirect: RequestRedirect): Promise<Response> {
  try {
    return await fetch(url, { headers: { accept: ACCEPT, ...headers }, redirect });
  } catch (error) {
    throw badInput(`cannot fetch: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`, { file: url, field: 'url' });
  }
}

async function finish(response: Response, url: string): Promise<Fetched> {
  if (!response.ok) {
    await response.body?.cancel();
    const hint = response.status === 401 || response.status === 403 ? ' (the source needs credentials: give a token)' : '';
    throw badInput(`HTTP ${response.status} ${response.statusText}${hint}`, { file: url, field: 'url', status: response.status });
  }
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '', url: response.url || url };
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
