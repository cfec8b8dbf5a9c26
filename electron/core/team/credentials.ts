import fs from 'node:fs';
import path from 'node:path';
import { platformKeychain } from './platform-keychain.js';

/**
 * Where remote passwords are kept: an OS keychain where the platform offers one to the core,
 * else a JSON file in the user's data folder readable by the user alone (0600). Never the project
 * file, never an export.
 */
export interface CredentialStore {
  readonly kind: 'keychain' | 'file';
  /** Where the passwords are, in words for the Team view and `remote status` ("the macOS login keychain"). */
  readonly where: string;
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
  readonly where: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, CREDENTIALS_FILE);
    this.where = `${this.file} (readable by you alone)`;
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

/** The platform's keychain when one is reachable, else null (the file is used). */
export type KeychainProbe = () => CredentialStore | null;

/** CROSSWALK_CREDENTIALS=file keeps passwords in the file even where a keychain exists (tests, headless machines). */
export const CREDENTIALS_ENV = 'CROSSWALK_CREDENTIALS';

export function createCredentialStore(userDataDir: string, keychain: KeychainProbe = platformKeychain): CredentialStore {
  const file = new FileCredentialStore(userDataDir);
  const chosen = process.env[CREDENTIALS_ENV] === 'file' ? null : keychain();
  return chosen ? new KeychainFirst(chosen, file) : file;
}

/**
 * A keychain in front of the file: a password still in the file (kept there before a keychain was
 * reachable) moves into the keychain the first time it is read.
 */
class KeychainFirst implements CredentialStore {
  readonly kind = 'keychain';
  readonly where: string;

  constructor(
    private readonly keychain: CredentialStore,
    private readonly file: FileCredentialStore,
  ) {
    this.where = keychain.where;
  }

  get(account: string): string | null {
    const kept = this.keychain.get(account);
    if (kept !== null) return kept;
    const old = this.file.get(account);
    if (old === null) return null;
    this.keychain.set(account, old);
    this.file.delete(account);
    return old;
  }

  set(account: string, secret: string): void {
    this.keychain.set(account, secret);
    this.file.delete(account);
  }

  delete(account: string): void {
    this.keychain.delete(account);
    this.file.delete(account);
  }
}
