import { z } from 'zod';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function parsed(value: string): URL | null {
  if (value !== value.trim() || /\s/.test(value)) return null;
  try {
    const url = new URL(value);
    return url.hostname ? url : null;
  } catch {
    return null;
  }
}

/** An absolute http:// or https:// URL with a host (not file:, javascript:, urn: or a relative path). */
export function isWebUrl(value: string): boolean {
  const url = parsed(value);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
}

/**
 * An https:// URL; plain http:// only on this machine (localhost / 127.x / [::1]), where a local
 * mirror or a test server never crosses the network.
 */
export function isSecureDownloadUrl(value: string): boolean {
  const url = parsed(value);
  if (!url) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
}

/** A URL setting: absolute http(s). The dispatcher names the field in its one-line error. */
export const webUrlSetting = z.string().refine(isWebUrl, { message: 'must be an absolute http:// or https:// URL' });

/** A URL setting that downloads code-like data: https only (http on localhost for mirrors and tests). */
export const secureDownloadUrlSetting = z.string().refine(isSecureDownloadUrl, { message: 'must be an absolute https:// URL' });
