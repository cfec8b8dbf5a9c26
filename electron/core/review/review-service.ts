import type Database from 'better-sqlite3';
import { readKeyValue, writeKeyValue } from '../db/key-values.js';
import type { MappingStatus } from '../../../shared/domain/mapping.js';
import type {
  Adjudication,
  ReviewDecision,
  ReviewDecisionRecord,
  ReviewQueue,
  ReviewQueueItem,
  ReviewSettings,
  ReviewStats,
} from '../../../shared/domain/review.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { MAPPING_COLUMNS, toMapping, type MappingDbRow } from '../mappings/mapping-row.js';
import { MappingStore } from '../mappings/mapping-store.js';
import { recordReviewNotes, type ReviewNote } from '../mappings/review-notes.js';
import { getReviewer } from './reviewers.js';
import { writeTransaction } from '../db/write-transaction.js';

export const STATUS_FOR: Record<ReviewDecision, MappingStatus> = { accept: 'accepted', reject: 'rejected', unsure: 'unsure' };

export function reviewSettings(db: Database.Database): ReviewSettings {
  return { doubleReview: readKeyValue(db, 'double_review') === 'true' };
}

export function setReviewSettings(db: Database.Database, settings: ReviewSettings): ReviewSettings {
  writeKeyValue(db, 'double_review', String(settings.doubleReview));
  return reviewSettings(db);
}

const DECISIONS = `SELECT d.id, d.mapping_id AS mappingId, d.reviewer_id AS reviewerId, r.name AS reviewerName, d.round, d.decision, d.comment, d.at
  FROM review_decisions d JOIN reviewers r ON r.id = d.reviewer_id`;

export function decisionsOf(
  db: Database.Database,
  mappingId: number,
): { decisions: ReviewDecisionRecord[]; adjudication: Adjudication | null } {
  const decisions = db.prepare(`${DECISIONS} WHERE d.mapping_id = ? ORDER BY d.round`).all(mappingId) as ReviewDecisionRecord[];
  const adjudication =
    (db
      .prepare(
        `SELECT a.mapping_id AS mappingId, a.reviewer_id AS reviewerId, r.name AS reviewerName, a.decision, a.comment, a.at
         FROM review_adjudications a JOIN reviewers r ON r.id = a.reviewer_id WHERE a.mapping_id = ?`,
      )
      .get(mappingId) as Adjudication | undefined) ?? null;
  return { decisions, adjudication };
}

/** What a reviewer may see of a mapping's reviews: in a double review, nothing of others' until they decided. */
export function visibleDecisions(
  db: Database.Database,
  mappingId: number,
  reviewerId?: number,
): { decisions: ReviewDecisionRecord[]; adjudication: Adjudication | null; hidden: number } {
  const all = decisionsOf(db, mappingId);
  const blind =
    reviewerId !== undefined &&
    reviewSettings(db).doubleReview &&
    all.decisions.length < 2 &&
    !all.decisions.some((d) => d.reviewerId === reviewerId);
  if (!blind) return { ...all, hidden: 0 };
  return { decisions: [], adjudication: all.adjudication, hidden: all.decisions.length };
}

/**
 * Proposed mappings waiting for this reviewer. Review mode is blind: it never returns what others
 * decided. In double review a mapping waits until two different reviewers decided; in single
 * review the first decision settles it. Adjudication mode lists disagreements with both decisions.
 */
