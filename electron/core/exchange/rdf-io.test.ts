import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { buildSkosQuads } from './skos-writer.js';
import { compactJsonLd, readSimpleJsonLd } from './rdf-io.js';
import { sampleTable } from './sample-table.test-helper.js';

const canonical = (
  quads: {
    subject: { termType: string; value: string };
    predicate: { value: string };
    object: { termType: string; value: string; language?: string; datatype?: { value: string } };
  }[],
) =>
  quads
    .map((q) =>
      [
        q.subject.termType === 'BlankNode' ? '_' : q.subject.value,
        q.predicate.value,
        q.object.termType,
        q.object.value,
        q.object.language ?? '',
        q.object.termType === 'Literal' ? q.object.datatype?.value : '',
      ].join(' | '),
    )
    .sort();

describe('JSON-LD', () => {
  const quads = buildSkosQuads(sampleTable(), { status: 'all' });
  const text = compactJsonLd(quads, {
    skos: 'http://www.w3.org/2004/02/skos/core#',
    sssom: 'https://w3id.org/sssom/',
    local: 'https://example.org/crosswalk/data-course/',
  });

  it('reads its own output directly, to the same triples a JSON-LD processor (Oxigraph) finds', () => {
    const direct = readSimpleJsonLd(text)!;
    expect(direct).not.toBeNull();
    const general = oxigraph.parse(text, { format: 'application/ld+json', base_iri: 'http://example.org/' });
    expect(canonical(direct)).toEqual(canonical(general as never));
    expect(direct).toHaveLength(quads.length);
  });

  it('leaves other JSON-LD to the general parser', () => {
    expect(readSimpleJsonLd('{"@context": "https://example.org/ctx.jsonld", "@id": "http://e/x"}')).toBeNull();
    expect(readSimpleJsonLd('{"@context": {"name": {"@id": "http://schema.org/name"}}, "@graph": []}')).toBeNull();
    expect(readSimpleJsonLd('{"@graph": [{"@id": "x:y", "@reverse": {}}], "@context": {}}')).toBeNull();
  });
});
