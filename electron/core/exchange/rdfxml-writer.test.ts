import { DataFactory } from 'n3';
import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { parseRdf } from './rdf-io.js';
import { writeRdfXml } from './rdfxml-writer.js';

const { namedNode, literal, quad, blankNode } = DataFactory;

describe('RDF/XML writer', () => {
  const quads = [
    quad(
      namedNode('http://e.org/a?x=1&y=2'),
      namedNode('http://www.w3.org/2004/02/skos/core#prefLabel'),
      literal('A <b> & "c"\nline', 'en'),
    ),
    quad(
      namedNode('http://e.org/a?x=1&y=2'),
      namedNode('http://e.org/vocab/count'),
      literal('3', namedNode('http://www.w3.org/2001/XMLSchema#integer')),
    ),
    quad(
      namedNode('http://e.org/a?x=1&y=2'),
      namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      namedNode('http://www.w3.org/2004/02/skos/core#Concept'),
    ),
    quad(blankNode('b1'), namedNode('http://e.org/vocab/of'), namedNode('http://e.org/a?x=1&y=2')),
    quad(blankNode('b1'), namedNode('http://e.org/vocab/note'), literal('plain')),
  ];

  it('writes what Oxigraph and rdfxml-streaming-parser read back as the same triples', async () => {
    const xml = writeRdfXml(quads, { skos: 'http://www.w3.org/2004/02/skos/core#' })!;
    expect(xml).toContain('xmlns:skos=');
    const store = new oxigraph.Store();
    store.load(xml, { format: 'application/rdf+xml' });
    expect(store.size).toBe(5);
    const parsed = await parseRdf(xml, 'rdfxml', 'http://e.org/');
    expect(parsed.find((q) => q.predicate.value.endsWith('prefLabel'))!.object).toMatchObject({
      value: 'A <b> & "c"\nline',
      language: 'en',
    });
    expect(parsed.find((q) => q.predicate.value.endsWith('count'))!.object.termType).toBe('Literal');
  });

  it('gives up on predicates that are no XML name', () => {
    expect(writeRdfXml([quad(namedNode('http://e.org/a'), namedNode('http://e.org/p/1'), literal('x'))], {})).toBeNull();
  });
});
