import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserSettings } from '../../shared/contract/app.js';
import { ErrorCodes } from '../../shared/errors.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

describe('Settings: URL fields are validated through the API', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());

  const refused = async (patch: Partial<UserSettings>, field: string) => {
    const before = await app.api.app.settingsGet({});
    const envelope = await app.dispatch('app-settingsUpdate', patch);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe(ErrorCodes.invalidArguments);
    expect(envelope.error.message).toContain(`${field}: must be an absolute`);
    expect(envelope.error.message).not.toContain('\n');
    // Nothing of the patch is stored.
    expect(await app.api.app.settingsGet({})).toEqual(before);
  };

  it('refuses a URI base that is not an absolute http(s) URL, naming the field', async () => {
    await refused({ uriBase: 'file:///home/ana/' }, 'uriBase');
    await refused({ uriBase: 'javascript:alert(1)' }, 'uriBase');
    await refused({ uriBase: 'w3id.org/crosswalk/' }, 'uriBase');
    await refused({ userName: 'Ana', uriBase: 'urn:x:' }, 'uriBase');
  });

  it('refuses an ESCO download base that is not https (plain http only on localhost), naming the field', async () => {
    await refused({ escoDownloadBase: 'http://ec.europa.eu/esco/download/' }, 'escoDownloadBase');
    await refused({ escoDownloadBase: 'ftp://mirror.example.org/esco/' }, 'escoDownloadBase');
    await refused({ escoDownloadBase: 'not a url' }, 'escoDownloadBase');
  });

  it('stores good values', async () => {
    const updated = await app.api.app.settingsUpdate({
      uriBase: 'http://example.org/tables/',
      escoDownloadBase: 'https://mirror.example.org/esco/',
    });
    expect(updated).toMatchObject({ uriBase: 'http://example.org/tables/', escoDownloadBase: 'https://mirror.example.org/esco/' });
    expect((await app.api.app.settingsUpdate({ escoDownloadBase: 'http://127.0.0.1:8080/' })).escoDownloadBase).toBe(
      'http://127.0.0.1:8080/',
    );
  });
});
