import { describe, expect, it } from 'vitest';
import { permissionAllowed } from './permissions.js';

const APP = 'crosswalk://app';

describe('permissions the page asks for', () => {
  it('are all denied, from the app page as from anywhere else', () => {
    const asked = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'idle-detection',
      'storage-access',
      'window-management',
      'unknown',
    ];
    for (const permission of asked) {
      expect(permissionAllowed(permission, `${APP}/index.html`, APP), permission).toBe(false);
      expect(permissionAllowed(permission, 'https://evil.example/', APP), permission).toBe(false);
    }
  });

  it('let only the app page write to the clipboard (Copy URI), never another origin', () => {
    expect(permissionAllowed('clipboard-sanitized-write', `${APP}/index.html`, APP)).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP)).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', 'crosswalk://app.evil/', APP)).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', '', APP)).toBe(false);
  });
});
