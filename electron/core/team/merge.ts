import type { TeamRecord, TeamReview } from '../../../shared/domain/team.js';
import { evidenceText } from './team-evidence.js';

export type RecordMap = ReadonlyMap<string, TeamRecord>;

export interface MergeConflict {
  key: string;
  itemKey: string;
  base: TeamRecord | null;
  mine: TeamRecord | null;
  theirs: TeamRecord | null;
}

export interface MergeResult {
  /** What my side becomes: every change of theirs applied, mine kept, conflicted mappings as mine. */
  merged: Map<string, TeamRecord>;
  conflicts: MergeConflict[];
  /** Mappings taken from their side (created, changed or deleted here). */
  taken: number;
}

/** The fields that make a record's state, in a fixed order, reviews sorted: equal text means equal state. */
function statementText(r: TeamRecord): string {
  const { reviews: _reviews, adjudication: _adjudication, evidence, ...fields } = r;
  // The key list below filters nested objects too, so the ranges go in as one string; none and [] are the same.
  const statement = { ...fields, evidence: evidenceText(evidence) };
  return JSON.stringify(statement, Object.keys(statement).sort());
}

const reviewText = (r: TeamReview | null | undefined): string =>
  r ? JSON.stringify([r.reviewer, r.orcid, r.decision, r.comment, r.at]) : '';

export function sameRecord(a: TeamRecord | undefined | null, b: TeamRecord | undefined | null): boolean {
  if (!a || !b) return !a && !b;
  return statementText(a) === statementText(b) && reviewsText(a) === reviewsText(b);
}

function reviewsText(r: TeamRecord): string {
  return JSON.stringify([[...r.reviews].sort((x, y) => x.reviewer.localeCompare(y.reviewer)).map(reviewText), reviewText(r.adjudication)]);
}

/** Three-way choice for one value: one side changed → that side; both the same → it; both differently → conflict. */
function pick<T>(base: T, mine: T, theirs: T, same: (a: T, b: T) => boolean): { value: T; conflict: boolean; fromTheirs: boolean } {
  if (same(mine, theirs)) return { value: mine, conflict: false, fromTheirs: false };
  if (same(base, mine)) return { value: theirs, conflict: false, fromTheirs: true };
  if (same(base, theirs)) return { value: mine, conflict: false, fromTheirs: false };
  return { value: mine, conflict: true, fromTheirs: false };
}

/**
 * Reviews merge per reviewer, so that two reviewers deciding on two machines (a blind double
 * review) is no conflict; the same reviewer's decision changed differently on both sides is.
 */
function mergeReviews(
  base: TeamRecord | null,
  mine: TeamRecord,
  theirs: TeamRecord,
): { reviews: TeamReview[]; adjudication: TeamReview | null; conflict: boolean } {
  const byReviewer = (r: TeamRecord | null) => new Map((r?.reviews ?? []).map((x) => [x.reviewer, x]));
  const b = byReviewer(base);
  const m = byReviewer(mine);
  const t = byReviewer(theirs);
  const sameReview = (x: TeamReview | undefined, y: TeamReview | undefined) => reviewText(x) === reviewText(y);
  let conflict = false;
  const reviews: TeamReview[] = [];
  for (const reviewer of [...new Set([...m.keys(), ...t.keys(), ...b.keys()])].sort()) {
    const choice = pick(b.get(reviewer), m.get(reviewer), t.get(reviewer), sameReview);
    conflict ||= choice.conflict;
    if (choice.value) reviews.push(choice.value);
  }
  const adjudication = pick(base?.adjudication ?? null, mine.adjudication, theirs.adjudication, (x, y) => reviewText(x) === reviewText(y));
  return { reviews, adjudication: adjudication.value, conflict: conflict || adjudication.conflict };
}

/**
 * Merges their mapping set into mine against the last state both agreed on, mapping by mapping
 * (records keyed by content id). A change on one side applies; the same change on both is taken
 * once; a mapping absent from a side that the base had was deleted there (a tombstone, so a
 * deletion is a change like any other); a mapping changed differently on both sides, or deleted on
 * one and changed on the other, is a conflict and stays as mine until the user decides. Reviews
 * merge per reviewer. Pure: nothing is overwritten silently, and nothing is lost.
 */
export function mergeRecords(base: RecordMap, mine: RecordMap, theirs: RecordMap): MergeResult {
  const merged = new Map<string, TeamRecord>();
  const conflicts: MergeConflict[] = [];
  let taken = 0;
  const keys = new Set([...base.keys(), ...mine.keys(), ...theirs.keys()]);
  for (const key of keys) {
    const b = base.get(key) ?? null;
    const m = mine.get(key) ?? null;
    const t = theirs.get(key) ?? null;
    const choice = pick(b, m, t, sameRecord);
    if (!choice.conflict) {
      if (choice.value) merged.set(key, choice.value);
      if (choice.fromTheirs) taken++;
      continue;
    }
    // Both sides have it and changed only the reviews, each for other reviewers: merge them.
    if (m && t && statementText(m) === statementText(t)) {
      const reviews = mergeReviews(b, m, t);
      if (!reviews.conflict) {
        const next = { ...m, reviews: reviews.reviews, adjudication: reviews.adjudication };
        merged.set(key, next);
        if (!sameRecord(next, m)) taken++;
        continue;
      }
    }
    // Both changed the statement: if only one changed it and the other only added reviews, combine.
    if (m && t && b) {
      const statement = pick(statementText(b), statementText(m), statementText(t), (x, y) => x === y);
      const reviews = mergeReviews(b, m, t);
      if (!statement.conflict && !reviews.conflict) {
        const next = { ...(statement.fromTheirs ? t : m), reviews: reviews.reviews, adjudication: reviews.adjudication };
        merged.set(key, next);
        if (!sameRecord(next, m)) taken++;
        continue;
      }
    }
    if (m) merged.set(key, m);
    conflicts.push({ key, itemKey: (m ?? t ?? b)!.itemKey, base: b, mine: m, theirs: t });
  }
  return { merged, conflicts, taken };
}

/** What turns `from` into `to`: records to create, to change and to delete. */
export function diffRecords(
  from: RecordMap,
  to: RecordMap,
): { created: TeamRecord[]; updated: { before: TeamRecord; after: TeamRecord }[]; deleted: TeamRecord[] } {
  const created: TeamRecord[] = [];
  const updated: { before: TeamRecord; after: TeamRecord }[] = [];
  const deleted: TeamRecord[] = [];
  for (const [key, after] of to) {
    const before = from.get(key);
    if (!before) created.push(after);
    else if (!sameRecord(before, after)) updated.push({ before, after });
  }
  for (const [key, before] of from) if (!to.has(key)) deleted.push(before);
  return { created, updated, deleted };
}

/** How many mappings differ between two states (ahead / behind counts). */
export function countChanges(from: RecordMap, to: RecordMap): number {
  const d = diffRecords(from, to);
  return d.created.length + d.updated.length + d.deleted.length;
}

export const recordMap = (records: readonly TeamRecord[]): Map<string, TeamRecord> => new Map(records.map((r) => [r.key, r]));
