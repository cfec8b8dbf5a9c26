import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPasswordCommand, MacKeychainCredentialStore, securityWord } from './macos-keychain-store.js';

describe('the security -i command that stores a password', () => {
  it('quotes every word so that quotes, backslashes and spaces stay inside it', () => {
    expect(securityWord('plain')).toBe('"plain"');
    expect(securityWord('a "b" \\c d')).toBe('"a \\"b\\" \\\\c d"');
    expect(() => securityWord('two\nlines')).toThrow(/line break/);
  });

  it('carries the password in the line for stdin, under service crosswalk and the account', () => {
    expect(addPasswordCommand('dba@http://x/sparql-auth', 'pa"ss')).toBe(
      'add-generic-password -U -s crosswalk -a "dba@http://x/sparql-auth" -l "Crosswalk: dba@http://x/sparql-auth" -w "pa\\"ss"\n',
    );
  });
});

const notMac = process.platform !== 'darwin' ? `SKIPPED: the macOS keychain test runs on macOS only (this is ${process.platform})` : null;
if (notMac) console.warn(notMac);

describe.skipIf(notMac !== null)('passwords in a real macOS keychain (a throwaway keychain file)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-keychain-'));
  const keychain = path.join(dir, 'test.keychain-db');
  beforeAll(() => {
    expect(spawnSync('/usr/bin/security', ['create-keychain', '-p', 'throwaway', keychain]).status).toBe(0);
    expect(spawnSync('/usr/bin/security', ['unlock-keychain', '-p', 'throwaway', keychain]).status).toBe(0);
  });
  afterAll(() => {
    spawnSync('/usr/bin/security', ['delete-keychain', keychain]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores, finds and deletes a generic password', () => {
    const store = new MacKeychainCredentialStore(keychain);
    expect(store.get('dba@http://x')).toBeNull();
    store.set('dba@http://x', 'it\'s "s3cret" $HOME');
    expect(store.get('dba@http://x')).toBe('it\'s "s3cret" $HOME');
    store.delete('dba@http://x');
    expect(store.get('dba@http://x')).toBeNull();
  });
});
