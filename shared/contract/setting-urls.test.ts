import { describe, expect, it } from 'vitest';
import { isSecureDownloadUrl, isWebUrl } from './setting-urls.js';

describe('URL settings', () => {
  it('accepts absolute http and https URLs only', () => {
    for (const ok of ['https://w3id.org/crosswalk/local/', 'http://example.org/base#', 'https://host:8443/a?b=c'])
      expect(isWebUrl(ok)).toBe(true);
    for (const bad of [
      '',
      'w3id.org/x',
      '/relative/path',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'urn:isbn:123',
      'ftp://host/',
      'https://',
      ' https://x.org/',
      'https://x.org/a b',
    ])
      expect(isWebUrl(bad), bad).toBe(false);
  });

  it('accepts https download bases, and plain http only on this machine', () => {
    for (const ok of ['https://ec.europa.eu/esco/download/', 'http://127.0.0.1:8080/', 'http://localhost/esco/', 'http://[::1]:9000/'])
      expect(isSecureDownloadUrl(ok), ok).toBe(true);
    for (const bad of [
      'http://ec.europa.eu/esco/download/',
      'http://127.0.0.1.evil.org/',
      'http://localhost.evil.org/',
      'file:///tmp/esco/',
      'ftp://mirror/',
    ])
      expect(isSecureDownloadUrl(bad), bad).toBe(false);
  });
});
