import { Parser } from 'n3';
import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { readSkos } from './skos-reader.js';
import { writeSkos } from './skos-writer.js';
import { CZECH_LABEL, FRENCH_TRANSLATION, comparableItems, itemsTable } from './items-table.test-helper.js';
import { comparable, sampleTable } from './sample-table.test-helper.js';

const FORMATS = [
  ['skos-ttl', 'text/turtle', 'x.ttl'],
  ['skos-nt', 'application/n-triples', 'x.nt'],
  ['skos-rdfxml', 'application/rdf+xml', 'x.rdf'],
  ['skos-jsonld', 'application/ld+json', 'x.jsonld'],
] as const;

describe('SKOS writer', () => {
  it.each(FORMATS)('%s parses with Oxigraph and (Turtle/N-Triples) N3.js', async (format, mediaType) => {
    const { content } = await writeSkos(sampleTable(), format, { status: 'all' });
    const store = new oxigraph.Store();
    store.load(String(content), { format: mediaType, base_iri: 'http://example.org/' });
    expect(store.size).toBeGreaterThan(50);
    if (format === 'skos-ttl' || format === 'skos-nt') {
      expect(new Parser({ format: format === 'skos-ttl' ? 'Turtle' : 'N-Triples' }).parse(String(content)).length).toBe(store.size);
    }
    const matches = store.query(
      'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?o WHERE { ?s skos:exactMatch|skos:closeMatch|skos:broadMatch|skos:narrowMatch|skos:relatedMatch ?o }',
    ) as Map<string, { value: string }>[];
    // Even with status 'all', only the accepted match is asserted; the other five statements are axioms only.
    expect(matches.map((r) => r.get('o')!.value)).toEqual(['http://data.europa.eu/esco/skill/aaa-111']);
    const axioms = store.query(
      'PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX cw: <https://w3id.org/crosswalk/vocab#> SELECT ?status WHERE { ?a a owl:Axiom ; cw:curationStatus ?status }',
    ) as Map<string, { value: string }>[];
    expect(axioms.map((r) => r.get('status')!.value).sort()).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'proposed',
      'rejected',
      'unsure',
    ]);
  });

  it('asserts nothing but accepted matches with status accepted, and says what it left out', async () => {
    const { content, limits, notAccepted } = await writeSkos(sampleTable(), 'skos-nt', { status: 'accepted' });
    const store = new oxigraph.Store();
    store.load(String(content), { format: 'application/n-triples' });
    const statuses = store.query(
      'PREFIX cw: <https://w3id.org/crosswalk/vocab#> SELECT ?status WHERE { ?a cw:curationStatus ?status }',
    ) as Map<string, { value: string }>[];
    expect(statuses.map((r) => r.get('status')!.value)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(limits.join(' ')).toMatch(/3 mappings not accepted \(proposed, unsure or rejected\) were left out/);
    expect(notAccepted).toBeUndefined();
  });

  it('mints concept URIs under the scheme URI and writes labels, notations, definitions', async () => {
    const { content } = await writeSkos(sampleTable(), 'skos-ttl', { status: 'all' });
    const text = String(content);
    expect(text).toContain('<https://example.org/crosswalk/data-course/LO%202%2F%C3%A4>');
    expect(text).toMatch(/skos:notation "1\.1"/);
    expect(text).toMatch(/skos:definition "Tables, keys\."@en/);
    expect(text).toMatch(/a skos:ConceptScheme/);
  });

  it('reports what plain SKOS readers will not see, and how the not-accepted mappings it included are marked', async () => {
    const { limits, notAccepted } = await writeSkos(sampleTable(), 'skos-ttl', { status: 'all' });
    expect(limits.join(' ')).toMatch(/5 statements not accepted or negative \(no match, must not map\) are carried only as owl:Axiom/);
    expect(notAccepted).toEqual({
      proposed: 1,
      unsure: 1,
      rejected: 1,
      marking: expect.stringMatching(/only an owl:Axiom .* cw:curationStatus/),
    });
  });
});

