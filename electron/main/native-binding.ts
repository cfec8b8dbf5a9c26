import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is built twice: node_modules holds the build for the Node that runs `npm test`
 * and the CLI; `native/electron/` holds the build for Electron's ABI, made by
 * electron/scripts/electron-native.mjs. The app passes the latter as `nativeBinding`.
 */
export function electronSqliteBinding(appPath: string): string {
  // Packaged, native files sit beside the asar archive (asarUnpack in electron-builder.yml).
  const file = unpackedPath(path.join(appPath, 'native', 'electron', 'better_sqlite3.node'));
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} is missing. Run "node electron/scripts/electron-native.mjs" (npm start does this) to build better-sqlite3 for Electron.`,
    );
  }
  return file;
}

/**
 * Where electron-builder's asarUnpack put a file of the app: `…/app.asar/x` → `…/app.asar.unpacked/x`.
 * Worker threads (ES modules), native and WASM modules load from real files only. Unchanged in
 * development, where there is no archive.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
}
