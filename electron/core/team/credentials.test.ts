import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { createCredentialStore, credentialAccount, FileCredentialStore, type CredentialStore } from './credentials.js';

describe('credential store', () => {
  const temp = makeTempDir();
  afterEach(() => fs.rmSync(path.join(temp.dir, 'credentials.json'), { force: true }));

  it('keeps passwords in a 0600 file in the user data folder', () => {
    const store = new FileCredentialStore(temp.dir);
    const account = credentialAccount('dba', 'http://127.0.0.1:8890/sparql-auth');
    expect(store.get(account)).toBeNull();
    store.set(account, 's3cret');
    store.set('other@http://x', 'two');
    expect(new FileCredentialStore(temp.dir).get(account)).toBe('s3cret');
    expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
    store.delete(account);
    expect(store.get(account)).toBeNull();
    expect(store.get('other@http://x')).toBe('two');
    expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
  });

  it('prefers a keychain when the platform has one', () => {
    const memory = new Map<string, string>();
    const keychain: CredentialStore = {
      kind: 'keychain',
      get: (a) => memory.get(a) ?? null,
      set: (a, s) => void memory.set(a, s),
      delete: (a) => void memory.delete(a),
    };
    const store = createCredentialStore(temp.dir, () => keychain);
    store.set('a', 'b');
    expect(store.kind).toBe('keychain');
    expect(fs.existsSync(path.join(temp.dir, 'credentials.json'))).toBe(false);
    expect(createCredentialStore(temp.dir).kind).toBe('file');
  });
});
