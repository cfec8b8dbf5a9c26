import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretServiceMissing, startSecretService, type SecretService } from '../../../tests/support/secret-service.js';
import { credentialAccount } from './credentials.js';
import { SecretToolCredentialStore } from './secret-tool-store.js';

const missing = secretServiceMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('passwords in the Secret Service through a real secret-tool and GNOME Keyring', () => {
  let service: SecretService;
  beforeAll(async () => {
    service = await startSecretService();
  });
  afterAll(() => service?.stop());

  it('stores, looks up and clears under service=crosswalk, remote=<account>; other accounts stay', () => {
    const store = new SecretToolCredentialStore({ env: service.env });
    expect(store.reachable()).toBe(true);
    const account = credentialAccount('dba', 'http://127.0.0.1:8890/sparql-auth');
    expect(store.get(account)).toBeNull();
    // Quotes, spaces, a trailing newline and non-ASCII survive: the password is stdin and stdout, never an argument.
    const secret = `it's "s3cret" ü $HOME\n`;
    store.set(account, secret);
    store.set('other@http://x', 'two');
    expect(store.get(account)).toBe(secret);
    store.set(account, 'changed');
    expect(store.get(account)).toBe('changed');
    store.delete(account);
    expect(store.get(account)).toBeNull();
    expect(store.get('other@http://x')).toBe('two');
    // Any other client of the keyring finds it by the documented attributes.
    const lookup = spawnSync('secret-tool', ['lookup', 'service', 'crosswalk', 'remote', 'other@http://x'], {
      env: service.env,
      encoding: 'utf8',
    });
    expect(lookup.stdout).toBe('two');
  });

  it('is not reachable without a session bus, and a keyring that fails is one line naming the tool', () => {
    const noBus = { ...service.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' };
    const store = new SecretToolCredentialStore({ env: noBus });
    expect(store.reachable()).toBe(false);
    expect(() => store.get('a@http://x')).toThrow(/^The keychain \(secret-tool lookup\) refused: exit 1, .+$/);
  });
});
