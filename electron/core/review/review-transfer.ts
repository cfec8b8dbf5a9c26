import type Database from 'better-sqlite3';
import type { MappingStatus } from '../../../shared/domain/mapping.js';
import type { TeamReview } from '../../../shared/domain/team.js';
import { reviewSettings, STATUS_FOR } from './review-service.js';
import { reviewerFor } from './reviewers.js';

export interface MappingReviews {
  reviews: TeamReview[];
  adjudication: TeamReview | null;
}

/** Every mapping's review decisions and adjudication by reviewer name, for sharing with other machines. */
export function reviewsByMapping(db: Database.Database): Map<number, MappingReviews> {
  const found = new Map<number, MappingReviews>();
  const entry = (id: number) => {
    let e = found.get(id);
    if (!e) found.set(id, (e = { reviews: [], adjudication: null }));
    return e;
  };
  const decisions = db
    .prepare(
      'SELECT d.mapping_id AS id, r.name AS reviewer, r.orcid, d.decision, d.comment, d.at FROM review_decisions d JOIN reviewers r ON r.id = d.reviewer_id ORDER BY d.mapping_id, r.name',
    )
    .all() as ({ id: number } & TeamReview)[];
  for (const { id, ...review } of decisions) entry(id).reviews.push(review);
  const adjudications = db
    .prepare(
      'SELECT a.mapping_id AS id, r.name AS reviewer, r.orcid, a.decision, a.comment, a.at FROM review_adjudications a JOIN reviewers r ON r.id = a.reviewer_id',
    )
    .all() as ({ id: number } & TeamReview)[];
  for (const { id, ...review } of adjudications) entry(id).adjudication = review;
  return found;
}

/**
 * Makes a mapping's decisions those given (from another machine): rounds follow the order the
 * decisions were made in, so a blind second review stays the second round (and stays hidden from
 * the reviewer who has yet to decide, as review-service does for local decisions).
 */
export function replaceReviews(db: Database.Database, mappingId: number, reviews: MappingReviews): void {
  db.prepare('DELETE FROM review_decisions WHERE mapping_id = ?').run(mappingId);
  db.prepare('DELETE FROM review_adjudications WHERE mapping_id = ?').run(mappingId);
  const ordered = firstTwo(reviews.reviews);
  const insert = db.prepare(
    'INSERT INTO review_decisions (mapping_id, reviewer_id, round, decision, comment, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  ordered.forEach((r, i) => insert.run(mappingId, reviewerFor(db, r.reviewer, r.orcid).id, i + 1, r.decision, r.comment, r.at));
  const a = reviews.adjudication;
  if (a) {
    db.prepare('INSERT INTO review_adjudications (mapping_id, reviewer_id, decision, comment, at) VALUES (?, ?, ?, ?, ?)').run(
      mappingId,
      reviewerFor(db, a.reviewer, a.orcid).id,
      a.decision,
      a.comment,
      a.at,
    );
  }
}

/** The two decisions a double review keeps: the first two made. */
function firstTwo(reviews: readonly TeamReview[]): TeamReview[] {
  return [...reviews].sort((a, b) => a.at.localeCompare(b.at) || a.reviewer.localeCompare(b.reviewer)).slice(0, 2);
}

/**
 * The status a merge of review decisions settles, as decide() does on one machine: in double
 * review, two agreeing decisions of which this machine had at most one (two reviewers deciding
 * blind on two machines), on a mapping still proposed and not adjudicated. Null otherwise; two
 * agreeing decisions this machine already had on a proposed mapping are an undone outcome, left
 * for adjudication.
 */
export function mergedReviewOutcome(
  db: Database.Database,
  before: MappingReviews | null,
  after: MappingReviews & { status: MappingStatus },
): MappingStatus | null {
  if (!reviewSettings(db).doubleReview || after.adjudication || after.status !== 'proposed') return null;
  if ((before?.reviews.length ?? 0) >= 2) return null;
  const [first, second] = firstTwo(after.reviews);
  return first && second && first.decision === second.decision ? STATUS_FOR[first.decision] : null;
}

/**
 * A decision an imported table states (its reviewer accepted or rejected the mapping), recorded
 * as that reviewer's first round; a mapping that already has one keeps it.
 */
export function recordImportedDecision(
  db: Database.Database,
  decision: { mappingId: number; reviewer: string; decision: 'accept' | 'reject'; at: string },
): void {
  db.prepare(
    "INSERT OR IGNORE INTO review_decisions (mapping_id, reviewer_id, round, decision, comment, at) VALUES (?, ?, 1, ?, 'imported', ?)",
  ).run(decision.mappingId, reviewerFor(db, decision.reviewer, '').id, decision.decision, decision.at);
}

/** Who last reviewed each mapping: the adjudicator, else the reviewer of the latest round; with ORCIDs. */
export function lastReviewers(db: Database.Database): { byMapping: Map<number, string>; orcids: Record<string, string> } {
  const byMapping = new Map<number, string>();
  const orcids: Record<string, string> = {};
  const hasReview = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_decisions'").get();
  if (!hasReview) return { byMapping, orcids };
  const decisions = db
    .prepare(
      'SELECT d.mapping_id AS id, r.name, r.orcid FROM review_decisions d JOIN reviewers r ON r.id = d.reviewer_id ORDER BY d.mapping_id, d.round',
    )
    .all() as { id: number; name: string; orcid: string }[];
  const adjudications = db
    .prepare('SELECT a.mapping_id AS id, r.name, r.orcid FROM review_adjudications a JOIN reviewers r ON r.id = a.reviewer_id')
    .all() as { id: number; name: string; orcid: string }[];
  for (const row of [...decisions, ...adjudications]) {
    byMapping.set(row.id, row.name);
    if (row.orcid) orcids[row.name] = row.orcid;
  }
  return { byMapping, orcids };
}
