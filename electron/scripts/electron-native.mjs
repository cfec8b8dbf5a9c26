// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node.
//
// Why: `npm test`, the CLI and `npm run serve` run under Node and load node_modules' build of
// better-sqlite3; the desktop app runs under Electron, whose ABI differs. Rebuilding in place
// would break one or the other, so the Electron build goes into its own folder and the app passes
// it to better-sqlite3 as `nativeBinding` (electron/main/native-binding.ts).
//
//   node electron/scripts/electron-native.mjs             build if missing or stale (npm start, npm run dist)
//   node electron/scripts/electron-native.mjs --optional  the same from postinstall: never fails the install
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const optional = process.argv.includes('--optional');
const outDir = path.join(root, 'native', 'electron');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'build-info.json');

function finish(message, failed = false) {
  console.log(`electron-native: ${message}`);
  process.exit(failed && !optional ? 1 : 0);
}

const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
const arch = process.env.npm_config_arch || process.arch;
const wanted = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch };

try {
  const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  if (fs.existsSync(outFile) && JSON.stringify(stamp) === JSON.stringify(wanted)) {
    finish(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date`);
  }
} catch {
  // No stamp yet: build.
}

if (optional && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  finish(
    'skipped: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so there is no Electron to build for (npm start builds it when Electron is there)',
  );
}

function run(command, args, cwd) {
  // Electron's own headers, not those of the Node that runs this script.
  const env = { ...process.env, npm_config_nodedir: '', npm_config_runtime: 'electron', npm_config_target: electronVersion };
  return spawnSync(command, args, { cwd, env, stdio: 'inherit' }).status === 0;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-electron-native-'));
try {
  const copy = path.join(work, 'node_modules', 'better-sqlite3');
  fs.cpSync(sqliteDir, copy, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
  });
  fs.writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'electron-native', version: '0.0.0', dependencies: { 'better-sqlite3': sqliteVersion } }),
  );
  console.log(`electron-native: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})…`);
  // First a prebuilt binary for Electron's ABI (better-sqlite3 publishes them), else a build from
  // source against Electron's headers.
  const prebuilt = run(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, '--verbose'],
    copy,
  );
  if (!prebuilt) {
    const gyp = require.resolve('node-gyp/bin/node-gyp.js');
    if (
      !run(
        process.execPath,
        [
          gyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        copy,
      )
    ) {
      throw new Error('neither a prebuilt binary nor a build from source worked');
    }
  }
  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) throw new Error(`the rebuild produced no ${built}`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(built, outFile);
  fs.writeFileSync(stampFile, JSON.stringify(wanted));
  finish(`wrote ${path.relative(root, outFile)}`);
} catch (error) {
  finish(
    `could not build better-sqlite3 for Electron ${electronVersion}: ${error?.message ?? error}` +
      (optional ? ' (npm start will try again)' : '\nThis needs internet access (Electron headers) and a C++ toolchain.'),
    true,
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
