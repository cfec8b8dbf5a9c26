import type { CredentialStore } from './credentials.js';
import { keychainFailed, runKeychainCommand } from './keychain-command.js';

const SECURITY = '/usr/bin/security';
const SERVICE = 'crosswalk';
/** `security` exits 44 when no item matches. */
const NOT_FOUND = 44;

/** A word for `security -i`, which splits its input lines like a shell: double quotes, backslash escapes. */
export function securityWord(value: string): string {
  if (/[\n\r\0]/.test(value)) throw new Error('a keychain entry cannot hold a line break');
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * The `security -i` input that stores a password: `add-generic-password -w` takes the password as
 * an argument, so it is written to the tool's stdin as an interactive command instead of being
 * put on its command line.
 */
export function addPasswordCommand(account: string, secret: string, keychain?: string): string {
  const words = ['add-generic-password', '-U', '-s', SERVICE, '-a', securityWord(account), '-l', securityWord(`Crosswalk: ${account}`)];
  words.push('-w', securityWord(secret));
  if (keychain) words.push(securityWord(keychain));
  return `${words.join(' ')}\n`;
}

/** Passwords as generic passwords (service "crosswalk", account user@endpoint) in the macOS login keychain. */
export class MacKeychainCredentialStore implements CredentialStore {
  readonly kind = 'keychain';
  readonly where: string;

  /** `keychain`: a keychain file other than the default one (the tests use a throwaway one). */
  constructor(private readonly keychain?: string) {
    this.where = keychain ? `the macOS keychain ${keychain}` : 'the macOS login keychain';
  }

  get(account: string): string | null {
    const result = runKeychainCommand(SECURITY, ['find-generic-password', '-s', SERVICE, '-a', account, '-w', ...this.file()]);
    if (result.status === NOT_FOUND) return null;
    if (result.status !== 0) keychainFailed('security find-generic-password', result);
    return result.stdout.replace(/\n$/, '');
  }

  set(account: string, secret: string): void {
    const result = runKeychainCommand(SECURITY, ['-i'], { input: addPasswordCommand(account, secret, this.keychain) });
    // `security -i` exits 0 whatever its commands did: the password is read back to know it was kept.
    if (result.status !== 0 || this.get(account) !== secret) keychainFailed('security add-generic-password', result);
  }

  delete(account: string): void {
    const result = runKeychainCommand(SECURITY, ['delete-generic-password', '-s', SERVICE, '-a', account, ...this.file()]);
    if (result.status !== 0 && result.status !== NOT_FOUND) keychainFailed('security delete-generic-password', result);
  }

  private file(): string[] {
    return this.keychain ? [this.keychain] : [];
  }
}
