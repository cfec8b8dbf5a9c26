import type { CredentialStore } from './credentials.js';
import { keychainFailed, runKeychainCommand } from './keychain-command.js';

const POWERSHELL = 'powershell.exe';
/** The script comes on stdin (`-Command -`), one statement a line, so nothing secret is on the command line. */
export const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', '-'] as const;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const fromB64 = (name: string) => `[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${name}'))`;

/**
 * The PowerShell script for one operation on the Windows Credential Manager (through WinRT's
 * PasswordVault, resource "crosswalk"). Account and password travel base64-encoded inside the
 * script, so no quoting can break it; the answer is one line: PW:<base64>, NONE or OK.
 */
export function vaultScript(operation: 'get' | 'set' | 'delete' | 'probe', account = '', secret = ''): string {
  const lines = [
    "$ErrorActionPreference = 'Stop'",
    '$null = [Windows.Security.Credentials.PasswordVault, Windows.Security.Credentials, ContentType = WindowsRuntime]',
    '$vault = New-Object Windows.Security.Credentials.PasswordVault',
    `$account = ${fromB64(b64(account))}`,
  ];
  if (operation === 'get')
    lines.push(
      "try { $c = $vault.Retrieve('crosswalk', $account); $c.RetrievePassword(); 'PW:' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($c.Password)) } catch { 'NONE' }",
    );
  if (operation === 'set')
    lines.push(
      `$vault.Add((New-Object Windows.Security.Credentials.PasswordCredential('crosswalk', $account, ${fromB64(b64(secret))}))); 'OK'`,
    );
  if (operation === 'delete') lines.push("try { $vault.Remove($vault.Retrieve('crosswalk', $account)) } catch { }; 'OK'");
  if (operation === 'probe') lines.push("'OK'");
  return `${lines.join('\n')}\n`;
}

/** Passwords in the Windows Credential Manager (web credentials, resource "crosswalk", user user@endpoint). */
export class WindowsCredentialStore implements CredentialStore {
  readonly kind = 'keychain';
  readonly where = 'the Windows Credential Manager';

  get(account: string): string | null {
    const answer = this.run('get', account);
    return answer.startsWith('PW:') ? Buffer.from(answer.slice(3), 'base64').toString('utf8') : null;
  }

  set(account: string, secret: string): void {
    this.run('set', account, secret);
  }

  delete(account: string): void {
    this.run('delete', account);
  }

  reachable(): boolean {
    try {
      return this.run('probe') === 'OK';
    } catch {
      return false;
    }
  }

  private run(operation: Parameters<typeof vaultScript>[0], account?: string, secret?: string): string {
    const result = runKeychainCommand(POWERSHELL, POWERSHELL_ARGS, { input: vaultScript(operation, account, secret), timeoutMs: 30_000 });
    const answer = result.stdout.trim().split(/\r?\n/).pop() ?? '';
    if (result.status !== 0 || !/^(PW:|NONE$|OK$)/.test(answer)) keychainFailed(`PowerShell PasswordVault ${operation}`, result);
    return answer;
  }
}
