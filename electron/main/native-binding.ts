import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is built twice: node_modules holds the build for the Node that runs `npm test`
 * and the CLI; `native/electron/` holds the build for Electron's ABI, made by
 * electron/scripts/electron-native.mjs. The app passes the latter as `nativeBinding`.
 */
export function electronSqliteBinding(appPath: string): string {
  // The packaged app has no asar archive (electron-builder.yml), so this is a real file there too.
  const file = path.join(appPath, 'native', 'electron', 'better_sqlite3.node');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing. Run "node electron/scripts/electron-native.mjs" (npm start does this) to build better-sqlite3 for Electron.`);
  }
  return file;
}
