import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from './shared-data.js';

/**
 * Bundles a test's child-process script (a .ts file under tests/) into node_modules/.cache, beside
 * node_modules so the child resolves better-sqlite3 like the app does; `?raw` SQL imports become
 * text as in the app's build. Returns the bundle's path.
 */
export async function bundleChildScript(entry: string): Promise<string> {
  const outfile = path.join(projectRoot, 'node_modules', '.cache', 'crosswalk-tests', `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(projectRoot, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [
      {
        name: 'raw-text',
        setup(b) {
          b.onResolve({ filter: /\?raw$/ }, (args) => ({
            path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
            namespace: 'raw',
          }));
          b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'text' }));
        },
      },
    ],
  });
  return outfile;
}
