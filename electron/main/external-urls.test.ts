import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-urls.js';

describe('links that may open outside the app', () => {
  it('opens the ESCO portal, EU Vocabularies and ORCID over https', () => {
    for (const url of [
      'https://esco.ec.europa.eu/en/classification/skill_main',
      'https://ec.europa.eu/esco/portal/download',
      'https://data.europa.eu/esco/skill/abc',
      'https://op.europa.eu/en/web/eu-vocabularies',
      'https://orcid.org/0000-0002-1825-0097',
    ])
      expect(isAllowedExternalUrl(url), url).toBe(true);
  });

  it('drops other hosts, look-alike hosts, other schemes, credentials and ports', () => {
    for (const url of [
      'http://esco.ec.europa.eu/',
      'https://ec.europa.eu/info/',
      'https://ec.europa.eu/escort',
      'https://data.europa.eu/euodp/',
      'https://orcid.org.evil.example/',
      'https://evilorcid.org/',
      'https://evil.example/?https://orcid.org/',
      'https://user:pw@orcid.org/',
      'https://orcid.org:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://op.europa.eu/share',
      'not a url',
      '',
    ])
      expect(isAllowedExternalUrl(url), url).toBe(false);
  });
});
