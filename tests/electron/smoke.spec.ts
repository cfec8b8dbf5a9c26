import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary } from './electron-binary.js';

const binary = electronBinary();
const nativeBinding = path.resolve('native/electron/better_sqlite3.node');
const skipReason =
  'missing' in binary
    ? `Electron smoke test skipped: ${binary.missing}. It runs where Electron is installed (npm install without ELECTRON_SKIP_BINARY_DOWNLOAD).`
    : !fs.existsSync(nativeBinding)
      ? `Electron smoke test skipped: ${nativeBinding} is missing (node electron/scripts/electron-native.mjs builds it).`
      : null;
if (skipReason) console.log(skipReason);

test('the desktop app starts, creates a project and shows its title', async () => {
  test.info().skip(skipReason !== null, skipReason ?? '');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-electron-'));
  // A saved name: without one the app first asks who is working (settings.spec covers that).
  fs.writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ settings: { userName: 'Smoke Tester' }, recent: [] }));
  const app = await electron.launch({
    executablePath: (binary as { path: string }).path,
    args: ['.', '--no-sandbox'],
    env: { ...process.env, CROSSWALK_HOME: home },
  });
  try {
    const window = await app.firstWindow();
    const errors: string[] = [];
    window.on('pageerror', (e) => errors.push(e.message));
    await expect(window.getByRole('heading', { name: 'Crosswalk', level: 1 })).toBeVisible();
    // Creating goes through the native save dialog in Electron; answer it from the main process.
    await app.evaluate(
      ({ dialog }, file) => {
        dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: file });
      },
      path.join(home, 'smoke.crosswalk'),
    );
    await window.getByRole('button', { name: 'New project…' }).click();
    await window.getByLabel('Title').fill('Electron smoke');
    await window.getByRole('button', { name: 'Create project' }).click();
    await expect(window.getByTestId('project-title')).toHaveText('Electron smoke');
    expect(fs.existsSync(path.join(home, 'smoke.crosswalk'))).toBe(true);
    // The sandboxed page gets named methods only, never ipcRenderer or Node.
    const exposed = await window.evaluate(() => ({
      keys: Object.keys((window as unknown as { crosswalk: object }).crosswalk).sort(),
      ipc: 'ipcRenderer' in (window as unknown as { crosswalk: object }).crosswalk,
      node: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(exposed.ipc).toBe(false);
    expect(exposed.node).toBe('undefined');
    expect(exposed.keys).toEqual(expect.arrayContaining(['app', 'projects', 'events', 'shell']));
    // A path the page makes up reaches nothing: paths come as handles from the dialogs and the recent list.
    const typed = await window.evaluate(() =>
      (
        window as unknown as {
          crosswalk: { projects: { open(args: { path: string }): Promise<{ ok: boolean; error?: { message: string } }> } };
        }
      ).crosswalk.projects.open({ path: '/etc/passwd' }),
    );
    expect(typed.ok).toBe(false);
    expect(typed.error?.message).toContain('not a path typed by the page');
    expect(errors).toEqual([]);
  } finally {
    await app.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
