import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tests/support/shared-data.js';
import { makeTempDir } from '../../tests/support/temp-dir.js';
import { checkServeHost, isLoopbackHost } from './serve-host.js';

/** Runs dist/server/serve.js until it prints its address (then stops it) or exits by itself. */
function serve(args: string[], dataDir: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'dist/server/serve.js'), '--port', '0', '--data-dir', dataDir, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('serving on')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('serve --host', () => {
  it('treats 127.x, ::1 and localhost as loopback, anything else as remote', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org', '127.0.0.1.nip.io', 'localhost.evil.org'])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  it('needs --allow-remote for a remote host and warns when it is given', () => {
    expect(checkServeHost('127.0.0.1', false)).toEqual({ ok: true });
    const refused = checkServeHost('0.0.0.0', false);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^Refusing to serve on 0\.0\.0\.0: .*--allow-remote/);
    const allowed = checkServeHost('0.0.0.0', true);
    expect(allowed).toMatchObject({ ok: true, warning: expect.stringMatching(/^Warning: serving on 0\.0\.0\.0 /) });
  });

  describe('dist/server/serve.js', () => {
    let dir: string;
    let cleanup: () => void;
    beforeEach(() => ({ dir, cleanup } = makeTempDir()));
    afterEach(() => cleanup());

    it('exits 1 with one line for a remote host without --allow-remote, before serving anything', async () => {
      const run = await serve(['--host', '0.0.0.0'], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('Refusing to serve on 0.0.0.0') as string]);
    });

    it('serves a remote host with --allow-remote, with a warning; loopback without one', async () => {
      const remote = await serve(['--host', '0.0.0.0', '--allow-remote', '--max-upload-mib', '1'], dir);
      expect(remote.stdout).toMatch(/serving on http:\/\/0\.0\.0\.0:\d+\//);
      expect(remote.stderr).toMatch(/^Warning: serving on 0\.0\.0\.0 /);
      const local = await serve(['--host', '127.0.0.1'], dir);
      expect(local.stdout).toMatch(/serving on http:\/\/127\.0\.0\.1:\d+\//);
      expect(local.stderr).toBe('');
    });

    it('exits 1 with one line for a bad --max-upload-mib', async () => {
      const run = await serve(['--max-upload-mib', 'lots'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toEqual(['--max-upload-mib must be a positive number of MiB, not "lots".']);
    });
  });
});
