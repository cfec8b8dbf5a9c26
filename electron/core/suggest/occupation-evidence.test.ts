import { describe, expect, it } from 'vitest';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import { SuggestEngine } from './engine.js';
import { sharedBroaderOccupation } from './occupation-evidence.js';
import { buildIndexData, type SkillRelations } from './index-data.js';
import { DEFAULT_WEIGHTS } from './ranker.js';
import { SuggestIndex } from './suggest-index.js';
import { concept } from './test-concepts.js';

const uri = (id: string) => `http://example.org/${id}`;
const occupation = (id: string, pref: string, extra: Parameters<typeof concept>[3] = {}) => concept(id, 'occupation', pref, extra);

const concepts: ConceptRecord[] = [
  occupation('food-technician', 'food technician'),
  occupation('food-analyst', 'food analyst'),
  concept('test-samples', 'skill', 'test food samples in a laboratory'),
  concept('chemical-analysis', 'skill', 'perform chemical analysis'),
  concept('packaging', 'skill', 'operate packaging machines'),
  occupation('architect', 'architect'),
  occupation('naval-architect', 'naval architect'),
  occupation('landscape-architect', 'landscape architect'),
  occupation('psychologist', 'psychologist'),
  occupation('clinical-psychologist', 'clinical psychologist', { broader: [uri('psychologist')] }),
  occupation('counselling-psychologist', 'counselling psychologist', { broader: [uri('psychologist')] }),
  occupation('building-architect', 'building architect', { alt: ['architect'], broader: [uri('architect')] }),
  occupation('writer', 'writer', { alt: ['author', 'technical writer'] }),
  occupation('technical-communicator', 'technical communicator', {
    alt: ['technical writer', 'documentation specialist'],
    broader: [uri('writer')],
  }),
  occupation('aircraft-pilot', 'aircraft pilot'),
  occupation('commercial-pilot', 'commercial pilot', { broader: [uri('aircraft-pilot')] }),
  occupation('airline-pilot', 'airline transport pilot', { alt: ['airline pilot'], broader: [uri('commercial-pilot')] }),
  occupation('co-pilot', 'co-pilot', { broader: [uri('aircraft-pilot')] }),
  occupation('second-officer', 'second officer', { alt: ['flight engineer'], broader: [uri('aircraft-pilot')] }),
];
const relations: SkillRelations = {
  essential: [
    [uri('food-analyst'), uri('test-samples')],
    [uri('food-analyst'), uri('chemical-analysis')],
    [uri('food-technician'), uri('packaging')],
  ],
  optional: [[uri('food-technician'), uri('test-samples')]],
};
const build = (withRelations: boolean) =>
  new SuggestIndex(
    buildIndexData(concepts, {
      vocabularyId: 'test-v1',
      language: 'en',
      sourceStamp: 'stamp',
      relations: withRelations ? relations : undefined,
    }),
  );
const occupations = { types: ['occupation' as const] };
const ranked = (engine: SuggestEngine, text: string, description?: string) =>
  engine.search({ text, description, top: 5, filters: occupations }).map((c) => c.uri);