export function reviewQueue(
  db: Database.Database,
  options: { reviewerId: number; mode?: 'review' | 'adjudication'; schemeId?: number; limit?: number },
): ReviewQueue {
  getReviewer(db, options.reviewerId);
  const double = reviewSettings(db).doubleReview;
  const scheme = options.schemeId !== undefined ? 'AND i.scheme_id = @schemeId' : '';
  const count = '(SELECT count(*) FROM review_decisions d WHERE d.mapping_id = m.id)';
  const mine = 'EXISTS (SELECT 1 FROM review_decisions d WHERE d.mapping_id = m.id AND d.reviewer_id = @reviewerId)';
  const unsettled = 'NOT EXISTS (SELECT 1 FROM review_adjudications a WHERE a.mapping_id = m.id)';
  // A status change undone after review puts the mapping back: single review lets the reviewer
  // decide again; two agreeing reviews whose outcome was undone go to adjudication.
  // A reviewer who made one of the two decisions never sees it to adjudicate (adjudicate refuses it).
  const condition =
    options.mode === 'adjudication'
      ? `${count} = 2 AND ${unsettled} AND NOT ${mine}
         AND ((SELECT count(DISTINCT decision) FROM review_decisions d WHERE d.mapping_id = m.id) = 2 OR m.status = 'proposed')`
      : double
        ? `m.status = 'proposed' AND ${count} < 2 AND NOT ${mine} AND ${unsettled}`
        : `m.status = 'proposed' AND ${unsettled} AND (${mine} OR ${count} < 2)`;
  const from = `FROM mappings m JOIN source_items i ON i.id = m.source_item_id WHERE m.kind = 'match' AND ${condition} ${scheme}`;
  const params = { reviewerId: options.reviewerId, schemeId: options.schemeId };
  const named = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(named) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${MAPPING_COLUMNS}, i.key AS source_key, i.text AS source_text, ${count} AS reviews ${from} ORDER BY i.scheme_id, i.position, m.id LIMIT ${options.limit ?? 500}`,
    )
    .all(named) as (MappingDbRow & { source_key: string; source_text: string; reviews: number })[];
  const items = rows.map<ReviewQueueItem>((row) => ({
    mapping: toMapping(row),
    sourceKey: row.source_key,
    sourceText: row.source_text,
    round: options.mode === 'adjudication' ? 'adjudication' : roundFor(db, row.id, options.reviewerId, row.reviews),
    decisions: options.mode === 'adjudication' ? decisionsOf(db, row.id).decisions : [],
  }));
  return { items, total };
}

/** The round a reviewer's decision is (or would be) recorded in. */
function roundFor(db: Database.Database, mappingId: number, reviewerId: number, reviews: number): 1 | 2 {
  const own = db.prepare('SELECT round FROM review_decisions WHERE mapping_id = ? AND reviewer_id = ?').get(mappingId, reviewerId) as
    { round: 1 | 2 } | undefined;
  return own?.round ?? (reviews === 0 ? 1 : 2);
}

/**
 * Records a reviewer's decision (a reviewer may change their own decision). Single review: the
 * mapping's status follows at once. Double review: it follows when two reviewers agree;
 * a disagreement waits for adjudication. Status changes go through the store (history, undo).
 */
export function decide(
  db: Database.Database,
  input: { reviewerId: number; mappingId: number; decision: ReviewDecision; comment?: string },
  author: string,
): ReviewDecisionRecord {
  const store = new MappingStore(db);
  const reviewer = getReviewer(db, input.reviewerId);
  const mapping = store.get(input.mappingId);
  const double = reviewSettings(db).doubleReview;
  const at = new Date().toISOString();
  let id = 0;
  writeTransaction(db, () => {
    const existing = db.prepare(`${DECISIONS} WHERE d.mapping_id = ? ORDER BY d.round`).all(input.mappingId) as ReviewDecisionRecord[];
    const mine = existing.find((d) => d.reviewerId === input.reviewerId);
    if (mine) {
      db.prepare('UPDATE review_decisions SET decision = ?, comment = ?, at = ? WHERE id = ?').run(
        input.decision,
        input.comment ?? '',
        at,
        mine.id,
      );
      id = mine.id;
    } else {
      if (existing.length >= 2) {
        throw new CrosswalkError(ErrorCodes.conflict, 'This mapping already has two reviews; a further decision is an adjudication.', {
          mappingId: input.mappingId,
        });
      }
      const round = existing.length + 1;
      const info = db
        .prepare('INSERT INTO review_decisions (mapping_id, reviewer_id, round, decision, comment, at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.mappingId, input.reviewerId, round, input.decision, input.comment ?? '', at);
      id = Number(info.lastInsertRowid);
    }
    // The mapping's decisions after this one, derived from what was read above.
    const all = mine
      ? existing.map((d) => (d === mine ? input.decision : d.decision))
      : [...existing.map((d) => d.decision), input.decision];
    if (double)
      recordReviewNotes(
        db,
        mapping,
        revealed(existing, mine, {
          reviewerName: reviewer.name,
          round: (mine?.round ?? all.length) as 1 | 2,
          decision: input.decision,
          comment: input.comment ?? '',
          at,
        }),
      );
    const settled = !double ? input.decision : all.length === 2 && all[0] === all[1] ? all[0]! : null;
    if (settled && mapping.status !== STATUS_FOR[settled]) {
      store.update([mapping.id], { status: STATUS_FOR[settled] }, { author, label: `Review (${reviewer.name}): ${settled}` });
    }
  });
  return db.prepare(`${DECISIONS} WHERE d.id = ?`).get(id) as ReviewDecisionRecord;
}

/** Settles a disagreement of a double review; the mapping's status follows. */
export function adjudicate(
  db: Database.Database,
  input: { reviewerId: number; mappingId: number; decision: ReviewDecision; comment?: string },
  author: string,
): Adjudication {
  const store = new MappingStore(db);
  const reviewer = getReviewer(db, input.reviewerId);
  const mapping = store.get(input.mappingId);
  const decisions = decisionsOf(db, input.mappingId).decisions;
  if (decisions.length < 2) {
    throw new CrosswalkError(ErrorCodes.conflict, 'Only a mapping with two reviews can be adjudicated.', { mappingId: input.mappingId });
  }
  if (decisions.some((d) => d.reviewerId === input.reviewerId)) {
    throw new CrosswalkError(
      ErrorCodes.conflict,
      `${reviewer.name} made one of the two decisions on this mapping, so another reviewer must adjudicate it.`,
      { mappingId: input.mappingId, field: 'reviewerId' },
    );
  }
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO review_adjudications (mapping_id, reviewer_id, decision, comment, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (mapping_id) DO UPDATE SET reviewer_id = excluded.reviewer_id, decision = excluded.decision, comment = excluded.comment, at = excluded.at`,
    ).run(input.mappingId, input.reviewerId, input.decision, input.comment ?? '', new Date().toISOString());
    if (mapping.status !== STATUS_FOR[input.decision]) {
      store.update(
        [mapping.id],
        { status: STATUS_FOR[input.decision] },
        { author, label: `Adjudication (${reviewer.name}): ${input.decision}` },
      );
    }
  });
  return decisionsOf(db, input.mappingId).adjudication!;
}

