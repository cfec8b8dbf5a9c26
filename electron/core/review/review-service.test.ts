import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MappingStore } from '../mappings/mapping-store.js';
import { addItems, addScheme, ESCO, skill, tempProject } from '../mappings/testing.js';
import { undo } from '../mappings/undo-redo.js';
import { pairAgreement } from './agreement.js';
import { reviewReportCsv } from './report-csv.js';
import { adjudicate, decide, reviewQueue, reviewSettings, reviewStats, setReviewSettings, visibleDecisions } from './review-service.js';
import { reviewerFor, saveReviewer } from './reviewers.js';

let handle: ReturnType<typeof tempProject>;
let mappingIds: number[];
const db = () => handle.project.db;
const store = () => new MappingStore(db());

beforeEach(() => {
  handle = tempProject();
  const items = addItems(db(), addScheme(db(), { title: 'Data course' }), [
    { key: 'LO1', text: 'Analyse data' },
    { key: 'LO2', text: 'Explain GDPR, "briefly"' },
    { key: 'LO3', text: 'Write SQL' },
  ]);
  mappingIds = store()
    .create(
      items.map((sourceItemId, i) => ({
        sourceItemId,
        target: { uri: skill(i), label: `skill ${i}`, vocabularyId: ESCO },
        relation: 'closeMatch' as const,
      })),
      { author: 'Ann' },
    )
    .mappings.map((m) => m.id);
});
afterEach(() => handle.cleanup());

describe('reviewers', () => {
  it('keeps names unique and creates the current user on first use', () => {
    const ann = saveReviewer(db(), { name: 'Ann', orcid: '0000-0002-1825-0097' });
    expect(() => saveReviewer(db(), { name: 'Ann' })).toThrow(/already exists/);
    expect(reviewerFor(db(), 'Ann', '').id).toBe(ann.id);
    const bob = reviewerFor(db(), 'Bob', '0000-0001-2345-6789');
    expect(bob).toMatchObject({ name: 'Bob', orcid: '0000-0001-2345-6789' });
  });
});

describe('single review', () => {
  it('a decision sets the status at once, through the history (undoable)', () => {
    const ann = saveReviewer(db(), { name: 'Ann' });
    expect(reviewQueue(db(), { reviewerId: ann.id }).total).toBe(3);
    decide(db(), { reviewerId: ann.id, mappingId: mappingIds[0]!, decision: 'reject', comment: 'too broad' }, 'Ann');
    expect(store().get(mappingIds[0]!).status).toBe('rejected');
    expect(reviewQueue(db(), { reviewerId: ann.id }).total).toBe(2);
    undo(db(), 'Ann');
    expect(store().get(mappingIds[0]!).status).toBe('proposed');
    // Undone: back in the queue, and deciding again replaces the earlier decision.
    expect(reviewQueue(db(), { reviewerId: ann.id }).items.find((i) => i.mapping.id === mappingIds[0])?.round).toBe(1);
    decide(db(), { reviewerId: ann.id, mappingId: mappingIds[0]!, decision: 'accept' }, 'Ann');
    expect(store().get(mappingIds[0]!).status).toBe('accepted');
    expect(db().prepare('SELECT count(*) AS n FROM review_decisions').get()).toEqual({ n: 1 });
  });
});

