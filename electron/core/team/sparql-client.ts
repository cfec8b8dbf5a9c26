import { ErrorCodes } from '../../../shared/errors.js';
import type { TeamAuthKind } from '../../../shared/domain/team.js';
import { CrosswalkError } from '../errors.js';
import { basicAuthorization, digestAuthorization, parseDigestChallenge, type DigestChallenge } from './digest-auth.js';

export interface SparqlEndpoints {
  queryEndpoint: string;
  updateEndpoint: string;
  graphStoreEndpoint?: string | null;
}

export interface SparqlCredentials {
  kind: TeamAuthKind;
  user: string;
  password: string;
}

export interface SparqlClientOptions extends SparqlEndpoints {
  credentials?: SparqlCredentials | null;
  /** Per request; a store that does not answer in time is an error, never a hang. */
  timeoutMs?: number;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
}

/** The JSON results of a SELECT (W3C SPARQL 1.1 Query Results JSON Format). */
export interface SelectResults {
  head: { vars: string[] };
  results: { bindings: Record<string, { type: string; value: string; datatype?: string; 'xml:lang'?: string }>[] };
}

const STALE_SOCKET = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);
const causeCode = (error: unknown): string | undefined => (error as { cause?: { code?: string } })?.cause?.code;

/** Bodies larger than this are sent only with a fresh digest challenge in hand. */
const PREFLIGHT_BYTES = 64 * 1024;

export function remoteError(endpoint: string, message: string, details: Record<string, unknown> = {}): CrosswalkError {
  return new CrosswalkError(ErrorCodes.remoteFailed, `${endpoint}: ${message}`, { endpoint, ...details });
}

