import { Parser } from 'n3';
import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { elmBundle } from '../sources/import/elm.js';
import { loadRdf } from '../sources/import/rdf-load.js';
import { writeElm } from './elm.js';
import { sampleTable } from './sample-table.test-helper.js';

const RELATED = 'PREFIX elm: <http://data.europa.eu/snb/model/elm/> SELECT ?lo ?skill WHERE { ?lo a elm:LearningOutcome ; elm:relatedESCOSkill ?skill }';

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
    expect(rows.map((r) => r.get('skill')!.value).sort()).toEqual(['http://data.europa.eu/esco/skill/aaa-111', 'http://data.europa.eu/esco/skill/ccc-333']);
    expect(text).toMatch(/elm:LearningAchievementSpecification/);
    expect(limits[0]).toMatch(/ELM has no relation type: 2 mappings/);
    expect(limits.join(' ')).toMatch(/1 mapping with other relations/);
  });

  it('carries a course’s credits, EQF level, ISCED-F field, workload and web page, and says what it leaves out', async () => {
    const table = sampleTable();
    table.source.groups[0]!.course = { ects: 4, eqfLevel: 6, iscedF: '0613', workloadHours: 100, url: 'https://example.org/c1', assessment: 'Written exam' };
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
      const bundle = elmBundle(await loadRdf(text, `course.${syntax === 'turtle' ? 'ttl' : 'jsonld'}`, syntax), { fileName: 'course', title: 'Course', language: 'en' });
      expect(bundle.groups.find((g) => g.title === 'Databases')?.metadata).toMatchObject({ ects: 4, eqfLevel: 6, iscedF: '0613', workloadHours: 100, url: 'https://example.org/c1' });
    }
  });

  it('lets the user choose the relations, and honours accepted-only (JSON-LD)', async () => {
    const { content } = await writeElm(sampleTable(), 'jsonld', { status: 'accepted', relations: ['exactMatch', 'broadMatch'] });
    const rows = load(String(content), 'application/ld+json').query(RELATED) as Map<string, { value: string }>[];
    expect(rows.map((r) => r.get('skill')!.value)).toEqual(['http://data.europa.eu/esco/skill/aaa-111']);
  });
});
