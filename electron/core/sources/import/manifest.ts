import { parse as parseYaml } from 'yaml';
import type { ManifestSourceInfo } from '../../../../shared/domain/source.js';
import { badInput } from '../../errors.js';
import { jsonErrorLine } from './rdf-load.js';

/** A QualityLink manifest (`/.well-known/quality-link-manifest.json`): the data sources of an institution. */
export interface Manifest {
  meta: Record<string, string>;
  sources: ManifestSource[];
}

export interface ManifestSource {
  type: string;
  path: string;
  version?: string;
  id?: string;
  name?: string;
  auth: { type: string; [key: string]: unknown };
  headers?: Record<string, string>;
  queryParameters?: Record<string, unknown>;
}

export const WELL_KNOWN_MANIFEST = '/.well-known/quality-link-manifest.json';

/** A domain ("uni.example"), a base URL or the manifest URL itself -> the manifest URL. */
export function manifestUrl(input: string): string {
  const withScheme = /^https?:\/\//i.test(input) ? input : `https://${input}`;
  const url = new URL(withScheme);
  if (url.pathname === '/' || url.pathname === '') url.pathname = WELL_KNOWN_MANIFEST;
  return url.toString();
}

export function parseManifest(text: string, fileName: string): Manifest {
  let doc: unknown;
  const yaml = /\.ya?ml$/i.test(fileName) || !text.trimStart().startsWith('{');
  try {
    doc = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    const e = error as Error & { linePos?: { line: number }[] };
    throw badInput(`not valid ${yaml ? 'YAML' : 'JSON'}: ${e.message.split('\n')[0]}`, {
      file: fileName,
      line: e.linePos?.[0]?.line ?? jsonErrorLine(text, e),
      field: 'syntax',
    });
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { sources?: unknown }).sources)) {
    throw badInput('not a QualityLink manifest: "sources" must be a list', { file: fileName, field: 'sources' });
  }
  const raw = (doc as { sources: unknown[]; meta?: Record<string, string> }).sources;
  if (!raw.length) throw badInput('the manifest lists no sources', { file: fileName, field: 'sources' });
  const sources = raw.map((s, i) => {
    const where = `sources[${i}]`;
    if (!s || typeof s !== 'object') throw badInput(`${where} is not an object`, { file: fileName, field: where });
    const src = s as Record<string, unknown>;
    if (typeof src.type !== 'string' || !src.type) throw badInput(`${where} has no type`, { file: fileName, field: `${where}.type` });
    if (typeof src.path !== 'string' || !/^https?:\/\//.test(src.path))
      throw badInput(`${where}.path must be an http(s) URL`, { file: fileName, field: `${where}.path` });
    const auth = src.auth && typeof src.auth === 'object' ? (src.auth as ManifestSource['auth']) : { type: 'none' };
    return {
      type: src.type,
      path: src.path,
      version: typeof src.version === 'string' ? src.version : undefined,
      id: typeof src.id === 'string' ? src.id : undefined,
      name: typeof src.name === 'string' ? src.name : undefined,
      auth,
      headers: src.headers && typeof src.headers === 'object' ? (src.headers as Record<string, string>) : undefined,
      queryParameters:
        src.queryParameters && typeof src.queryParameters === 'object' ? (src.queryParameters as Record<string, unknown>) : undefined,
    };
  });
  return { meta: (doc as { meta?: Record<string, string> }).meta ?? {}, sources };
}

/**
 * What to send to a source: its declared headers, and for header auth the user's token as
 * credentials, but only when the source is on the manifest's own origin (a manifest could
 * otherwise send the token anywhere). `withheld` says a token was kept back.
 */
export function sourceHeaders(
  source: ManifestSource,
  auth: { header?: string; token: string } | undefined,
  manifestOrigin: string | null,
): { headers: Record<string, string>; credentials: Record<string, string>; withheld: boolean } {
  const headers = { ...(source.headers ?? {}) };
  const credentials: Record<string, string> = {};
  if (!auth || source.auth.type !== 'httpheader') return { headers, credentials, withheld: false };
  if (manifestOrigin === null || originOf(source.path) !== manifestOrigin) return { headers, credentials, withheld: true };
  const name = auth.header ?? 'Authorization';
  credentials[name] = name.toLowerCase() === 'authorization' && !auth.token.includes(' ') ? `Bearer ${auth.token}` : auth.token;
  return { headers, credentials, withheld: false };
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Why a source cannot be imported, or null. */
export function unsupportedReason(source: ManifestSource): string | null {
  if (source.type !== 'elm' && source.type !== 'ooapi') return `type "${source.type}" is not supported (ELM and OOAPI are)`;
  if (!['none', 'httpheader'].includes(source.auth.type)) return `auth "${source.auth.type}" is not supported (none and httpheader are)`;
  return null;
}

export function sourceInfo(source: ManifestSource, skipped: string | null, items: number): ManifestSourceInfo {
  return { type: source.type, path: source.path, name: source.name ?? source.id ?? source.path, auth: source.auth.type, skipped, items };
}
