import { Parser } from 'n3';
import * as oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
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

  it('lets the user choose the relations, and honours accepted-only (JSON-LD)', async () => {
    const { content } = await writeElm(sampleTable(), 'jsonld', { status: 'accepted', relations: ['exactMatch', 'broadMatch'] });
    const rows = load(String(content), 'application/ld+json').query(RELATED) as Map<string, { value: string }>[];
    expect(rows.map((r) => r.get('skill')!.value)).toEqual(['http://data.europa.eu/esco/skill/aaa-111']);
  });
});