describe('SKOS reader', () => {
  it.each(FORMATS)('round-trips %s with provenance', async (format, _mediaType, file) => {
    for (const kind of ['learning-outcomes', 'classification'] as const) {
      const original = sampleTable(kind);
      const first = await writeSkos(original, format, { status: 'all' });
      const read = await readSkos(String(first.content), { file, uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' });
      expect(comparable(read.table)).toEqual(comparable(original));
      expect(read.table.source.items.find((i) => i.key === 'LO1')).toMatchObject({
        notation: '1.1',
        description: 'Tables, keys.',
        groupKey: 'C1',
      });
      expect(read.table.source.groups.map((g) => g.key).sort()).toEqual(['C1', 'C2']);
      const second = await writeSkos(read.table, format, { status: 'all' });
      const a = new oxigraph.Store();
      a.load(String(first.content), { format: _mediaType, base_iri: 'http://example.org/' });
      const b = new oxigraph.Store();
      b.load(String(second.content), { format: _mediaType, base_iri: 'http://example.org/' });
      const dump = (s: oxigraph.Store) =>
        s.dump({ format: 'application/n-triples', from_graph_name: oxigraph.defaultGraph() }).split('\n').sort();
      expect(dump(b)).toEqual(dump(a));
    }
  });

  it.each(FORMATS)(
    '%s accepted-only: every item comes back, mapped or not, with its translations; labels keep their languages',
    async (format, mediaType, file) => {
      const original = itemsTable();
      const { content } = await writeSkos(original, format, { status: 'accepted' });
      const store = new oxigraph.Store();
      store.load(String(content), { format: mediaType, base_iri: 'http://example.org/' });
      const labels = store.query(
        'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { ?c skos:inScheme <https://example.org/crosswalk/data-course> ; skos:prefLabel ?l FILTER(lang(?l) = "fr") }',
      ) as Map<string, { value: string }>[];
      expect(labels.map((r) => r.get('l')!.value)).toEqual([FRENCH_TRANSLATION.fr]);
      const read = await readSkos(String(content), { file, uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' });
      // LO5 (no mapping), LO6 (only proposed) and LO 2/ä (only unsure) included; LO1 and LO7 (same text) two items.
      expect(comparableItems(read.table)).toEqual(comparableItems(original));
      expect(read.table.source.items.find((i) => i.key === 'LO1')).toMatchObject({ translations: FRENCH_TRANSLATION, groupKey: 'C1' });
      expect(read.table.mappings.map((m) => m.subjectKey)).not.toContain('LO6');
      expect(read.table.mappings.find((m) => m.subjectKey === 'LO7')?.object).toEqual(CZECH_LABEL);
      // A label in the vocabulary's language keeps none.
      expect(read.table.mappings.find((m) => m.subjectKey === 'LO1')?.object).toEqual({
        uri: 'http://data.europa.eu/esco/skill/aaa-111',
        label: 'design database scheme',
      });
      if (format === 'skos-ttl') expect(String(content)).toContain('sssom:object_label "navrhovat schémata databází"@cs');
    },
  );

  it('reads the items of a table with no mapping to write', async () => {
    const original = itemsTable();
    original.mappings = original.mappings.filter((m) => m.status === 'proposed');
    const { content } = await writeSkos(original, 'skos-ttl', { status: 'accepted' });
    const read = await readSkos(String(content), { file: 'x.ttl', uriBase: 'https://example.org/crosswalk/', defaultStatus: 'proposed' });
    expect(read.table.mappings).toEqual([]);
    expect(comparableItems(read.table)).toEqual(comparableItems(original));
    expect(read.table.source).toMatchObject({
      uri: 'https://example.org/crosswalk/data-course',
      title: 'Data course',
      kind: 'learning-outcomes',
    });
  });

  it('reads plain skos:*Match triples from other tools with the default status', async () => {
    const ttl = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      <http://x.org/c/1> skos:prefLabel "One"@en ; skos:inScheme <http://x.org/s> ; skos:closeMatch <http://data.europa.eu/esco/skill/abc> .
      <http://x.org/s> skos:prefLabel "X scheme"@en .`;
    const { table } = await readSkos(ttl, { file: 'x.ttl', uriBase: 'https://e/', defaultStatus: 'accepted' });
    expect(table.source.title).toBe('X scheme');
    expect(table.mappings).toEqual([
      expect.objectContaining({
        subjectKey: 'http://x.org/c/1',
        relation: 'closeMatch',
        status: 'accepted',
        justification: 'imported',
        vocabularyId: 'esco-v1.1.1',
      }),
    ]);
  });

  it('names the file when it is not RDF or has no mappings', async () => {
    await expect(readSkos('<<< nonsense', { file: 'bad.ttl', uriBase: 'https://e/', defaultStatus: 'proposed' })).rejects.toThrow(
      /bad\.ttl/,
    );
    await expect(
      readSkos('<http://a> <http://b> <http://c> .', { file: 'none.ttl', uriBase: 'https://e/', defaultStatus: 'proposed' }),
    ).rejects.toThrow(/no SKOS mapping triples/);
    // A vocabulary is no correspondence table: concepts alone are read only from a mapping set.
    const vocabulary =
      '@prefix skos: <http://www.w3.org/2004/02/skos/core#> . <http://x.org/c/1> skos:prefLabel "One"@en ; skos:inScheme <http://x.org/s> .';
    await expect(readSkos(vocabulary, { file: 'vocabulary.ttl', uriBase: 'https://e/', defaultStatus: 'proposed' })).rejects.toThrow(
      /no SKOS mapping triples/,
    );
  });
});
