/**
 * Where a link may take the person outside the app (shell.openExternal): the ESCO portal, the EU
 * Vocabularies at the Publications Office, and ORCID, over https and without credentials in the URL.
 * Anything else (file:, custom schemes that start programs, other sites) is dropped.
 */
const HOSTS: Record<string, (pathname: string) => boolean> = {
  'esco.ec.europa.eu': () => true,
  'ec.europa.eu': (pathname) => pathname === '/esco' || pathname.startsWith('/esco/'),
  'data.europa.eu': (pathname) => pathname.startsWith('/esco/'),
  'op.europa.eu': () => true,
  'orcid.org': () => true,
  'www.orcid.org': () => true,
};

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const allowed = Object.hasOwn(HOSTS, url.hostname) ? HOSTS[url.hostname] : undefined;
  return allowed !== undefined && allowed(url.pathname);
}
