import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Mapping } from '../../../shared/domain/mapping.js';
import { statements } from './mapping-row.js';

/** One review decision as the history shows it. */
export interface ReviewNote {
  reviewer: string;
  label: string;
  at: string;
}

/**
 * Writes review decisions into the history as entries that change nothing (before = after), each
 * in a batch of its own labelled with the decision. A blind first-round decision changes no status,
 * so without this it would never appear in History. The batches are 'applied', not 'done': they
 * are not on the undo stack (there is nothing to undo). Runs inside the caller's transaction.
 */
export function recordReviewNotes(db: Database.Database, mapping: Mapping, notes: readonly ReviewNote[]): void {
  const st = statements(db);
  const batch = db.prepare(
    "INSERT INTO mapping_batches (id, kind, label, author, at, reverts, state) VALUES (?, 'edit', ?, ?, ?, NULL, 'applied')",
  );
  const snapshot = JSON.stringify(mapping);
  for (const note of notes) {
    const id = randomUUID();
    batch.run(id, note.label, note.reviewer, note.at);
    st.history.run({
      mapping_id: mapping.id,
      content_id: mapping.contentId,
      action: 'update',
      before: snapshot,
      after: snapshot,
      author: note.reviewer,
      at: note.at,
      batch: id,
    });
  }
}
