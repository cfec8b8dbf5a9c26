import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../electron/main/window-options.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/server/security.js';
import { contract } from '../../shared/contract/index.js';
import { projectRoot } from '../support/shared-data.js';

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');

describe('the Electron shell', () => {
  it('exposes one named bridge per contract domain and ends with satisfies CrosswalkBridge', () => {
    const preload = read('electron/preload/preload.ts');
    for (const domain of Object.keys(contract)) {
      expect(preload, `preload line for ${domain}`).toContain(`${domain}: bridgeFor('${domain}', contract.${domain})`);
    }
    expect(preload).toMatch(/\} satisfies CrosswalkBridge;/);
    expect(preload).toMatch(/exposeInMainWorld\('crosswalk', crosswalk\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('opens windows isolated and sandboxed, without Node', () => {
    // The options themselves, as the window gets them (source and built bundle): window-options.test.ts.
    const options = windowOptions({ preloadPath: 'preload.cjs', bounds: { x: 0, y: 0, width: 800, height: 600 }, title: 'Crosswalk' });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    const main = read('electron/main/main.ts');
    expect(main.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(main).toMatch(/new BrowserWindow\(\s*windowOptions\(/);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    expect(main).toMatch(/setWindowOpenHandler/);
    expect(main).toMatch(/will-navigate/);
  });

  it('opens only allow-listed links outside, answers permission requests and checks through one decision', () => {
    const main = read('electron/main/main.ts');
    expect(main).toMatch(/if \(isAllowedExternalUrl\(url\)\) void shell\.openExternal\(url\)/);
    expect(main.match(/shell\.openExternal\(/g)).toHaveLength(1);
    expect(main).toMatch(/setPermissionRequestHandler\([^]*?callback\(permissionAllowed\(/);
    expect(main).toMatch(/setPermissionCheckHandler\([^]*?=>\s*permissionAllowed\(/);
  });

  it('hands the page handles, not paths, from the dialogs and the recent list, and resolves them before the core', () => {
    const ipc = read('electron/main/ipc.ts');
    expect(ipc).toMatch(/handles\.mint\(result\.filePaths\[0\], 'dialog'\)/);
    expect(ipc).toMatch(/handles\.mint\(result\.filePath, 'dialog'\)/);
    expect(ipc).toMatch(/handles\.mint\(r\.path, 'recent'\)/);
    expect(ipc).toMatch(/resolvePathHandles\(channel, schema, args, handles\)[^]*?dispatch\(channel, resolved\.args\)/);
    expect(ipc).not.toMatch(/dispatch\(channel, args\)/);
    // Dropped or picked files: the preload trades the path of a real File for a read-only handle.
    expect(ipc).toMatch(/handles\.mint\(file, 'dropped'\)/);
    expect(read('electron/preload/preload.ts')).toMatch(
      /pathForFile: \(file\) => ipcRenderer\.sendSync\('shell:file-handle', webUtils\.getPathForFile\(file\)\)/,
    );
    expect(read('electron/main/main.ts')).toMatch(/wireIpc\([^\n]*new PathHandles\(\)\)/);
  });

  it('uses a strict Content-Security-Policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:/);
  });

  it('keeps the core free of Electron', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true })) {
        const relative = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(relative);
        else if (/\.tsx?$/.test(entry.name) && /from ['"]electron['"]/.test(read(relative))) offenders.push(relative);
      }
    };
    walk('electron/core');
    walk('shared');
    walk('renderer');
    expect(offenders).toEqual([]);
  });
});
