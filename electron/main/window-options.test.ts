import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tests/support/shared-data.js';
import { windowOptions, type WindowSetup } from './window-options.js';

const SETUP: WindowSetup = {
  preloadPath: '/app/dist/preload/preload.cjs',
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
  title: 'Crosswalk',
};

/** What a window must never get, whoever builds it. */
function expectLockedDown(options: ReturnType<typeof windowOptions>): void {
  expect(options.webPreferences).toEqual({
    preload: SETUP.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
  });
}

describe('the app window options', () => {
  it('isolate and sandbox the page, with no Node, web security on and no insecure content', () => {
    const options = windowOptions(SETUP);
    expectLockedDown(options);
    expect(options).toMatchObject({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      title: 'Crosswalk',
      show: false,
      minWidth: 960,
      minHeight: 600,
    });
  });

  const bundle = path.join(projectRoot, 'dist', 'main', 'main.cjs');
  const built = fs.existsSync(bundle);
  if (!built) console.warn(`SKIPPED: ${bundle} is not built (npm run build:node); the built window's options are not checked`);

  describe.skipIf(!built)('in the built main process (dist/main/main.cjs)', () => {
    it('creates its one window with these options, and the built function returns them', () => {
      const code = fs.readFileSync(bundle, 'utf8');
      const constructions = [...code.matchAll(/new [\w$]+\.BrowserWindow\(\s*([\w$]+)\(/g)];
      expect(constructions.map((m) => m[1])).toEqual(['windowOptions']);
      // Run the bundled function itself: what the window really gets, after the build.
      const start = code.indexOf('function windowOptions(');
      let depth = 0;
      let end = code.indexOf(') {', start) + 2; // the body, past the destructured parameters
      do {
        if (code[end] === '{') depth++;
        else if (code[end] === '}') depth--;
        end++;
      } while (depth > 0);
      const builtWindowOptions = new Function(`${code.slice(start, end)}\nreturn windowOptions;`)() as typeof windowOptions;
      expectLockedDown(builtWindowOptions(SETUP));
      expect(builtWindowOptions(SETUP)).toEqual(windowOptions(SETUP));
    });
  });
});
