import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryHistory } from '../mappings/history.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { undoState } from '../mappings/undo-redo.js';
import { adjudicate, decide, reviewQueue, setReviewSettings } from './review-service.js';
import { actingReviewer, reviewerFor, saveReviewer } from './reviewers.js';

let handle: ReturnType<typeof tempProject>;
let mappingId: number;
const db = () => handle.project.db;

beforeEach(() => {
  handle = tempProject();
  const [item] = addItems(db(), addScheme(db(), { title: 'Data course' }), [{ key: 'LO1', text: 'Analyse data' }]);
  mappingId = new MappingStore(db()).create(
    [{ sourceItemId: item!, target: { uri: skill(1), label: 'skill 1', vocabularyId: ESCO }, relation: 'closeMatch' }],
    { author: 'Ann' },
  ).mappings[0]!.id;
});
afterEach(() => handle.cleanup());

describe('reviewer identity', () => {
  it('is the person record: the ORCID iD finds the same reviewer after a rename', () => {
    const ann = reviewerFor(db(), 'Ann Smith', '0000-0002-1825-0097');
    const renamed = reviewerFor(db(), 'Ann Smith-Jones', '0000-0002-1825-0097');
    expect(renamed.id).toBe(ann.id);
    expect(renamed.name).toBe('Ann Smith-Jones');
  });

  it('refuses a decision sent in another reviewer’s name', () => {
    const bob = saveReviewer(db(), { name: 'Bob' });
    expect(() => actingReviewer(db(), { name: 'Ann', orcid: '' }, bob.id)).toThrow(
      /recorded for the person in Settings \(Ann\), not for "Bob"/,
    );
    const ann = reviewerFor(db(), 'Ann', '');
    expect(actingReviewer(db(), { name: 'Ann', orcid: '' }, ann.id).id).toBe(ann.id);
  });
});

describe('double review', () => {
  it('refuses adjudication by a reviewer who made one of the two disagreeing decisions', () => {
    setReviewSettings(db(), { doubleReview: true });
    const ann = saveReviewer(db(), { name: 'Ann' });
    const bob = saveReviewer(db(), { name: 'Bob' });
    const cleo = saveReviewer(db(), { name: 'Cleo' });
    decide(db(), { reviewerId: ann.id, mappingId, decision: 'accept' }, 'Ann');
    decide(db(), { reviewerId: bob.id, mappingId, decision: 'reject' }, 'Bob');
    expect(() => adjudicate(db(), { reviewerId: ann.id, mappingId, decision: 'accept' }, 'Ann')).toThrow(
      'Ann made one of the two decisions on this mapping, so another reviewer must adjudicate it.',
    );
    expect(() => adjudicate(db(), { reviewerId: bob.id, mappingId, decision: 'reject' }, 'Bob')).toThrow(
      /another reviewer must adjudicate/,
    );
    expect(reviewQueue(db(), { reviewerId: bob.id, mode: 'adjudication' }).total).toBe(0);
    expect(reviewQueue(db(), { reviewerId: cleo.id, mode: 'adjudication' }).total).toBe(1);
    expect(adjudicate(db(), { reviewerId: cleo.id, mappingId, decision: 'reject' }, 'Cleo')).toMatchObject({
      reviewerName: 'Cleo',
      decision: 'reject',
    });
  });

  it('shows blind first-round decisions in History once the second reveals them, with reviewer and decision', () => {
    setReviewSettings(db(), { doubleReview: true });
    const ann = saveReviewer(db(), { name: 'Ann' });
    const bob = saveReviewer(db(), { name: 'Bob' });
    const before = queryHistory(db()).total;
    decide(db(), { reviewerId: ann.id, mappingId, decision: 'accept', comment: 'fits' }, 'Ann');
    // Still blind: Bob could read Ann's decision in History otherwise.
    expect(queryHistory(db()).total).toBe(before);
    decide(db(), { reviewerId: bob.id, mappingId, decision: 'reject' }, 'Bob');
    const reviews = queryHistory(db()).changes.filter((c) => c.batchLabel.startsWith('Review round'));
    expect(reviews.map((c) => [c.author, c.batchLabel])).toEqual([
      ['Bob', 'Review round 2 (Bob): reject'],
      ['Ann', 'Review round 1 (Ann): accept — fits'],
    ]);
    expect(reviews[0]!.before).toEqual(reviews[0]!.after);
    // Notes change nothing, so they are not on the undo stack.
    expect(undoState(db()).undo?.label ?? '').not.toMatch(/^Review round/);
    decide(db(), { reviewerId: bob.id, mappingId, decision: 'accept' }, 'Bob');
    expect(queryHistory(db()).changes.map((c) => c.batchLabel)).toContain('Review round 2 (Bob): accept');
  });
});
