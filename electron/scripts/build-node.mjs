// Bundles everything that runs under Node or Electron's main/preload into dist/.
// The renderer is built by Vite (vite.config.ts).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** `import sql from './x.sql?raw'` — the same text import Vite (and so Vitest) understands. */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
      contents: fs.readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [rawText],
  define: { __CROSSWALK_VERSION__: JSON.stringify(pkg.version) },
};

const workerEntries = fs
  .readdirSync(path.join(root, 'electron/core/workers'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => `./electron/core/workers/${f}`);

const started = Date.now();
await Promise.all([
  // Electron's main process: dependencies stay in node_modules (native and WASM modules among them).
  build({
    ...common,
    entryPoints: ['./electron/main/main.ts'],
    outfile: 'dist/main/main.cjs',
    format: 'cjs',
    packages: 'external',
    external: ['electron'],
  }),
  // A sandboxed preload cannot require modules: bundle everything but electron.
  build({
    ...common,
    entryPoints: ['./electron/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  build({ ...common, entryPoints: ['./electron/server/serve.ts'], outfile: 'dist/server/serve.js', format: 'esm', packages: 'external' }),
  build({
    ...common,
    entryPoints: ['./electron/cli/crosswalk.ts'],
    outfile: 'dist/cli/crosswalk.js',
    format: 'esm',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...common, entryPoints: workerEntries, outdir: 'dist/workers', format: 'esm', packages: 'external' }),
  ...(fs.existsSync(path.join(root, 'tests/bench/bench.ts'))
    ? [build({ ...common, entryPoints: ['./tests/bench/bench.ts'], outfile: 'dist/bench/bench.js', format: 'esm', packages: 'external' })]
    : []),
]);
fs.chmodSync(path.join(root, 'dist/cli/crosswalk.js'), 0o755);
console.log(`build-node: dist/ written in ${Date.now() - started} ms`);
