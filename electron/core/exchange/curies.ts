import { NS } from '../../../shared/skos.js';

/** Prefixes every Crosswalk file declares. */
export const STANDARD_PREFIXES: Record<string, string> = {
  skos: NS.skos,
  semapv: NS.semapv,
  sssom: NS.sssom,
  rdfs: NS.rdfs,
  owl: NS.owl,
  dcterms: NS.dct,
  orcid: 'https://orcid.org/',
  esco: 'http://data.europa.eu/esco/',
  iscedf: 'http://data.europa.eu/snb/isced-f/',
};

/** Compacts URIs to CURIEs with a prefix map that grows as new namespaces appear. */
export class CurieMap {
  readonly prefixes: Record<string, string>;
  private counter = 0;

  constructor(initial: Record<string, string> = STANDARD_PREFIXES) {
    this.prefixes = { ...initial };
  }

  add(prefix: string, namespace: string): string {
    let name = prefix.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([^A-Za-z_])/, '_$1') || 'ns';
    while (this.prefixes[name] !== undefined && this.prefixes[name] !== namespace) name = `${name}_`;
    this.prefixes[name] = namespace;
    return name;
  }

  compact(uri: string): string {
    let best: [string, string] | undefined;
    for (const [prefix, ns] of Object.entries(this.prefixes)) {
      if (uri.startsWith(ns) && uri.length > ns.length && (!best || ns.length > best[1].length)) best = [prefix, ns];
    }
    if (best) {
      const local = uri.slice(best[1].length);
      // SSSOM CURIE local parts may not contain spaces; fall back to a namespace for the full URI.
      if (!/\s/.test(local)) return `${best[0]}:${local}`;
    }
    const cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
    if (cut <= 0 || cut === uri.length - 1) return uri;
    const prefix = this.add(`ns${++this.counter}`, uri.slice(0, cut + 1));
    return `${prefix}:${uri.slice(cut + 1)}`;
  }

  /** Only the prefixes used by the given CURIEs (SSSOM asks for a complete, minimal map). */
  usedBy(curies: Iterable<string>): Record<string, string> {
    const used = new Set<string>();
    for (const c of curies) {
      const i = c.indexOf(':');
      if (i > 0) used.add(c.slice(0, i));
    }
    return Object.fromEntries(Object.entries(this.prefixes).filter(([p]) => used.has(p)));
  }
}

/** Expands a CURIE with a prefix map; full URIs pass through. */
export function expandCurie(value: string, prefixes: Record<string, string>): string {
  const v = value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.startsWith('urn:')) return v;
  const i = v.indexOf(':');
  if (i > 0) {
    const ns = prefixes[v.slice(0, i)];
    if (ns !== undefined) return ns + v.slice(i + 1);
  }
  return v;
}