describe('occupation evidence', () => {
  it('keeps each occupation’s essential and optional skills in the index', () => {
    const index = build(true);
    const analyst = index.conceptByUri.get(uri('food-analyst'))!;
    const profile = index.data.profileIds.subarray(index.data.profileOffsets[analyst], index.data.profileOffsets[analyst + 1]);
    expect([...profile].map((c) => index.data.uris[c])).toEqual([uri('test-samples'), uri('chemical-analysis')]);
    expect(build(false).data.profileIds).toHaveLength(0);
  });

  it('ranks the occupation whose skills the description asks for first (skill profile)', () => {
    const description = 'Test food samples in the laboratory and perform chemical analysis of ingredients.';
    const scores = (engine: SuggestEngine) =>
      new Map(engine.search({ text: 'Food Specialists', description, top: 5, filters: occupations }).map((c) => [c.uri, c.score]));
    const withProfile = scores(new SuggestEngine([build(true)]));
    const without = scores(new SuggestEngine([build(true)], { ...DEFAULT_WEIGHTS, skillProfile: 0 }));
    expect(ranked(new SuggestEngine([build(true)]), 'Food Specialists', description)[0]).toBe(uri('food-analyst'));
    expect(withProfile.get(uri('food-analyst'))! - withProfile.get(uri('food-technician'))!).toBeGreaterThan(
      without.get(uri('food-analyst'))! - without.get(uri('food-technician'))!,
    );
    // Without relations in the index there is no profile: the same as switching it off.
    expect(scores(new SuggestEngine([build(false)]))).toEqual(without);
  });

  it('lowers occupations a title excludes', () => {
    const list = ranked(new SuggestEngine([build(true)]), 'Architects, Except Landscape and Naval');
    expect(list[0]).toBe(uri('architect'));
    const unchanged = ranked(
      new SuggestEngine([build(true)], { ...DEFAULT_WEIGHTS, excludedFactor: 1 }),
      'Architects, Except Landscape and Naval',
    );
    expect(unchanged[0]).not.toBe(uri('architect'));
  });

  it('lifts a broader occupation whose narrower occupations match the title', () => {
    const scoreOf = (weights: typeof DEFAULT_WEIGHTS) =>
      new SuggestEngine([build(true)], weights)
        .search({ text: 'Clinical Psychologists', top: 5, filters: occupations })
        .find((c) => c.uri === uri('psychologist'))!.score;
    expect(scoreOf({ ...DEFAULT_WEIGHTS, broaderLift: 0 })).toBeLessThan(1);
    expect(scoreOf(DEFAULT_WEIGHTS)).toBeGreaterThan(scoreOf({ ...DEFAULT_WEIGHTS, broaderLift: 0 }));
  });

  it('ranks first the occupation that the kinds named by a coordinated title share', () => {
    const engine = new SuggestEngine([build(true)]);
    expect(ranked(engine, 'Clinical Psychologists')[0]).toBe(uri('clinical-psychologist'));
    expect(ranked(engine, 'Clinical and Counselling Psychologists')[0]).toBe(uri('psychologist'));
    const pilots = ranked(engine, 'Airline Pilots, Copilots, and Flight Engineers');
    expect(pilots[0]).toBe(uri('aircraft-pilot'));
    expect(pilots).toEqual(expect.arrayContaining([uri('airline-pilot'), uri('co-pilot'), uri('second-officer')]));
  });

  it('finds the shared broader occupation of the best matches of a title’s parts', () => {
    const index = build(true);
    const id = (name: string) => index.conceptByUri.get(uri(name))!;
    const shared = (names: string[], allowed: Uint8Array | null = null) => sharedBroaderOccupation(index, names.map(id), allowed);
    expect(shared(['airline-pilot', 'co-pilot', 'second-officer'])).toBe(id('aircraft-pilot'));
    // The most specific occupation covering the most parts: here the broader of two, itself one of them.
    expect(shared(['airline-pilot', 'commercial-pilot'])).toBe(id('commercial-pilot'));
    expect(shared(['airline-pilot'])).toBeNull();
    expect(shared(['airline-pilot', 'architect'])).toBeNull();
    const notAircraftPilot = new Uint8Array(index.conceptCount).fill(1);
    notAircraftPilot[id('aircraft-pilot')] = 0;
    expect(shared(['airline-pilot', 'co-pilot'], notAircraftPilot)).toBeNull();
  });

  it('gives a label carried by a broader and a narrower occupation to the one whose preferred label it is, else the narrower', () => {
    const engine = new SuggestEngine([build(true)]);
    expect(ranked(engine, 'Technical Writers')[0]).toBe(uri('technical-communicator'));
    expect(ranked(engine, 'Architects')[0]).toBe(uri('architect'));
    expect(ranked(engine, 'Architects')).toContain(uri('building-architect'));
  });

  it('lifts the occupations filed under a group whose label matches the title, even those the words miss', () => {
    const group = concept('group-8344', 'isco-group', 'Lifting truck operators');
    const forklift = occupation('forklift-operator', 'forklift operator', { broader: [uri('group-8344')] });
    const cariste = occupation('cariste', 'cariste', { broader: [uri('group-8344')] });
    const unrelated = occupation('truck-driver', 'truck driver');
    const specialised = occupation('reach-truck', 'magasinier cariste', { broader: [uri('cariste')] });
    const index = new SuggestIndex(
      buildIndexData([group, forklift, cariste, unrelated, specialised], { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' }),
    );
    const list = (weights: typeof DEFAULT_WEIGHTS, filters?: { types: ('occupation' | 'isco-group')[] }) =>
      new SuggestEngine([index], weights).search({ text: 'Lifting truck operator', top: 5, filters }).map((c) => c.uri);
    expect(list({ ...DEFAULT_WEIGHTS, groupLift: 0 })).not.toContain(uri('cariste'));
    const lifted = list(DEFAULT_WEIGHTS);
    expect(lifted[0]).toBe(uri('group-8344'));
    expect(lifted).toContain(uri('cariste'));
    // A member the words also match leads the members the group alone vouches for.
    expect(lifted.indexOf(uri('forklift-operator'))).toBeLessThan(lifted.indexOf(uri('cariste')));
    // A specialisation filed under a member is reached too, below the member.
    expect(lifted.indexOf(uri('cariste'))).toBeLessThan(lifted.indexOf(uri('reach-truck')));
    // Without the group among the candidates there is nothing to lift from.
    expect(list(DEFAULT_WEIGHTS, { types: ['occupation'] })).not.toContain(uri('cariste'));
  });
});
