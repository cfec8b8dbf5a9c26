import { Parser } from 'n3';
import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { EDC_CONSTRAINTS, edcViolations } from '../../../tests/support/edc-shacl.js';
import { sharedFile } from '../../../tests/support/shared-data.js';
import { elmBundle } from '../sources/import/elm.js';
import { loadRdf } from '../sources/import/rdf-load.js';
import { ELM_LINK_COMMENT } from './elm-link.js';
import { writeElm } from './elm.js';
import { sampleTable } from './sample-table.test-helper.js';

const RELATED =
  'PREFIX elm: <http://data.europa.eu/snb/model/elm/> SELECT ?lo ?skill WHERE { ?lo a elm:LearningOutcome ; elm:relatedESCOSkill ?skill }';

function load(text: string, format: string): oxigraph.Store {
  const store = new oxigraph.Store();
  store.load(text, { format, base_iri: 'http://example.org/' });
  return store;
}

describe('ELM writer', () => {
  it('writes learning outcomes with relatedESCOSkill for exact and close matches by default (Turtle)', async () => {
    const { content, limits } = await writeElm(sampleTable(), 'turtle', { status: 'all' });
    const text = String(content);
    expect(new Parser().parse(text).length).toBeGreaterThan(10);
    const rows = load(text, 'text/turtle').query(RELATED) as Map<string, { value: string }>[];
    expect(rows.map((r) => r.get('skill')!.value).sort()).toEqual([
      'http://data.europa.eu/esco/skill/aaa-111',
      'http://data.europa.eu/esco/skill/ccc-333',
    ]);
    expect(text).toMatch(/elm:LearningAchievementSpecification/);
    expect(limits[0]).toMatch(/ELM has no relation type: 2 mappings/);
    expect(limits.join(' ')).toMatch(/1 mapping with other relations/);
  });

  it('carries a course’s credits, EQF level, ISCED-F field, workload and web page, and says what it leaves out', async () => {
    const table = sampleTable();
    table.source.groups[0]!.course = {
      ects: 4,
      eqfLevel: 6,
      iscedF: '0613',
      workloadHours: 100,
      url: 'https://example.org/c1',
      assessment: 'Written exam',
    };
    for (const syntax of ['turtle', 'jsonld'] as const) {
      const { content, limits } = await writeElm(table, syntax, { status: 'all' });
      const text = String(content);
      const rows = load(text, syntax === 'turtle' ? 'text/turtle' : 'application/ld+json').query(
        `PREFIX elm: <http://data.europa.eu/snb/model/elm/>
         SELECT ?framework ?point ?eqf ?isced WHERE {
           ?spec elm:creditPoint ?credit ; elm:EQFLevel ?eqf ; elm:ISCEDFCode ?isced .
           ?credit a elm:CreditPoint ; elm:framework ?framework ; elm:point ?point }`,
      ) as Map<string, { value: string }>[];
      expect(rows.map((r) => Object.fromEntries([...r].map(([k, v]) => [k, v.value])))).toEqual([
        {
          framework: 'http://data.europa.eu/snb/education-credit/6fcec5c5af',
          point: '4',
          eqf: 'http://data.europa.eu/snb/eqf/6',
          isced: 'http://data.europa.eu/snb/isced-f/0613',
        },
      ]);
      // Oxigraph would canonicalise the duration (P4DT4H): check the written form.
      expect(text).toMatch(/PT100H/);
      expect(limits.join(' ')).toMatch(/1 course: only ECTS credits, EQF level, ISCED-F field, workload and web page are carried/);
      // Crosswalk's own ELM import reads them back.
      const bundle = elmBundle(await loadRdf(text, `course.${syntax === 'turtle' ? 'ttl' : 'jsonld'}`, syntax), {
        fileName: 'course',
        title: 'Course',
        language: 'en',
      });
      expect(bundle.groups.find((g) => g.title === 'Databases')?.metadata).toMatchObject({
        ects: 4,
        eqfLevel: 6,
        iscedF: '0613',
        workloadHours: 100,
        url: 'https://example.org/c1',
      });
    }
  });

  it('lets the user choose the relations, and honours accepted-only (JSON-LD)', async () => {
    const { content, notAccepted } = await writeElm(sampleTable(), 'jsonld', {
      status: 'accepted',
      relations: ['exactMatch', 'broadMatch'],
    });
    const rows = load(String(content), 'application/ld+json').query(RELATED) as Map<string, { value: string }>[];
    expect(rows.map((r) => r.get('skill')!.value)).toEqual(['http://data.europa.eu/esco/skill/aaa-111']);
    expect(notAccepted).toBeUndefined();
  });

  it('says that the unsure mapping it included with status all is not marked', async () => {
    const { notAccepted } = await writeElm(sampleTable(), 'turtle', { status: 'all' });
    expect(notAccepted).toEqual({ proposed: 0, unsure: 1, rejected: 0, marking: expect.stringMatching(/ELM has no status/) });
  });

  it('writes a relatedESCOSkill link read from an ELM file back as one, though it is stored as relatedMatch', async () => {
    const table = sampleTable();
    const link = {
      ...table.mappings[0]!,
      subjectKey: 'LO4',
      relation: 'relatedMatch' as const,
      justification: 'imported' as const,
      comment: ELM_LINK_COMMENT,
    };
    table.mappings.push(
      { ...link, object: { uri: 'http://data.europa.eu/esco/skill/ggg-777', label: 'data modelling' } },
      // A relatedMatch made in Crosswalk is not one: it follows the chosen relations.
      {
        ...link,
        object: { uri: 'http://data.europa.eu/esco/skill/hhh-888', label: 'statistics' },
        justification: 'manual-curation',
        comment: '',
      },
    );
    const { content, limits } = await writeElm(table, 'turtle', { status: 'accepted' });
    const rows = load(String(content), 'text/turtle').query(RELATED) as Map<string, { value: string }>[];
    expect(rows.map((r) => r.get('skill')!.value).sort()).toEqual([
      'http://data.europa.eu/esco/skill/aaa-111',
      'http://data.europa.eu/esco/skill/ggg-777',
    ]);
    expect(limits.join(' ')).toMatch(/1 relatedESCOSkill link read from an ELM file \(stored as relatedMatch\) were written back/);
  });
});

