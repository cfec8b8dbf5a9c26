import type { Database } from 'better-sqlite3';

/** Suggestions the project accepted or rejected, with the score shown when it was decided. */
export function decidedSuggestionScores(db: Database): { score: number; status: 'accepted' | 'rejected' }[] {
  return db
    .prepare(
      `SELECT score, status FROM mappings
        WHERE kind = 'match' AND score IS NOT NULL AND score >= 0 AND score <= 1
          AND (status = 'rejected' OR (status = 'accepted' AND justification = 'accepted-suggestion'))`,
    )
    .all() as { score: number; status: 'accepted' | 'rejected' }[];
}
