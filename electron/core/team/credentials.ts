import fs from 'node:fs';
import path from 'node:path';

/**
 * Where remote passwords are kept: an OS keychain where the platform offers one to the core,
 * else a JSON file in the user's data folder readable by the user alone (0600). Never the project
 * file, never an export.
 */
export interface CredentialStore {
  readonly kind: 'keychain' | 'file';
  get(account: string): string | null;
  set(account: string, secret: string): void;
  delete(account: string): void;
}

/** The account a password belongs to: the user at the store's update endpoint, shared by every project. */
export function credentialAccount(user: string, updateEndpoint: string): string {
  return `${user}@${updateEndpoint}`;
}

export const CREDENTIALS_FILE = 'credentials.json';

/** Passwords in <userData>/credentials.json, created and rewritten with mode 0600. */
export class FileCredentialStore implements CredentialStore {
  readonly kind = 'file';
  readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, CREDENTIALS_FILE);
  }

  get(account: string): string | null {
    return this.read()[account] ?? null;
  }

  set(account: string, secret: string): void {
    this.write({ ...this.read(), [account]: secret });
  }

  delete(account: string): void {
    const all = this.read();
    if (!(account in all)) return;
    delete all[account];
    this.write(all);
  }

  private read(): Record<string, string> {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { passwords?: Record<string, string> };
      return parsed.passwords && typeof parsed.passwords === 'object' ? { ...parsed.passwords } : {};
    } catch {
      return {};
    }
  }

  private write(passwords: Record<string, string>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Created 0600 before anything is written into it, then renamed over the old file.
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.fchmodSync(fd, 0o600);
      fs.writeFileSync(fd, JSON.stringify({ passwords }, null, 2));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.file);
  }
}

/** A platform keychain, when one is reachable from the core (none is wired up yet: Electron's safeStorage lives in the main process). */
export type KeychainProbe = () => CredentialStore | null;

export function createCredentialStore(userDataDir: string, keychain: KeychainProbe = () => null): CredentialStore {
  return keychain() ?? new FileCredentialStore(userDataDir);
}
