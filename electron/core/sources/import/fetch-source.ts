import { badInput } from '../../errors.js';

export interface Fetched {
  bytes: Uint8Array;
  contentType: string;
  url: string;
}

/** GETs a URL (plain HTTP(S)); failures name the URL and the status. */
export async function fetchBytes(url: string, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'text/turtle, application/ld+json, application/json, application/rdf+xml;q=0.9, */*;q=0.5', ...headers }, signal, redirect: 'follow' });
  } catch (error) {
    throw badInput(`cannot fetch: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`, { file: url, field: 'url' });
  }
  if (!response.ok) {
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
