import { describe, expect, it } from 'vitest';
import { basicAuthorization, digestAuthorization, parseDigestChallenge } from './digest-auth.js';

describe('digest auth', () => {
  it('reads a challenge with quoted and bare values', () => {
    const c = parseDigestChallenge(
      'Digest realm="SPARQL", domain="/sparql-auth", nonce="abc", opaque="xyz", stale="false", qop="auth", algorithm="MD5"',
    );
    expect(c).toMatchObject({ realm: 'SPARQL', nonce: 'abc', opaque: 'xyz', qop: 'auth', algorithm: 'MD5' });
    expect(parseDigestChallenge('Basic realm="x"')).toBeNull();
    expect(parseDigestChallenge(null)).toBeNull();
  });

  it('computes the RFC 2617 example response (qop=auth)', () => {
    // RFC 2617 section 3.5: Mufasa / Circle Of Life.
    const challenge = parseDigestChallenge(
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    )!;
    const header = digestAuthorization(challenge, {
      method: 'GET',
      uri: '/dir/index.html',
      user: 'Mufasa',
      password: 'Circle Of Life',
      nonceCount: 1,
      cnonce: '0a4f113b',
    });
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('qop=auth');
    expect(header).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
  });

  it('falls back to the RFC 2069 form without qop, and refuses other algorithms', () => {
    const challenge = parseDigestChallenge('Digest realm="r", nonce="n"')!;
    const header = digestAuthorization(challenge, { method: 'POST', uri: '/u', user: 'u', password: 'p', nonceCount: 1 });
    expect(header).not.toContain('qop=');
    expect(() =>
      digestAuthorization({ ...challenge, algorithm: 'SHA-256' }, { method: 'GET', uri: '/', user: 'u', password: 'p', nonceCount: 1 }),
    ).toThrow(/SHA-256/);
  });

  it('encodes basic credentials', () => {
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});
