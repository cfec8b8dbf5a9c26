import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TOOLS = ['secret-tool', 'dbus-run-session', 'gnome-keyring-daemon'] as const;

/** Why the Secret Service tests cannot run here, or null when they can. Printed by the tests that skip. */
export function secretServiceMissing(): string | null {
  if (process.platform !== 'linux') return `SKIPPED: the Secret Service backend is for Linux (this is ${process.platform})`;
  const absent = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  return absent.length ? `SKIPPED: ${absent.join(', ')} not found (apt-get install libsecret-tools gnome-keyring dbus)` : null;
}

export interface SecretService {
  /** The environment in which secret-tool talks to this throwaway keyring (its own session bus, HOME and XDG folders). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * A private session bus (dbus-run-session) with a GNOME Keyring daemon unlocked by a password on
 * its stdin, in a temp HOME, so nothing touches the person's own keyring. Stopped by the PID of
 * the shell that holds the session open: when it ends, dbus-run-session ends the bus, and the
 * keyring daemon leaves with it.
 */
export async function startSecretService(): Promise<SecretService> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-keyring-'));
  const runtime = path.join(home, 'run');
  fs.mkdirSync(runtime, { mode: 0o700 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_RUNTIME_DIR: runtime,
    DISPLAY: '',
  };
  const script = [
    'gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1',
    'echo "BUS=$DBUS_SESSION_BUS_ADDRESS"',
    'echo "PID=$$"',
    'exec sleep 600',
  ].join('\n');
  const child = spawn('dbus-run-session', ['--', 'sh', '-c', script], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end('crosswalk-test-keyring\n');
  const { bus, pid } = await new Promise<{ bus: string; pid: number }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dbus-run-session did not start:\n${out}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const bus = /^BUS=(.+)$/m.exec(out)?.[1];
      const pid = /^PID=(\d+)$/m.exec(out)?.[1];
      if (bus && pid) {
        clearTimeout(timer);
        resolve({ bus, pid: Number(pid) });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`dbus-run-session exited with ${code}:\n${out}`)));
  });
  return {
    env: { ...env, DBUS_SESSION_BUS_ADDRESS: bus },
    stop: async () => {
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      process.kill(pid, 'SIGTERM');
      await exited;
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
