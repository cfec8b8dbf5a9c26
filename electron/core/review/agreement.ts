import type Database from 'better-sqlite3';
import type { PairAgreement, ReviewDecision } from '../../../shared/domain/review.js';
import { cohenKappa } from './kappa.js';

/** Cohen's kappa for every pair of reviewers who reviewed the same mappings. */
export function pairAgreement(db: Database.Database): PairAgreement[] {
  const rows = db
    .prepare(
      `SELECT a.reviewer_id AS aId, ra.name AS aName, b.reviewer_id AS bId, rb.name AS bName, a.decision AS aDecision, b.decision AS bDecision
       FROM review_decisions a JOIN review_decisions b ON b.mapping_id = a.mapping_id AND a.reviewer_id < b.reviewer_id
       JOIN reviewers ra ON ra.id = a.reviewer_id JOIN reviewers rb ON rb.id = b.reviewer_id
       ORDER BY a.reviewer_id, b.reviewer_id`,
    )
    .all() as { aId: number; aName: string; bId: number; bName: string; aDecision: ReviewDecision; bDecision: ReviewDecision }[];
  const pairs = new Map<
    string,
    { a: { id: number; name: string }; b: { id: number; name: string }; decisions: [ReviewDecision, ReviewDecision][] }
  >();
  for (const row of rows) {
    const key = `${row.aId}:${row.bId}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { a: { id: row.aId, name: row.aName }, b: { id: row.bId, name: row.bName }, decisions: [] }));
    pair.decisions.push([row.aDecision, row.bDecision]);
  }
  return [...pairs.values()].map((pair) => ({ reviewerA: pair.a, reviewerB: pair.b, ...cohenKappa(pair.decisions) }));
}
