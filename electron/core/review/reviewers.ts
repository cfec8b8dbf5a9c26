import type Database from 'better-sqlite3';
import type { Reviewer } from '../../../shared/domain/review.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';

export function listReviewers(db: Database.Database): Reviewer[] {
  return db.prepare('SELECT id, name, orcid, created FROM reviewers ORDER BY name COLLATE NOCASE').all() as Reviewer[];
}

export function getReviewer(db: Database.Database, id: number): Reviewer {
  const found = db.prepare('SELECT id, name, orcid, created FROM reviewers WHERE id = ?').get(id) as Reviewer | undefined;
  if (!found) throw new CrosswalkError(ErrorCodes.notFound, `No reviewer with id ${id}`, { id });
  return found;
}

/** Adds a reviewer, or renames / sets the ORCID of one. Names are unique per project. */
export function saveReviewer(db: Database.Database, input: { id?: number; name: string; orcid?: string }): Reviewer {
  const name = input.name.trim();
  const clash = db.prepare('SELECT id FROM reviewers WHERE name = ?').get(name) as { id: number } | undefined;
  if (clash && clash.id !== input.id)
    throw new CrosswalkError(ErrorCodes.alreadyExists, `A reviewer named "${name}" already exists.`, { field: 'name' });
  if (input.id !== undefined) {
    const current = getReviewer(db, input.id);
    db.prepare('UPDATE reviewers SET name = ?, orcid = ? WHERE id = ?').run(name, input.orcid ?? current.orcid, input.id);
    return getReviewer(db, input.id);
  }
  const info = db
    .prepare('INSERT INTO reviewers (name, orcid, created) VALUES (?, ?, ?)')
    .run(name, input.orcid ?? '', new Date().toISOString());
  return getReviewer(db, Number(info.lastInsertRowid));
}

/**
 * The reviewer who is this person (created on first use): the same person record as the author of
 * changes. An ORCID iD names the person across renames, so a new spelling of the name finds the
 * same reviewer; otherwise the name does.
 */
export function reviewerFor(db: Database.Database, name: string, orcid: string): Reviewer {
  if (orcid) {
    const sameOrcid = db.prepare('SELECT id, name FROM reviewers WHERE orcid = ? ORDER BY id LIMIT 1').get(orcid) as
      { id: number; name: string } | undefined;
    if (sameOrcid) {
      const nameTaken = sameOrcid.name !== name && db.prepare('SELECT 1 FROM reviewers WHERE name = ?').get(name);
      return sameOrcid.name === name || nameTaken ? getReviewer(db, sameOrcid.id) : saveReviewer(db, { id: sameOrcid.id, name, orcid });
    }
  }
  const found = db.prepare('SELECT id FROM reviewers WHERE name = ?').get(name) as { id: number } | undefined;
  if (found) {
    const reviewer = getReviewer(db, found.id);
    if (!reviewer.orcid && orcid) return saveReviewer(db, { id: reviewer.id, name, orcid });
    return reviewer;
  }
  return saveReviewer(db, { name, orcid });
}

/**
 * The reviewer a decision is recorded for: always the person working (Settings). A decision sent
 * for another reviewer is refused, so nobody records a review in someone else's name.
 */
export function actingReviewer(db: Database.Database, person: { name: string; orcid: string }, claimedId: number): Reviewer {
  const me = reviewerFor(db, person.name, person.orcid);
  if (claimedId !== me.id) {
    const claimed = db.prepare('SELECT name FROM reviewers WHERE id = ?').get(claimedId) as { name: string } | undefined;
    throw new CrosswalkError(
      ErrorCodes.conflict,
      `Reviews are recorded for the person in Settings (${me.name}), not for ${claimed ? `"${claimed.name}"` : `reviewer ${claimedId}`}: change the name in Settings to review as them.`,
      { field: 'reviewerId' },
    );
  }
  return me;
}
