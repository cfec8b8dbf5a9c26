import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Mapping } from '../../../shared/domain/mapping.js';
import { mappingParams, statements, toMapping } from './mapping-row.js';

export type BatchKind = 'edit' | 'undo' | 'redo';

/**
 * One user action's changes, written inside the caller's transaction: each insert, update and
 * delete goes to the mappings table and, with the row before and after, to mapping_history under
 * one batch id. `finish` records the batch on the undo stack (or drops it when nothing changed).
 */
export class ChangeBatch {
  readonly id = randomUUID();
  readonly at = new Date().toISOString();
  created = 0;
  updated = 0;
  deleted = 0;
  readonly written: Mapping[] = [];
  private readonly st;

  constructor(
    private readonly db: Database.Database,
    readonly kind: BatchKind,
    readonly label: string,
    readonly author: string,
    private readonly reverts: string | null = null,
  ) {
    this.st = statements(db);
  }

  get changes(): number {
    return this.created + this.updated + this.deleted;
  }

  /** Inserts a mapping (its id may be null for a new row, or a former id when undoing a delete). */
  insert(mapping: Omit<Mapping, 'id'> & { id: number | null }): Mapping {
    const info = this.st.insert.run(mappingParams(mapping as Mapping));
    const stored: Mapping = { ...mapping, id: Number(info.lastInsertRowid) };
    this.record(stored.id, stored.contentId, 'create', null, stored);
    this.created++;
    this.keep(stored);
    return stored;
  }

  overwrite(before: Mapping, after: Mapping): void {
    this.st.overwrite.run(mappingParams(after));
    this.record(after.id, after.contentId, 'update', before, after);
    this.updated++;
    this.keep(after);
  }

  remove(before: Mapping): void {
    this.st.remove.run(before.id);
    this.record(before.id, before.contentId, 'delete', before, null);
    this.deleted++;
  }

  current(id: number): Mapping | undefined {
    const row = this.st.get.get(id);
    return row ? toMapping(row) : undefined;
  }

  /** Puts the batch on the undo stack; a new edit discards what could still be redone. */
  finish(): void {
    if (this.changes === 0) return;
    if (this.kind === 'edit')
      this.db.prepare("UPDATE mapping_batches SET state = 'discarded' WHERE kind = 'edit' AND state = 'undone'").run();
    this.db
      .prepare('INSERT INTO mapping_batches (id, kind, label, author, at, reverts, state) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(this.id, this.kind, this.label, this.author, this.at, this.reverts, this.kind === 'edit' ? 'done' : 'applied');
    this.st.touch.run(this.at);
  }

  private keep(mapping: Mapping): void {
    // Results carry the rows written, but not tens of thousands of them.
    if (this.written.length < 500) this.written.push(mapping);
  }

  private record(
    mappingId: number,
    contentId: string,
    action: 'create' | 'update' | 'delete',
    before: Mapping | null,
    after: Mapping | null,
  ): void {
    this.st.history.run({
      mapping_id: mappingId,
      content_id: contentId,
      action,
      before: before ? JSON.stringify(before) : null,
      after: after ? JSON.stringify(after) : null,
      author: this.author,
      at: this.at,
      batch: this.id,
    });
  }
}
