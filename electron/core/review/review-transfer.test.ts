import { afterAll, describe, expect, it } from 'vitest';
import type { TeamReview } from '../../../shared/domain/team.js';
import { tempProject } from '../mappings/testing.js';
import { setReviewSettings } from './review-service.js';
import { mergedReviewOutcome } from './review-transfer.js';

const review = (reviewer: string, decision: TeamReview['decision'], at: string): TeamReview => ({
  reviewer,
  orcid: '',
  decision,
  comment: '',
  at,
});
const rita = review('rita', 'accept', '2026-01-01T10:00:00Z');
const sam = review('sam', 'accept', '2026-01-01T11:00:00Z');
const samRejects = review('sam', 'reject', '2026-01-01T11:00:00Z');
const merged = (reviews: TeamReview[], status: 'proposed' | 'accepted' = 'proposed', adjudication: TeamReview | null = null) => ({
  reviews,
  adjudication,
  status,
});

describe('the outcome of review decisions that met in a merge', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  const db = t.project.db;

  it('in double review, two agreeing blind decisions from two machines settle a proposed mapping', () => {
    setReviewSettings(db, { doubleReview: true });
    expect(mergedReviewOutcome(db, { reviews: [sam], adjudication: null }, merged([rita, sam]))).toBe('accepted');
    expect(mergedReviewOutcome(db, null, merged([review('a', 'reject', '1'), review('b', 'reject', '2')]))).toBe('rejected');
  });

  it('disagreement, one decision, an adjudication or a status already set leave it as it is', () => {
    expect(mergedReviewOutcome(db, { reviews: [samRejects], adjudication: null }, merged([rita, samRejects]))).toBeNull();
    expect(mergedReviewOutcome(db, { reviews: [], adjudication: null }, merged([rita]))).toBeNull();
    expect(mergedReviewOutcome(db, { reviews: [sam], adjudication: null }, merged([rita, sam], 'proposed', rita))).toBeNull();
    expect(mergedReviewOutcome(db, { reviews: [sam], adjudication: null }, merged([rita, sam], 'accepted'))).toBeNull();
  });

  it('two agreeing decisions this machine already had on a proposed mapping are an undone outcome, not settled again', () => {
    expect(mergedReviewOutcome(db, { reviews: [rita, sam], adjudication: null }, merged([rita, sam]))).toBeNull();
  });

  it('in single review nothing is settled by a merge (each decision settled where it was made)', () => {
    setReviewSettings(db, { doubleReview: false });
    expect(mergedReviewOutcome(db, { reviews: [sam], adjudication: null }, merged([rita, sam]))).toBeNull();
  });
});
