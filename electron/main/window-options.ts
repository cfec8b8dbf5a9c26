import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowSetup {
  /** The built preload script (dist/preload/preload.cjs). */
  preloadPath: string;
  /** Where the window was last (window-state.ts). */
  bounds: Rectangle;
  title: string;
}

/**
 * The options of every app window, as plain data so a test can read what the window really gets.
 * The page is untrusted as far as the machine goes: isolated from the preload, sandboxed, no Node
 * anywhere (frames and workers included), web security on, no insecure content, no <webview>.
 */
export function windowOptions({ preloadPath, bounds, title }: WindowSetup): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    title,
    show: false,
    webPreferences: {
      preload: preloadPath,
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
    },
  };
}