const constraints = sharedFile(EDC_CONSTRAINTS);

describe.skipIf(!constraints)('ELM writer against the EDC SHACL constraints', () => {
  const table = sampleTable();
  table.source.groups[0]!.course = { ects: 4, eqfLevel: 6, iscedF: '0613', workloadHours: 100, url: 'https://example.org/c1' };

  it.each(['turtle', 'jsonld'] as const)('conforms (%s), with the shapes as published and with elm: bound to ELM v3', async (syntax) => {
    const { content } = await writeElm(table, syntax, { status: 'all' });
    const ntriples = load(String(content), syntax === 'turtle' ? 'text/turtle' : 'application/ld+json').dump({
      format: 'application/n-triples',
      from_graph_name: oxigraph.defaultGraph(),
    });
    expect(await edcViolations(constraints!, ntriples, 'as-published')).toEqual([]);
    expect(await edcViolations(constraints!, ntriples, 'elm-v3')).toEqual([]);
  });

  it('catches what the shapes forbid (the check can fail)', async () => {
    const { content } = await writeElm(table, 'turtle', { status: 'all' });
    // Without the scheme's type, every ESCO skill's skos:inScheme breaks sh:class skos:ConceptScheme.
    const untyped = String(content).replace(/<http:\/\/data\.europa\.eu\/esco\/concept-scheme\/skills> a skos:ConceptScheme\s*\./, '');
    expect(untyped).not.toBe(String(content));
    const violations = await edcViolations(constraints!, untyped, 'as-published');
    expect(violations.map((v) => [v.path, v.constraint])).toEqual([
      ['http://www.w3.org/2004/02/skos/core#inScheme', 'sh:ClassConstraintComponent'],
      ['http://www.w3.org/2004/02/skos/core#inScheme', 'sh:ClassConstraintComponent'],
    ]);
  });
});
