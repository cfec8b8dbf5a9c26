import type { Quad } from 'n3';
import { NS } from '../../../shared/skos.js';

const XSD_STRING = `${NS.xsd}string`;
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

// XML 1.0 cannot carry most control characters at all, not even escaped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function escapeXml(text: string, attribute = false): string {
  const s = text.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute
    ? s.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
    : s.replace(/\r/g, '&#13;');
}

/** Splits a predicate IRI into namespace and an XML local name, as RDF/XML needs; null when impossible. */
function splitPredicate(iri: string): [string, string] | null {
  const match = /^(.*[/#])([A-Za-z_][A-Za-z0-9._-]*)$/.exec(iri);
  return match && NCNAME.test(match[2]!) ? [match[1]!, match[2]!] : null;
}

/**
 * RDF/XML, one rdf:Description per subject. Written directly because loading tens of thousands of
 * triples into an Oxigraph store only to dump them takes many seconds. Null when a predicate cannot
 * be written as an XML name (the caller then falls back to Oxigraph).
 */
export function writeRdfXml(quads: Quad[], prefixes: Record<string, string>): string | null {
  const namespaces = new Map<string, string>(
    Object.entries(prefixes)
      .filter(([p]) => NCNAME.test(p))
      .map(([p, ns]) => [ns, p]),
  );
  namespaces.set(NS.rdf, 'rdf');
  const qname = (iri: string): string | null => {
    const split = splitPredicate(iri);
    if (!split) return null;
    let prefix = namespaces.get(split[0]);
    if (!prefix) namespaces.set(split[0], (prefix = `ns${namespaces.size}`));
    return `${prefix}:${split[1]}`;
  };
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    const list = bySubject.get(key);
    if (list) list.push(q);
    else bySubject.set(key, [q]);
  }
  const body: string[] = [];
  for (const group of bySubject.values()) {
    const subject = group[0]!.subject;
    const about =
      subject.termType === 'BlankNode' ? `rdf:nodeID="${escapeXml(subject.value, true)}"` : `rdf:about="${escapeXml(subject.value, true)}"`;
    body.push(`  <rdf:Description ${about}>`);
    for (const q of group) {
      const name = qname(q.predicate.value);
      if (!name) return null;
      const o = q.object;
      if (o.termType === 'NamedNode') body.push(`    <${name} rdf:resource="${escapeXml(o.value, true)}"/>`);
      else if (o.termType === 'BlankNode') body.push(`    <${name} rdf:nodeID="${escapeXml(o.value, true)}"/>`);
      else if (o.termType === 'Literal') {
        const attr = o.language
          ? ` xml:lang="${escapeXml(o.language, true)}"`
          : o.datatype.value !== XSD_STRING
            ? ` rdf:datatype="${escapeXml(o.datatype.value, true)}"`
            : '';
        body.push(`    <${name}${attr}>${escapeXml(o.value)}</${name}>`);
      } else return null;
    }
    body.push('  </rdf:Description>');
  }
  const xmlns = [...namespaces.entries()].map(([ns, p]) => `\n    xmlns:${p}="${escapeXml(ns, true)}"`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF${xmlns}>\n${body.join('\n')}\n</rdf:RDF>\n`;
}
