import { DataFactory, Parser, Writer, type Quad } from 'n3';
import * as oxigraph from 'oxigraph';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { NS } from '../../../shared/skos.js';
import { writeRdfXml } from './rdfxml-writer.js';

const RDF_TYPE = `${NS.rdf}type`;
const XSD_STRING = `${NS.xsd}string`;

export type RdfSyntax = 'turtle' | 'ntriples' | 'rdfxml' | 'jsonld';

const { namedNode, literal, quad, blankNode } = DataFactory;
export { namedNode, literal, quad, blankNode };

/** Serializes triples: Turtle and N-Triples with N3.js, RDF/XML by writeRdfXml (Oxigraph when a predicate is no XML name), JSON-LD by compactJsonLd. */
export async function serializeRdf(quads: Quad[], syntax: RdfSyntax, prefixes: Record<string, string>): Promise<string> {
  if (syntax === 'turtle' || syntax === 'ntriples') {
    const writer = new Writer(syntax === 'turtle' ? { prefixes, format: 'Turtle' } : { format: 'N-Triples' });
    writer.addQuads(quads);
    return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
  }
  if (syntax === 'rdfxml') {
    const direct = writeRdfXml(quads, prefixes);
    if (direct !== null) return direct;
    const store = new oxigraph.Store();
    const nt = await serializeRdf(quads, 'ntriples', {});
    store.load(nt, { format: 'application/n-triples' });
    // Oxigraph 0.5 accepts prefixes for RDF/XML; its typings do not list them yet.
    return store.dump({ format: 'application/rdf+xml', from_graph_name: oxigraph.defaultGraph(), prefixes } as Parameters<
      oxigraph.Store['dump']
    >[0]);
  }
  return compactJsonLd(quads, prefixes);
}

/**
 * JSON-LD with the prefixes as context and one node object per subject. Written directly: jsonld.js
 * compaction takes minutes for tens of thousands of triples.
 */
