import { describe, expect, it } from 'vitest';
import { POWERSHELL_ARGS, vaultScript, WindowsCredentialStore } from './windows-credential-store.js';

describe('the PowerShell script for the Windows Credential Manager', () => {
  it('carries account and password base64-encoded on stdin, never on the command line', () => {
    const secret = `it's "s3cret"; $(Remove-Item x)`;
    const script = vaultScript('set', 'dba@http://x', secret);
    expect(POWERSHELL_ARGS.join(' ')).not.toContain('s3cret');
    expect(script).not.toContain('s3cret');
    expect(script).toContain(Buffer.from(secret).toString('base64'));
    expect(script).toContain(Buffer.from('dba@http://x').toString('base64'));
    // Each statement on one line: `-Command -` runs stdin line by line.
    for (const line of script.trim().split('\n')) expect(line.split("'").length % 2, line).toBe(1);
  });

  it('answers one line per operation: PW:<base64>, NONE or OK', () => {
    expect(vaultScript('get', 'a')).toMatch(/'PW:' \+ \[Convert\]::ToBase64String.*'NONE'/);
    expect(vaultScript('delete', 'a')).toMatch(/'OK'\n$/);
  });
});

const notWindows =
  process.platform !== 'win32' ? `SKIPPED: the Credential Manager test runs on Windows only (this is ${process.platform})` : null;
if (notWindows) console.warn(notWindows);

describe.skipIf(notWindows !== null)('passwords in the real Windows Credential Manager', () => {
  it('stores, finds and deletes a credential', () => {
    const store = new WindowsCredentialStore();
    const account = `crosswalk-test-${process.pid}@http://x`;
    expect(store.reachable()).toBe(true);
    expect(store.get(account)).toBeNull();
    store.set(account, 'it\'s "s3cret" ü');
    expect(store.get(account)).toBe('it\'s "s3cret" ü');
    store.delete(account);
    expect(store.get(account)).toBeNull();
  });
});