/** The first line of a server's error text, short enough for a one-line message. */
function firstLine(text: string): string {
  const line =
    text
      .replace(/<[^>]+>/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * A SPARQL 1.1 Protocol client: query (JSON results, N-Triples), update, and the Graph Store
 * Protocol, with HTTP basic or digest auth (a digest challenge is answered once and its nonce
 * reused with a growing count), a timeout per request and cancellation. Every failure is one line
 * naming the endpoint and the HTTP status.
 */
export class SparqlClient {
  private digest: { challenge: DigestChallenge; count: number } | null = null;
  readonly timeoutMs: number;
  /** The Server header of the last answer ("Virtuoso/07.20…"): some stores need their own pragmas. */
  serverSoftware = '';

  constructor(readonly options: SparqlClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async select(query: string, timeoutMs?: number): Promise<SelectResults> {
    const text = await this.queryText(query, 'application/sparql-results+json', timeoutMs);
    try {
      return JSON.parse(text) as SelectResults;
    } catch {
      throw remoteError(
        this.options.queryEndpoint,
        `answered a SELECT with something that is not SPARQL JSON results (${firstLine(text)})`,
      );
    }
  }

  async ask(query: string): Promise<boolean> {
    const text = await this.queryText(query, 'application/sparql-results+json');
    try {
      const parsed = JSON.parse(text) as { boolean?: boolean } & Partial<SelectResults>;
      if (typeof parsed.boolean === 'boolean') return parsed.boolean;
      // Virtuoso answers an ASK sent by POST as a one-row SELECT of __ASK_RETVAL.
      const cell = parsed.results?.bindings[0] ? Object.values(parsed.results.bindings[0])[0] : undefined;
      if (cell) return cell.value === '1' || cell.value === 'true';
      throw new Error('no boolean');
    } catch {
      throw remoteError(this.options.queryEndpoint, `answered an ASK with something that is not SPARQL JSON results (${firstLine(text)})`);
    }
  }

  /** A CONSTRUCT's triples as N-Triples. */
  construct(query: string, timeoutMs?: number): Promise<string> {
    return this.queryText(query, 'application/n-triples, text/plain;q=0.9', timeoutMs);
  }

  async update(update: string, timeoutMs?: number): Promise<void> {
    await this.send(
      this.options.updateEndpoint,
      'POST',
      new URLSearchParams({ update }).toString(),
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      timeoutMs,
    );
  }

  /** Graph Store Protocol: replaces (PUT) or adds to (POST) a named graph with N-Triples. */
  async graphWrite(graph: string, ntriples: string, mode: 'PUT' | 'POST', timeoutMs?: number): Promise<void> {
    const endpoint = this.options.graphStoreEndpoint;
    if (!endpoint) throw remoteError(this.options.updateEndpoint, 'no Graph Store Protocol endpoint is configured');
    const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}graph=${encodeURIComponent(graph)}`;
    await this.send(url, mode, ntriples, { 'Content-Type': 'application/n-triples; charset=utf-8' }, timeoutMs);
  }

  private async queryText(query: string, accept: string, timeoutMs?: number): Promise<string> {
    const response = await this.send(
      this.options.queryEndpoint,
      'POST',
      new URLSearchParams({ query }).toString(),
      {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: accept,
      },
      timeoutMs,
    );
    return response;
  }

  /** One request: auth, timeout, cancel; answers a digest challenge by sending the request again. */
  private async send(
    url: string,
    method: string,
    body: string,
    headers: Record<string, string>,
    timeoutMs = this.timeoutMs,
  ): Promise<string> {
    const endpoint = url.split('?')[0]!;
    const credentials = this.options.credentials;
    // A server answers an unauthenticated request with 401 at once and closes the connection while a
    // large body is still being sent (EPIPE): get a fresh digest challenge with an empty request first.
    if (credentials?.kind === 'digest' && body.length > PREFLIGHT_BYTES) await this.preflight(url, method, headers, timeoutMs, endpoint);
    let response = await this.fetchOnce(url, method, body, headers, timeoutMs, endpoint);
    if (response.status === 401 && credentials && credentials.kind !== 'none') {
      const challenge = parseDigestChallenge(response.headers.get('www-authenticate'));
      await response.body?.cancel();
      if (challenge && credentials.kind === 'digest') {
        this.digest = { challenge, count: 0 };
        response = await this.fetchOnce(url, method, body, headers, timeoutMs, endpoint);
      } else if (!challenge && credentials.kind === 'digest') {
        throw remoteError(
          endpoint,
          `HTTP 401: the server did not offer digest authentication (${response.headers.get('www-authenticate') ?? 'no challenge'})`,
          { status: 401 },
        );
      }
    }
    this.serverSoftware = response.headers.get('server') ?? this.serverSoftware;
    const text = await this.readBody(response, endpoint);
    if (!response.ok) {
      const reason = response.status === 401 ? 'not authorised (check user and password)' : firstLine(text) || response.statusText;
      throw remoteError(endpoint, `HTTP ${response.status}${reason ? `: ${reason}` : ''}`, { status: response.status });
    }
    return text;
  }

  private async preflight(
    url: string,
    method: string,
    headers: Record<string, string>,
    timeoutMs: number,
    endpoint: string,
  ): Promise<void> {
    this.digest = null;
    const response = await this.fetchOnce(url, method, '', headers, timeoutMs, endpoint);
    await response.body?.cancel();
    const challenge = parseDigestChallenge(response.headers.get('www-authenticate'));
    if (response.status === 401 && challenge) this.digest = { challenge, count: 0 };
  }

  private authorization(method: string, url: string): string | undefined {
    const credentials = this.options.credentials;
    if (!credentials || credentials.kind === 'none') return undefined;
    if (credentials.kind === 'basic') return basicAuthorization(credentials.user, credentials.password);
    if (!this.digest) return undefined;
    const parsed = new URL(url);
    this.digest.count++;
    return digestAuthorization(this.digest.challenge, {
      method,
      uri: `${parsed.pathname}${parsed.search}`,
      user: credentials.user,
      password: credentials.password,
      nonceCount: this.digest.count,
    });
  }

  private async fetchOnce(
    url: string,
    method: string,
    body: string,
    headers: Record<string, string>,
    timeoutMs: number,
    endpoint: string,
  ): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const signals = [AbortSignal.timeout(timeoutMs), ...(this.options.signal ? [this.options.signal] : [])];
      const authorization = this.authorization(method, url);
      try {
        return await fetch(url, {
          method,
          body,
          headers: { ...headers, ...(authorization ? { Authorization: authorization } : {}) },
          signal: AbortSignal.any(signals),
        });
      } catch (error) {
        // A kept-alive connection the server closed meanwhile (idle timeout, restart) fails before
        // the request reaches it: once, a new connection is tried. Every request this client sends
        // may be repeated (queries, INSERT DATA into a staging graph, the revision-guarded swap).
        if (attempt === 1 && STALE_SOCKET.has(causeCode(error) ?? '') && !this.options.signal?.aborted) continue;
        throw this.failure(error, endpoint, timeoutMs);
      }
    }
  }

  private async readBody(response: Response, endpoint: string): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw this.failure(error, endpoint, this.timeoutMs, response.status);
    }
  }

  private failure(error: unknown, endpoint: string, timeoutMs: number, status?: number): CrosswalkError {
    const at = status ? ` (HTTP ${status})` : '';
    if (this.options.signal?.aborted) return new CrosswalkError(ErrorCodes.cancelled, `${endpoint}: cancelled`);
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return remoteError(endpoint, `no answer within ${Math.round(timeoutMs / 1000)} s${at}`);
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
    return remoteError(endpoint, `connection failed${at} (${reason})`);
  }
}