export function compactJsonLd(quads: Quad[], prefixes: Record<string, string>): string {
  const entries = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const curie = (iri: string): string => {
    for (const [prefix, ns] of entries)
      if (iri.startsWith(ns) && iri.length > ns.length && !/[\s/#?]/.test(iri.slice(ns.length, ns.length + 1)))
        return `${prefix}:${iri.slice(ns.length)}`;
    return iri;
  };
  const id = (term: Quad['subject'] | Quad['object']) => (term.termType === 'BlankNode' ? `_:${term.value}` : curie(term.value));
  const nodes = new Map<string, Record<string, unknown[] | string>>();
  for (const q of quads) {
    const key = id(q.subject);
    let node = nodes.get(key);
    if (!node) nodes.set(key, (node = { '@id': key }));
    const rdfType = q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode';
    const property = rdfType ? '@type' : curie(q.predicate.value);
    let value: unknown;
    if (rdfType) value = curie(q.object.value);
    else if (q.object.termType === 'Literal') {
      const lit = q.object;
      value = lit.language
        ? { '@value': lit.value, '@language': lit.language }
        : lit.datatype.value === XSD_STRING
          ? lit.value
          : { '@value': lit.value, '@type': curie(lit.datatype.value) };
    } else value = { '@id': id(q.object) };
    const list = node[property];
    if (Array.isArray(list)) list.push(value);
    else node[property] = [value];
  }
  return `${JSON.stringify({ '@context': prefixes, '@graph': [...nodes.values()] }, null, 2)}\n`;
}

/** Guesses the RDF syntax of a file from its name and first characters. */
export function guessRdfSyntax(name: string, text: string): RdfSyntax {
  const lower = name.toLowerCase();
  if (/\.(jsonld|json)$/.test(lower)) return 'jsonld';
  if (/\.(rdf|owl|xml)$/.test(lower)) return 'rdfxml';
  if (/\.nt$/.test(lower)) return 'ntriples';
  if (/\.ttl$/.test(lower)) return 'turtle';
  const start = text.trimStart();
  if (start.startsWith('<?xml') || start.startsWith('<rdf:RDF')) return 'rdfxml';
  if (start.startsWith('{') || start.startsWith('[')) return 'jsonld';
  return 'turtle';
}

/** Parses RDF text into triples (the default graph and any named graphs alike). */
export async function parseRdf(text: string, syntax: RdfSyntax, baseIRI: string): Promise<Quad[]> {
  if (syntax === 'turtle' || syntax === 'ntriples') {
    return new Parser({ baseIRI, format: syntax === 'turtle' ? 'Turtle' : 'N-Triples' }).parse(text);
  }
  if (syntax === 'rdfxml') {
    return new Promise((resolve, reject) => {
      const quads: Quad[] = [];
      const parser = new RdfXmlParser({ baseIRI, dataFactory: DataFactory });
      parser.on('data', (q: Quad) => quads.push(q));
      parser.on('error', reject);
      parser.on('end', () => resolve(quads));
      parser.write(text);
      parser.end();
    });
  }
  // Oxigraph parses JSON-LD fast (jsonld.js takes minutes on large files) and loads no remote contexts.
  const simple = readSimpleJsonLd(text);
  if (simple) return simple;
  // Both follow RDF/JS (termType, value, language, datatype), which is all the readers use.
  return oxigraph.parse(text, { format: 'application/ld+json', base_iri: baseIRI }) as unknown as Quad[];
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The JSON-LD shape compactJsonLd writes (a context of plain prefixes, an @graph of flat node
 * objects) read directly: Oxigraph's general JSON-LD parser takes seconds per ten thousand nodes.
 * Null for anything else, which the general parser then reads.
 */
export function readSimpleJsonLd(text: string): Quad[] | null {
  let doc: JsonValue;
  try {
    doc = JSON.parse(text) as JsonValue;
  } catch {
    return null;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const context = doc['@context'];
  const graph = doc['@graph'];
  if (!context || typeof context !== 'object' || Array.isArray(context) || !Array.isArray(graph)) return null;
  if (Object.keys(doc).some((k) => k !== '@context' && k !== '@graph')) return null;
  const prefixes = new Map<string, string>();
  for (const [prefix, ns] of Object.entries(context)) {
    if (typeof ns !== 'string' || prefix.startsWith('@') || !/[/#:]$/.test(ns)) return null;
    prefixes.set(prefix, ns);
  }
  const expand = (value: string): string | null => {
    if (value.startsWith('_:')) return value;
    const i = value.indexOf(':');
    if (i <= 0) return null;
    const ns = prefixes.get(value.slice(0, i));
    if (ns !== undefined && !value.slice(i + 1).startsWith('//')) return ns + value.slice(i + 1);
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && !prefixes.has(value.slice(0, i)) ? value : null;
  };
  const term = (iri: string) => (iri.startsWith('_:') ? blankNode(iri.slice(2)) : namedNode(iri));
  const quads: Quad[] = [];
  for (const node of graph) {
    if (!node || typeof node !== 'object' || Array.isArray(node) || typeof node['@id'] !== 'string') return null;
    const subject = expand(node['@id']);
    if (!subject) return null;
    for (const [key, raw] of Object.entries(node)) {
      if (key === '@id') continue;
      const values = Array.isArray(raw) ? raw : [raw];
      if (key === '@type') {
        for (const v of values) {
          const type = typeof v === 'string' ? expand(v) : null;
          if (!type) return null;
          quads.push(quad(term(subject) as never, namedNode(RDF_TYPE), namedNode(type)));
        }
        continue;
      }
      const predicate = key.startsWith('@') ? null : expand(key);
      if (!predicate || predicate.startsWith('_:')) return null;
      for (const v of values) {
        let object;
        if (typeof v === 'string') object = literal(v);
        else if (v && typeof v === 'object' && !Array.isArray(v)) {
          const keys = Object.keys(v);
          if (keys.length === 1 && typeof v['@id'] === 'string') {
            const iri = expand(v['@id']);
            if (!iri) return null;
            object = term(iri);
          } else if (typeof v['@value'] === 'string' && keys.every((k) => k === '@value' || k === '@language' || k === '@type')) {
            if (typeof v['@language'] === 'string') object = literal(v['@value'], v['@language']);
            else if (typeof v['@type'] === 'string') {
              const datatype = expand(v['@type']);
              if (!datatype) return null;
              object = literal(v['@value'], namedNode(datatype));
            } else object = literal(v['@value']);
          } else return null;
        } else return null;
        quads.push(quad(term(subject) as never, namedNode(predicate), object));
      }
    }
  }
  return quads;
}
