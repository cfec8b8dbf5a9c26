import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Crosswalk';

/**
 * The directory Electron would give as app.getPath('userData'), computed without Electron so the
 * CLI and the HTTP server use the same vocabulary library as the desktop app.
 * CROSSWALK_HOME overrides it (tests, portable installs).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CROSSWALK_HOME) return path.resolve(env.CROSSWALK_HOME);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export interface AppPaths {
  userDataDir: string;
  /** Imported vocabularies (Oxigraph dumps, indexes, metadata). */
  libraryDir: string;
  /** Where new projects go when no path is given. */
  projectsDir: string;
  /** Scratch space: uploads, downloads waiting to be fetched, half-written files. */
  tempDir: string;
}

export function appPaths(userDataDir: string, overrides: Partial<AppPaths> = {}): AppPaths {
  return {
    userDataDir,
    libraryDir: overrides.libraryDir ?? path.join(userDataDir, 'library'),
    projectsDir: overrides.projectsDir ?? path.join(userDataDir, 'projects'),
    tempDir: overrides.tempDir ?? path.join(userDataDir, 'tmp'),
  };
}
