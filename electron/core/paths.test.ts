import { describe, expect, it } from 'vitest';
import { appPaths, defaultUserDataDir } from './paths.js';

describe('defaultUserDataDir', () => {
  it('matches Electron userData per platform and honours CROSSWALK_HOME', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Crosswalk');
    expect(defaultUserDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toMatch(/AppData\/Roaming[\\/]Crosswalk$/);
    expect(defaultUserDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Crosswalk$/);
    expect(defaultUserDataDir({ CROSSWALK_HOME: '/tmp/cw' }, 'linux')).toBe('/tmp/cw');
  });

  it('derives library, projects and temp dirs', () => {
    expect(appPaths('/u')).toEqual({ userDataDir: '/u', libraryDir: '/u/library', projectsDir: '/u/projects', tempDir: '/u/tmp' });
    expect(appPaths('/u', { libraryDir: '/lib' }).libraryDir).toBe('/lib');
  });
});
