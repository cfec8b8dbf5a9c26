import { describe, expect, it } from 'vitest';
import { DecisionMemory } from './decisions.js';
import { SuggestEngine, type EngineQuery } from './engine.js';
import { buildIndexData } from './index-data.js';
import { SuggestIndex } from './suggest-index.js';
import { concept, sampleConcepts } from './test-concepts.js';

const concepts = sampleConcepts();
const indexFor = (language: string) =>
  new SuggestIndex(buildIndexData(concepts, { vocabularyId: 'test-v1', language, sourceStamp: 'stamp' }));
const en = new SuggestEngine([indexFor('en')]);
const de = new SuggestEngine([indexFor('de')]);
const uri = (id: string) => `http://example.org/${id}`;
const ranked = (query: Partial<EngineQuery> & { text: string }, engine = en) => engine.search({ top: 10, ...query }).map((c) => c.uri);

describe('suggestion ranking', () => {
  it('ranks the concept whose preferred label is the text first, with a raw score of at least 1', () => {
    const [first] = en.search({ text: 'work in teams', top: 5 });
    expect(first).toMatchObject({ uri: uri('teams'), label: 'work in teams', vocabularyId: 'test-v1', type: 'skill' });
    // The displayed score is a calibrated probability (calibration.test.ts); the raw one ranks.
    expect(first!.rawScore).toBeGreaterThanOrEqual(1);
    expect(ranked({ text: 'work in teams' })).toContain(uri('textile-teams'));
    expect(ranked({ text: 'work in teams' }).indexOf(uri('textile-teams'))).toBeGreaterThan(0);
  });

  it('finds concepts by their alternative labels and says so', () => {
    const [first] = en.search({ text: 'supervise employees', top: 3 });
    expect(first!.uri).toBe(uri('manage-staff'));
    expect(first!.why.labels[0]).toMatchObject({
      kind: 'alt',
      text: 'supervise employees',
      ranges: [
        { start: 0, end: 9 },
        { start: 10, end: 19 },
      ],
    });
  });

  it('matches inflected forms through stemming', () => {
    expect(ranked({ text: 'baking breads' })[0]).toBe(uri('bake'));
    expect(ranked({ text: 'managing the staff of a hospital' })[0]).toBe(uri('manage-staff'));
  });

  it('tolerates a typo of one letter', () => {
    expect(ranked({ text: 'sofware developer' })[0]).toBe(uri('developer'));
    expect(ranked({ text: 'JavaScirpt' })[0]).toBe(uri('javascript'));
  });

  it('matches words written as one, as two, or hyphenated', () => {
    const engine = new SuggestEngine([
      new SuggestIndex(
        buildIndexData(
          [
            concept('aesthetician', 'occupation', 'aesthetician', { alt: ['skin care specialist'] }),
            concept('dermatologist', 'occupation', 'dermatologist', { alt: ['skin specialist'] }),
            concept('marine-mechanic', 'occupation', 'marine mechanic', { alt: ['motorboat mechanic'] }),
            concept('make-up-artist', 'occupation', 'make-up artist'),
            concept('performance-artist', 'occupation', 'performance artist'),
          ],
          { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' },
        ),
      ),
    ]);
    const [skincare] = engine.search({ text: 'Skincare Specialists', top: 3 });
    expect(skincare).toMatchObject({ uri: uri('aesthetician') });
    expect(skincare!.why.labels[0]).toMatchObject({
      text: 'skin care specialist',
      ranges: [
        { start: 0, end: 4 },
        { start: 5, end: 9 },
        { start: 10, end: 20 },
      ],
    });
    expect(engine.search({ text: 'motor boat mechanic', top: 3 })[0]!.uri).toBe(uri('marine-mechanic'));
    expect(engine.search({ text: 'Makeup Artists, Theatrical and Performance', top: 3 })[0]!.uri).toBe(uri('make-up-artist'));
  });

  it('finds the skills named inside a sentence and highlights them in the text', () => {
    const text = 'Proficiency in Java and JavaScript, able to work in teams';
    const top3 = ranked({ text }).slice(0, 3);
    expect(new Set(top3)).toEqual(new Set([uri('java'), uri('javascript'), uri('teams')]));
    const teams = en.search({ text, top: 5 }).find((c) => c.uri === uri('teams'))!;
    expect(teams.why.queryRanges.map((r) => text.slice(r.start, r.end))).toEqual(['work', 'in', 'teams']);
    expect(teams.why.coverage).toBe(1);
  });

  it('matches descriptions too, with a lower weight than labels', () => {
    const hits = en.search({ text: 'health promotion and illness prevention', top: 3 });
    expect(hits[0]!.uri).toBe(uri('nursing'));
    expect(hits[0]!.why.labels.some((l) => l.kind === 'description')).toBe(true);
  });

  it('filters by concept type, collection, reuse level, scheme and vocabulary', () => {
    expect(ranked({ text: 'software developer programming', filters: { types: ['occupation'] } })).toEqual([uri('developer')]);
    expect(ranked({ text: 'cloud technologies and greenhouse gas', filters: { collections: ['green'] } })).toEqual(
      expect.arrayContaining([uri('cloud'), uri('greenhouse')]),
    );
    expect(ranked({ text: 'Java and teams', filters: { collections: ['transversal'] } })).toEqual([uri('teams')]);
    expect(ranked({ text: 'manage staff in teams', filters: { reuseLevels: ['cross-sector'] } })).toEqual([uri('manage-staff')]);
    expect(ranked({ text: 'work in teams', filters: { schemes: ['http://example.org/other'] } })).toEqual([]);
    expect(ranked({ text: 'work in teams', filters: { vocabularyIds: ['other-v2'] } })).toEqual([]);
    expect(ranked({ text: 'ICT skills', filters: { types: ['skill', 'knowledge'] } })).not.toContain(uri('group-ict'));
  });

  it('matches a text in its own language only', () => {
    expect(ranked({ text: 'Brot backen' }, de)[0]).toBe(uri('bake'));
    expect(ranked({ text: 'Teamarbeit' }, de)[0]).toBe(uri('teams'));
    // English-only concepts are not in the German index.
    expect(ranked({ text: 'software developer' }, de)).toEqual([]);
    expect(ranked({ text: 'Brot backen' })).toEqual([]);
  });

  it('lifts targets of accepted mappings for similar texts and marks them', () => {
    const text = 'look after sick people in wards';
    expect(ranked({ text })).not.toContain(uri('nurse'));
    const memory = new DecisionMemory([
      { sourceItemId: 1, text: 'look after sick people in hospital wards', language: 'en', targetUri: uri('nurse'), origin: 'accepted' },
      { sourceItemId: 2, text: 'bake cakes', language: 'en', targetUri: uri('bake'), origin: 'imported' },
    ]);
    const hits = en.search({ text, top: 5, memory, sourceItemId: 3 });
    expect(hits[0]).toMatchObject({ uri: uri('nurse'), fromDecisions: true });
    expect(hits[0]!.why.decisions).toMatchObject({ accepted: 1, imported: 0, examples: ['look after sick people in hospital wards'] });
    // An item is not its own evidence.
    expect(en.search({ text, top: 5, memory, sourceItemId: 1 }).map((c) => c.uri)).not.toContain(uri('nurse'));
  });

  it('ranks a target the item rejected lower', () => {
    const text = 'work in teams';
    const before = en.search({ text, top: 5 });
    const after = en.search({ text, top: 5, rejected: new Set([uri('teams')]) });
    const rankOf = (list: typeof before) => list.findIndex((c) => c.uri === uri('teams'));
    expect(rankOf(before)).toBe(0);
    expect(rankOf(after)).toBeGreaterThan(0);
    expect(after[rankOf(after)]!.score).toBeLessThan(before[0]!.score / 5);
    expect(after[rankOf(after)]!.why.decisions?.rejected).toBe(1);
  });

  it('searches an outcome fragment as a statement: what only spelling similarity finds for a title is not added', () => {
    const titles = new SuggestEngine([
      new SuggestIndex(
        buildIndexData(
          [concept('painter', 'occupation', 'x', { de: 'Lackierer' }), concept('baker', 'occupation', 'x', { de: 'Bäcker' })],
          {
            vocabularyId: 'test-v1',
            language: 'de',
            sourceStamp: 'stamp',
          },
        ),
      ),
    ]);
    // No word of "Lackiertechniker" is a word of a label: as a title, its character n-grams find "Lackierer".
    expect(ranked({ text: 'Lackiertechniker' }, titles)).toEqual([uri('painter')]);
    expect(ranked({ text: 'Lackiertechniker', fragment: true }, titles)).toEqual([]);
  });
});
