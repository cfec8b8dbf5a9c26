import { describe, expect, it } from 'vitest';
import { unpackedPath } from './native-binding.js';

describe('unpackedPath', () => {
  it('points files of the asar archive at their unpacked copies', () => {
    expect(unpackedPath('/opt/Crosswalk/resources/app.asar/dist/workers')).toBe('/opt/Crosswalk/resources/app.asar.unpacked/dist/workers');
    expect(unpackedPath('C:\\Program Files\\Crosswalk\\resources\\app.asar\\native\\electron\\better_sqlite3.node')).toBe(
      'C:\\Program Files\\Crosswalk\\resources\\app.asar.unpacked\\native\\electron\\better_sqlite3.node',
    );
    expect(unpackedPath('/opt/Crosswalk/resources/app.asar')).toBe('/opt/Crosswalk/resources/app.asar.unpacked');
  });

  it('leaves paths outside an archive alone (development, already unpacked, look-alike names)', () => {
    for (const file of ['/work/main/dist/workers', '/r/app.asar.unpacked/dist/workers', '/r/my-app.asar/x', '/r/app.asarx/y'])
      expect(unpackedPath(file)).toBe(file);
  });
});