type NoteDecision = Pick<ReviewDecisionRecord, 'reviewerName' | 'round' | 'decision' | 'comment' | 'at'>;

function noteOf(d: NoteDecision): ReviewNote {
  return {
    reviewer: d.reviewerName,
    at: d.at,
    label: `Review round ${d.round} (${d.reviewerName}): ${d.decision}${d.comment ? ` — ${d.comment}` : ''}`,
  };
}

/**
 * The double-review decisions History may show once this one is recorded: none while the mapping
 * has one decision (it is blind), both when the second arrives, and later changes as they come.
 */
function revealed(existing: ReviewDecisionRecord[], mine: ReviewDecisionRecord | undefined, current: NoteDecision): ReviewNote[] {
  const after = mine ? existing.length : existing.length + 1;
  if (after < 2) return [];
  if (!mine && existing.length === 1) return [noteOf(existing[0]!), noteOf(current)];
  return [noteOf(current)];
}

export function reviewStats(db: Database.Database): ReviewStats {
  return db
    .prepare(
      `WITH per AS (SELECT mapping_id, count(*) AS n, count(DISTINCT decision) AS kinds FROM review_decisions GROUP BY mapping_id)
       SELECT (SELECT count(*) FROM mappings WHERE kind = 'match' AND status = 'proposed') AS proposed,
              (SELECT count(*) FROM per WHERE n = 1) AS reviewedOnce,
              (SELECT count(*) FROM per WHERE n = 2) AS reviewedTwice,
              (SELECT count(*) FROM per WHERE n = 2 AND kinds = 2) AS disagreements,
              (SELECT count(*) FROM review_adjudications) AS adjudicated`,
    )
    .get() as ReviewStats;
}
