import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Path of the Electron binary, or the reason there is none (e.g. ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const binary = require('electron') as unknown;
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
    return { missing: `the electron package points at ${String(binary)}, which does not exist` };
  } catch (error) {
    return { missing: `no Electron binary is installed (${(error as Error).message.split('\n')[0]})` };
  }
}
