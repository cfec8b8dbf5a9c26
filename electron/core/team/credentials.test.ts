import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { createCredentialStore, credentialAccount, CREDENTIALS_ENV, FileCredentialStore, type CredentialStore } from './credentials.js';

/** A keychain kept in memory: what is under test here is which store is chosen and how the file hands over to it. */
function memoryKeychain(): CredentialStore & { memory: Map<string, string> } {
  const memory = new Map<string, string>();
  return {
    kind: 'keychain',
    where: 'a keychain in memory',
    memory,
    get: (a) => memory.get(a) ?? null,
    set: (a, s) => void memory.set(a, s),
    delete: (a) => void memory.delete(a),
  };
}

describe('credential store', () => {
  const temp = makeTempDir();
  const file = path.join(temp.dir, 'credentials.json');
  const chosen = process.env[CREDENTIALS_ENV];
  // The test run sets it to file (vitest.config.ts); these tests choose for themselves.
  beforeEach(() => delete process.env[CREDENTIALS_ENV]);
  afterEach(() => {
    fs.rmSync(file, { force: true });
    if (chosen === undefined) delete process.env[CREDENTIALS_ENV];
    else process.env[CREDENTIALS_ENV] = chosen;
  });

  it('keeps passwords in a 0600 file in the user data folder, and says where', () => {
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
    expect(store.where).toBe(`${file} (readable by you alone)`);
  });

  it('keeps the file 0600 even when an older one was readable by others', () => {
    fs.writeFileSync(file, JSON.stringify({ passwords: { a: 'b' } }), { mode: 0o644 });
    new FileCredentialStore(temp.dir).set('c', 'd');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(new FileCredentialStore(temp.dir).get('a')).toBe('b');
  });

  it('prefers a keychain when the platform has one, and falls back to the file when it has none', () => {
    const keychain = memoryKeychain();
    const store = createCredentialStore(temp.dir, () => keychain);
    store.set('a', 'b');
    expect([store.kind, store.where]).toEqual(['keychain', 'a keychain in memory']);
    expect(keychain.memory.get('a')).toBe('b');
    expect(fs.existsSync(file)).toBe(false);
    const fallback = createCredentialStore(temp.dir, () => null);
    expect(fallback.kind).toBe('file');
    expect(fallback.get('a')).toBeNull();
  });

  it('moves a password kept in the file before a keychain was reachable into the keychain', () => {
    new FileCredentialStore(temp.dir).set('dba@http://x', 'old');
    const keychain = memoryKeychain();
    const store = createCredentialStore(temp.dir, () => keychain);
    expect(store.get('dba@http://x')).toBe('old');
    expect(keychain.memory.get('dba@http://x')).toBe('old');
    expect(new FileCredentialStore(temp.dir).get('dba@http://x')).toBeNull();
    store.delete('dba@http://x');
    expect(store.get('dba@http://x')).toBeNull();
  });

  it(`${CREDENTIALS_ENV}=file keeps passwords in the file even where a keychain answers`, () => {
    process.env[CREDENTIALS_ENV] = 'file';
    const store = createCredentialStore(temp.dir, () => memoryKeychain());
    store.set('a', 'b');
    expect(store.kind).toBe('file');
    expect(new FileCredentialStore(temp.dir).get('a')).toBe('b');
  });
});
