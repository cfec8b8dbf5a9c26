import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './shared-data.js';

/** Workers and the CLI run from dist/: build them once before the tests (esbuild, well under a second). */
export default function setup(): void {
  execFileSync(process.execPath, [path.join(projectRoot, 'electron/scripts/build-node.mjs')], { stdio: 'inherit' });
}
