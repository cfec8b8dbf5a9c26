import { describe, expect, it } from 'vitest';
import type { ConceptRecord } from '../../../shared/domain/vocabulary.js';
import { SuggestEngine } from './engine.js';
import { buildIndexData, type SkillRelations } from './index-data.js';
import { DEFAULT_WEIGHTS } from './ranker.js';
import { SuggestIndex } from './suggest-index.js';
import { concept } from './test-concepts.js';

const uri = (id: string) => `http://example.org/${id}`;
const occupation = (id: string, pref: string, extra: Partial<ConceptRecord> = {}) => concept(id, 'occupation', pref, extra);

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
  new SuggestIndex(buildIndexData(concepts, { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp', relations: withRelations ? relations : undefined }));
const occupations = { types: ['occupation' as const] };
const ranked = (engine: SuggestEngine, text: string, description?: string) => engine.search({ text, description, top: 5, filters: occupations }).map((c) => c.uri);

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
    const scores = (engine: SuggestEngine) => new Map(engine.search({ text: 'Food Specialists', description, top: 5, filters: occupations }).map((c) => [c.uri, c.score]));
    const withProfile = scores(new SuggestEngine([build(true)]));
    const without = scores(new SuggestEngine([build(true)], { ...DEFAULT_WEIGHTS, skillProfile: 0 }));
    expect(ranked(new SuggestEngine([build(true)]), 'Food Specialists', description)[0]).toBe(uri('food-analyst'));
    expect(withProfile.get(uri('food-analyst'))! - withProfile.get(uri('food-technician'))!).toBeGreaterThan(without.get(uri('food-analyst'))! - without.get(uri('food-technician'))!);
    // Without relations in the index there is no profile: the same as switching it off.
    expect(scores(new SuggestEngine([build(false)]))).toEqual(without);
  });

  it('lowers occupations a title excludes', () => {
    const list = ranked(new SuggestEngine([build(true)]), 'Architects, Except Landscape and Naval');
    expect(list[0]).toBe(uri('architect'));
    const unchanged = ranked(new SuggestEngine([build(true)], { ...DEFAULT_WEIGHTS, excludedFactor: 1 }), 'Architects, Except Landscape and Naval');
    expect(unchanged[0]).not.toBe(uri('architect'));
  });

  it('lifts a broader occupation whose narrower occupations match the title', () => {
    const scoreOf = (weights: typeof DEFAULT_WEIGHTS) =>
      new SuggestEngine([build(true)], weights).search({ text: 'Clinical and Counseling Psychologists', top: 5, filters: occupations }).find((c) => c.uri === uri('psychologist'))!.score;
    expect(scoreOf({ ...DEFAULT_WEIGHTS, broaderLift: 0 })).toBeLessThan(1);
    expect(scoreOf(DEFAULT_WEIGHTS)).toBeGreaterThan(scoreOf({ ...DEFAULT_WEIGHTS, broaderLift: 0 }));
  });
});