describe('blind double review', () => {
  it('hides the first decision, sends disagreements to adjudication, and reports kappa', () => {
    setReviewSettings(db(), { doubleReview: true });
    expect(reviewSettings(db()).doubleReview).toBe(true);
    const ann = saveReviewer(db(), { name: 'Ann' });
    const bob = saveReviewer(db(), { name: 'Bob', orcid: '0000-0002-1825-0097' });
    const cleo = saveReviewer(db(), { name: 'Cleo' });

    decide(db(), { reviewerId: ann.id, mappingId: mappingIds[0]!, decision: 'accept' }, 'Ann');
    decide(db(), { reviewerId: ann.id, mappingId: mappingIds[1]!, decision: 'accept' }, 'Ann');
    decide(db(), { reviewerId: ann.id, mappingId: mappingIds[2]!, decision: 'reject' }, 'Ann');
    // One decision is not enough in double review.
    expect(store().get(mappingIds[0]!).status).toBe('proposed');
    expect(reviewQueue(db(), { reviewerId: ann.id }).total).toBe(0);

    const queue = reviewQueue(db(), { reviewerId: bob.id });
    expect(queue.total).toBe(3);
    expect(queue.items.every((i) => i.round === 2 && i.decisions.length === 0)).toBe(true);
    expect(JSON.stringify(queue)).not.toContain('accept');

    decide(db(), { reviewerId: bob.id, mappingId: mappingIds[0]!, decision: 'accept' }, 'Bob');
    decide(db(), { reviewerId: bob.id, mappingId: mappingIds[1]!, decision: 'reject', comment: 'not GDPR' }, 'Bob');
    decide(db(), { reviewerId: bob.id, mappingId: mappingIds[2]!, decision: 'reject' }, 'Bob');
    expect(store().get(mappingIds[0]!).status).toBe('accepted');
    expect(store().get(mappingIds[1]!).status).toBe('proposed');
    expect(store().get(mappingIds[2]!).status).toBe('rejected');
    expect(() => decide(db(), { reviewerId: cleo.id, mappingId: mappingIds[1]!, decision: 'accept' }, 'Cleo')).toThrow(/two reviews/);

    const disputes = reviewQueue(db(), { reviewerId: cleo.id, mode: 'adjudication' });
    expect(disputes.items.map((i) => i.mapping.id)).toEqual([mappingIds[1]]);
    expect(disputes.items[0]!.decisions.map((d) => [d.reviewerName, d.decision])).toEqual([
      ['Ann', 'accept'],
      ['Bob', 'reject'],
    ]);
    adjudicate(db(), { reviewerId: cleo.id, mappingId: mappingIds[1]!, decision: 'reject', comment: 'Bob is right' }, 'Cleo');
    expect(store().get(mappingIds[1]!).status).toBe('rejected');
    expect(reviewQueue(db(), { reviewerId: cleo.id, mode: 'adjudication' }).total).toBe(0);
    expect(reviewStats(db())).toEqual({ proposed: 0, reviewedOnce: 0, reviewedTwice: 3, disagreements: 1, adjudicated: 1 });

    const [pair] = pairAgreement(db());
    // Ann: accept, accept, reject; Bob: accept, reject, reject → p_o = 2/3, p_e = 2/3·1/3 + 1/3·2/3 = 4/9, κ = 0.4.
    expect(pair).toMatchObject({ reviewerA: { name: 'Ann' }, reviewerB: { name: 'Bob' }, n: 3, agreed: 2 });
    expect(pair!.kappa).toBeCloseTo(0.4, 10);

    const csv = reviewReportCsv(db());
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain('content_id,source_scheme,source_id');
    expect(lines).toHaveLength(1 + 3 + 1 + 2 + 1);
    expect(lines[2]).toContain('"Explain GDPR, ""briefly"""');
    expect(lines[2]).toContain('Ann,,accept');
    expect(lines[2]).toContain('Bob,0000-0002-1825-0097,reject,not GDPR');
    expect(lines[2]).toContain('disagree,Cleo,,reject,Bob is right');
    expect(lines[6]).toBe('Ann,Bob,3,2,0.6667,0.4444,0.4000');
  });
});

describe('visible decisions', () => {
  it('keeps a double review blind for a reviewer who has not decided yet', () => {
    setReviewSettings(db(), { doubleReview: true });
    const ann = saveReviewer(db(), { name: 'Ann' });
    const bob = saveReviewer(db(), { name: 'Bob' });
    decide(db(), { reviewerId: ann.id, mappingId: mappingIds[0]!, decision: 'accept' }, 'Ann');
    expect(visibleDecisions(db(), mappingIds[0]!, bob.id)).toMatchObject({ decisions: [], hidden: 1 });
    expect(visibleDecisions(db(), mappingIds[0]!, ann.id).decisions).toHaveLength(1);
    decide(db(), { reviewerId: bob.id, mappingId: mappingIds[0]!, decision: 'reject' }, 'Bob');
    expect(visibleDecisions(db(), mappingIds[0]!, bob.id)).toMatchObject({ hidden: 0 });
    expect(visibleDecisions(db(), mappingIds[0]!, bob.id).decisions).toHaveLength(2);
  });
});

describe('double review after an undo', () => {
  it('sends two agreeing reviews whose outcome was undone to adjudication', () => {
    setReviewSettings(db(), { doubleReview: true });
    const ann = saveReviewer(db(), { name: 'Ann' });
    const bob = saveReviewer(db(), { name: 'Bob' });
    decide(db(), { reviewerId: ann.id, mappingId: mappingIds[0]!, decision: 'accept' }, 'Ann');
    decide(db(), { reviewerId: bob.id, mappingId: mappingIds[0]!, decision: 'accept' }, 'Bob');
    expect(store().get(mappingIds[0]!).status).toBe('accepted');
    const cleo = saveReviewer(db(), { name: 'Cleo' });
    expect(reviewQueue(db(), { reviewerId: cleo.id, mode: 'adjudication' }).total).toBe(0);
    undo(db(), 'Ann');
    expect(reviewQueue(db(), { reviewerId: cleo.id, mode: 'adjudication' }).items.map((i) => i.mapping.id)).toEqual([mappingIds[0]]);
    // Ann made one of the two decisions: the case is not hers to settle.
    expect(reviewQueue(db(), { reviewerId: ann.id, mode: 'adjudication' }).total).toBe(0);
  });
});
