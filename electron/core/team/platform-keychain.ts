import fs from 'node:fs';
import type { CredentialStore } from './credentials.js';
import { MacKeychainCredentialStore } from './macos-keychain-store.js';
import { SecretToolCredentialStore } from './secret-tool-store.js';
import { WindowsCredentialStore } from './windows-credential-store.js';

/** Probing spawns a tool, so it is done once per process: a keychain does not come or go while the app runs. */
let probed: { store: CredentialStore | null } | undefined;

/**
 * The keychain this platform offers the core: the macOS keychain through `security`, the Windows
 * Credential Manager through PowerShell, on Linux the Secret Service through `secret-tool` when it
 * is installed and a keyring answers on the session bus. Null when none is: the 0600 file is used.
 */
export function platformKeychain(): CredentialStore | null {
  probed ??= { store: probe() };
  return probed.store;
}

function probe(): CredentialStore | null {
  if (process.platform === 'darwin') return fs.existsSync('/usr/bin/security') ? new MacKeychainCredentialStore() : null;
  if (process.platform === 'win32') {
    const windows = new WindowsCredentialStore();
    return windows.reachable() ? windows : null;
  }
  // Without a session bus secret-tool would try to start one through X11; there is no keyring to ask then.
  const runtimeBus = process.env.XDG_RUNTIME_DIR ? fs.existsSync(`${process.env.XDG_RUNTIME_DIR}/bus`) : false;
  if (!process.env.DBUS_SESSION_BUS_ADDRESS && !runtimeBus) return null;
  const secretTool = new SecretToolCredentialStore();
  return secretTool.reachable() ? secretTool : null;
}
