/**
 * The answer to every permission the page asks for (camera, microphone, geolocation, notifications,
 * MIDI, HID, serial, USB, clipboard reading, fullscreen, opening external protocols …): no. The one
 * exception is writing to the clipboard from the app's own page, which "Copy URI" needs; reading
 * the clipboard stays denied.
 */
export function permissionAllowed(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppPage(requestingUrl, appOrigin);
}

function isAppPage(url: string, appOrigin: string): boolean {
  return url === appOrigin || url.startsWith(`${appOrigin}/`);
}
