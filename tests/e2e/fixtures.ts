import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ServedApp {
  /** The server's address: a page opened there is signed in by the fixture's session cookie. */
  url: string;
  /** The address `serve` printed, with its one-time code (already used by the fixture). */
  openUrl: string;
  dataDir: string;
}

/** Starts the real `npm run serve` (dist/server/serve.js) on a random port with its own data dir. */
export async function startServer(extraArgs: string[] = [], person = ''): Promise<{ app: ServedApp; child: ChildProcess }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-e2e-'));
  // The person working, as Settings saves it; without one the app first asks who is working.
  if (person) fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ settings: { userName: person }, recent: [] }));
  const child = spawn(process.execPath, ['dist/server/serve.js', '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    // Remote passwords go to the data dir's 0600 file, never into the keychain of whoever runs the tests.
    env: { ...process.env, CROSSWALK_CREDENTIALS: 'file' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
  return { app: { url: url.replace(/#.*$/, ''), openUrl: url, dataDir }, child };
}

/**
 * `served`: a fresh server and data dir per test, signed in the way a person is: the test's browser
 * context opens the printed URL, whose page exchanges the one-time code for the session cookie.
 * `page` fails the test on any console error or uncaught page error.
 */
export const test = base.extend<{ served: ServedApp; serverArgs: string[]; person: string }>({
  serverArgs: [[], { option: true }],
  /** The name saved in Settings when the server starts ('' : none, so the app asks). */
  person: ['E2E Curator', { option: true }],
  served: async ({ serverArgs, person, context }, use) => {
    const { app, child } = await startServer(serverArgs, person);
    const signIn = await context.newPage();
    const exchanged = signIn.waitForResponse((response) => response.url().endsWith('/api/session'));
    await signIn.goto(app.openUrl);
    expect((await exchanged).status(), 'the printed URL signs the browser in').toBe(200);
    await signIn.close();
    await use(app);
    child.kill('SIGTERM');
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  },
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/** Creates a project through the UI and waits until it is open. */
export async function createProjectInUi(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('project-title')).toHaveText(title);
}
