import type { CredentialStore } from './credentials.js';
import { keychainFailed, runKeychainCommand } from './keychain-command.js';

/** The attributes every Crosswalk secret carries in the Secret Service: service=crosswalk, remote=<account>. */
const SERVICE = ['service', 'crosswalk'] as const;

export interface SecretToolOptions {
  /** The environment secret-tool runs in (DBUS_SESSION_BUS_ADDRESS chooses the session bus). */
  env?: NodeJS.ProcessEnv;
  command?: string;
}

/**
 * Passwords in the desktop's Secret Service (GNOME Keyring, KWallet) through libsecret's
 * `secret-tool`: the password goes in on stdin and comes back on stdout, never on a command line.
 */
export class SecretToolCredentialStore implements CredentialStore {
  readonly kind = 'keychain';
  readonly where = 'the desktop keyring (Secret Service, through secret-tool)';
  private readonly command: string;

  constructor(private readonly options: SecretToolOptions = {}) {
    this.command = options.command ?? 'secret-tool';
  }

  get(account: string): string | null {
    const result = this.run(['lookup', ...SERVICE, 'remote', account]);
    if (result.status === 0) return result.stdout;
    // Not found is exit 1 with nothing said; anything on stderr is the keyring failing.
    if (result.status === 1 && !result.stderr.trim()) return null;
    return keychainFailed('secret-tool lookup', result);
  }

  set(account: string, secret: string): void {
    const result = this.run(['store', `--label=Crosswalk: ${account}`, ...SERVICE, 'remote', account], secret);
    if (result.status !== 0) keychainFailed('secret-tool store', result);
  }

  delete(account: string): void {
    const result = this.run(['clear', ...SERVICE, 'remote', account]);
    if (result.status !== 0 && result.stderr.trim()) keychainFailed('secret-tool clear', result);
  }

  /** Whether secret-tool is installed and a Secret Service answers on the session bus (a lookup that finds nothing). */
  reachable(): boolean {
    try {
      const result = runKeychainCommand(this.command, ['lookup', ...SERVICE, 'remote', '(probe)'], {
        timeoutMs: 5000,
        env: this.options.env,
      });
      return result.status === 0 || (result.status === 1 && !result.stderr.trim());
    } catch {
      return false;
    }
  }

  private run(args: string[], input?: string) {
    return runKeychainCommand(this.command, args, { env: this.options.env, ...(input !== undefined ? { input } : {}) });
  }
}
