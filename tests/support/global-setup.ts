import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './shared-data.js';

/**
 * Workers and the CLI run from dist/: build them once before the tests (esbuild, well under a
 * second). Under CI a failed build fails the run; on a developer machine an existing dist/ is
 * reused with a warning (`npm test` builds strictly before it runs the tests anyway).
 */
export default function setup(): void {
  try {
    execFileSync(process.execPath, [path.join(projectRoot, 'electron/scripts/build-node.mjs')], { stdio: 'inherit' });
  } catch (error) {
    if (process.env.CI || !fs.existsSync(path.join(projectRoot, 'dist', 'workers'))) throw error;
    console.warn('\nWARNING: build-node failed; the tests use the dist/ from the last successful build.\n');
  }
}
