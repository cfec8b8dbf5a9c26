import { describe, expect, it } from 'vitest';
import { DecisionMemory, type DecisionExample } from './decisions.js';
import { displayedScore, SuggestEngine } from './engine.js';
import { buildIndexData } from './index-data.js';
import { ProjectCalibration } from './project-calibration.js';
import { SuggestIndex } from './suggest-index.js';
import { sampleConcepts } from './test-concepts.js';

const engine = new SuggestEngine([
  new SuggestIndex(buildIndexData(sampleConcepts(), { vocabularyId: 'test-v1', language: 'en', sourceStamp: 's' })),
]);
const example = (sourceItemId: number, text: string, targetUri: string, relation: DecisionExample['relation']): DecisionExample => ({
  sourceItemId,
  text,
  language: 'en',
  targetUri,
  origin: 'accepted',
  relation,
});

describe('displayed scores are acceptance estimates', () => {
  it('keeps the raw score for ranking and shows a probability', () => {
    const list = engine.search({ text: 'work in teams', top: 5 });
    expect(list[0]!.rawScore).toBeGreaterThanOrEqual(1);
    for (const c of list) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThan(1);
    }
    // Lower in the list, lower estimate.
    expect(list[0]!.score).toBeGreaterThan(list.at(-1)!.score);
  });

  it('does not show 1.00 for candidates from earlier decisions, and keeps the relation they used', () => {
    const memory = new DecisionMemory([
      example(1, 'look after sick people in hospital wards', 'http://example.org/nurse', 'broadMatch'),
      example(2, 'look after sick people in hospital wards at night', 'http://example.org/nurse', 'broadMatch'),
      example(3, 'look after sick people in hospital wards on weekends', 'http://example.org/nurse', 'closeMatch'),
      example(4, 'Mitarbeitende anleiten', 'http://example.org/manage-staff', 'closeMatch'),
    ]);
    const [first] = engine.search({ text: 'look after sick people in wards', top: 5, memory, sourceItemId: 99 });
    expect(first).toMatchObject({ uri: 'http://example.org/nurse', fromDecisions: true, relation: 'broadMatch' });
    expect(first!.score).toBeGreaterThan(0.5);
    expect(first!.score).toBeLessThan(1);
  });

  it('more supporting decisions give a higher estimate; a rejection a lower one', () => {
    const one = displayedScore(0.2, { decision: { accepted: 1, imported: 0, strength: 1 } });
    const three = displayedScore(0.2, { decision: { accepted: 3, imported: 0, strength: 1 } });
    expect(one).toBeGreaterThan(0.2);
    expect(three).toBeGreaterThan(one);
    expect(three).toBeLessThan(1);
    expect(displayedScore(0.6, { rejected: true })).toBeLessThan(0.1);
  });

  it("applies the project's refinement to the shown score", () => {
    const rejecting = new ProjectCalibration(Array.from({ length: 40 }, () => ({ score: 0.45, accepted: false })));
    expect(displayedScore(0.42, {}, rejecting)).toBeLessThan(displayedScore(0.42, {}));
  });
});
