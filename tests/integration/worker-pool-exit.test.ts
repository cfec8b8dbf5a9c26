import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleChildScript } from '../support/child-script.js';
import { projectRoot } from '../support/shared-data.js';

describe('a kept worker and the process', () => {
  it('does not keep the process alive while it waits (a command-line run ends when its work is done)', async () => {
    const child = await bundleChildScript('tests/integration/worker-pool-exit-child.ts');
    const started = performance.now();
    const run = spawnSync(process.execPath, [child, path.join(projectRoot, 'dist', 'workers')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ran 1, waiting 1');
    expect(run.status).toBe(0);
    // The pool's idle time is five minutes: an exit within the spawn timeout is an exit without waiting for it.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
