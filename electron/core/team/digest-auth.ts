import { createHash, randomBytes } from 'node:crypto';

/** The parameters of a `WWW-Authenticate: Digest …` challenge (RFC 7616), names lower-cased. */
export type DigestChallenge = Record<string, string>;

/** Reads a Digest challenge from a WWW-Authenticate header, or null when the server asks for something else. */
export function parseDigestChallenge(header: string | null): DigestChallenge | null {
  if (!header) return null;
  const start = header.search(/digest\s/i);
  if (start < 0) return null;
  const params: DigestChallenge = {};
  const pattern = /([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/gi;
  for (const match of header.slice(start + 6).matchAll(pattern)) {
    params[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
  }
  return params.nonce && params.realm !== undefined ? params : null;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * The Authorization header answering a Digest challenge: MD5 (or MD5-sess), qop=auth when the
 * server offers it (with a fresh cnonce and the nonce count), else the RFC 2069 form.
 */
export function digestAuthorization(
  challenge: DigestChallenge,
  request: { method: string; uri: string; user: string; password: string; nonceCount: number; cnonce?: string },
): string {
  const algorithm = (challenge.algorithm ?? 'MD5').toUpperCase();
  if (algorithm !== 'MD5' && algorithm !== 'MD5-SESS')
    throw new Error(`digest algorithm ${challenge.algorithm} is not supported (MD5 only)`);
  const cnonce = request.cnonce ?? randomBytes(8).toString('hex');
  const nc = request.nonceCount.toString(16).padStart(8, '0');
  let ha1 = md5(`${request.user}:${challenge.realm}:${request.password}`);
  if (algorithm === 'MD5-SESS') ha1 = md5(`${ha1}:${challenge.nonce}:${cnonce}`);
  const ha2 = md5(`${request.method}:${request.uri}`);
  const qops = (challenge.qop ?? '').split(',').map((q) => q.trim());
  const qop = qops.includes('auth') ? 'auth' : null;
  const response = qop ? md5(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : md5(`${ha1}:${challenge.nonce}:${ha2}`);
  const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;
  const parts = [
    `username=${quote(request.user)}`,
    `realm=${quote(challenge.realm!)}`,
    `nonce=${quote(challenge.nonce!)}`,
    `uri=${quote(request.uri)}`,
    `algorithm=${challenge.algorithm ?? 'MD5'}`,
    `response=${quote(response)}`,
    ...(challenge.opaque !== undefined ? [`opaque=${quote(challenge.opaque)}`] : []),
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`] : []),
  ];
  return `Digest ${parts.join(', ')}`;
}

export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}
