import type Database from 'better-sqlite3';
import type { SourceItem, SourceItemDetail, SourceItemExtra } from '../../../../shared/domain/source.js';

/**
 * Owner of the source_items rows as imports and edits write them: plain reads and writes in the
 * caller's transaction, without checks or touching the scheme (the app-facing API is items.ts).
 */

/** An item as stored, with the extra data an import kept. */
export type StoredItem = Omit<SourceItemDetail, 'group'>;

type ItemDbRow = Omit<StoredItem, 'schemeId' | 'groupId' | 'extra'> & { scheme_id: number; group_id: number | null; extra: string };

/** What a new item needs; the rest defaults to '' / none / active. */
export type NewItem = Pick<SourceItem, 'schemeId' | 'key' | 'text' | 'language' | 'position'> &
  Partial<Pick<SourceItem, 'groupId' | 'description' | 'notation' | 'uri' | 'state'>> & { extra?: SourceItemExtra };

/** What a re-import writes over an item it keeps (the item becomes active again). */
export type ImportedItemFields = Pick<SourceItem, 'groupId' | 'text' | 'description' | 'notation' | 'language' | 'uri' | 'position'> & {
  extra: SourceItemExtra;
};

function toStoredItem(row: ItemDbRow): StoredItem {
  return {
    id: row.id,
    schemeId: row.scheme_id,
    key: row.key,
    groupId: row.group_id,
    text: row.text,
    description: row.description,
    notation: row.notation,
    language: row.language,
    uri: row.uri,
    position: row.position,
    state: row.state,
    created: row.created,
    modified: row.modified,
    extra: JSON.parse(row.extra) as SourceItemExtra,
  };
}

export function findItem(db: Database.Database, id: number): StoredItem | undefined {
  const row = db.prepare('SELECT * FROM source_items WHERE id = ?').get(id) as ItemDbRow | undefined;
  return row && toStoredItem(row);
}

/** Every item of a scheme (active and removed), in position order. */
export function listSchemeItems(db: Database.Database, schemeId: number): StoredItem[] {
  return (db.prepare('SELECT * FROM source_items WHERE scheme_id = ? ORDER BY position, id').all(schemeId) as ItemDbRow[]).map(
    toStoredItem,
  );
}

/** The highest position in the scheme, 0 when it has no items: new items go after it. */
export function lastItemPosition(db: Database.Database, schemeId: number): number {
  return (db.prepare('SELECT coalesce(max(position), 0) AS p FROM source_items WHERE scheme_id = ?').get(schemeId) as { p: number }).p;
}

/** Whether another item of the scheme already has the key. */
export function itemKeyTaken(db: Database.Database, schemeId: number, key: string, exceptItemId?: number): boolean {
  return (
    db.prepare('SELECT 1 FROM source_items WHERE scheme_id = ? AND key = ? AND id IS NOT ?').get(schemeId, key, exceptItemId ?? null) !==
    undefined
  );
}

/** The first free key of the form item-<n>, for items added without one. */
export function nextFreeKey(db: Database.Database, schemeId: number): string {
  for (let n = 1; ; n++) if (!itemKeyTaken(db, schemeId, `item-${n}`)) return `item-${n}`;
}

/** Writes an item row; returns its id. */
export function insertItem(db: Database.Database, item: NewItem, now = new Date().toISOString()): number {
  const result = db
    .prepare(
      `INSERT INTO source_items (scheme_id, key, group_id, text, description, notation, language, uri, position, state, extra, created, modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      item.schemeId,
      item.key,
      item.groupId ?? null,
      item.text,
      item.description ?? '',
      item.notation ?? '',
      item.language,
      item.uri ?? null,
      item.position,
      item.state ?? 'active',
      JSON.stringify(item.extra ?? {}),
      now,
      now,
    );
  return Number(result.lastInsertRowid);
}

/** A re-import's version of a kept item: its fields and extra replaced, active again. */
export function writeImportedItem(db: Database.Database, id: number, item: ImportedItemFields, now = new Date().toISOString()): void {
  db.prepare(
    `UPDATE source_items SET group_id = ?, text = ?, description = ?, notation = ?, language = ?, uri = ?, position = ?, state = 'active', extra = ?, modified = ?
     WHERE id = ?`,
  ).run(
    item.groupId,
    item.text,
    item.description,
    item.notation,
    item.language,
    item.uri,
    item.position,
    JSON.stringify(item.extra),
    now,
    id,
  );
}

/** Renames an item; the caller re-keys its mappings (see item-rekey.ts). Not an edit of its content, so `modified` stays. */
export function setItemKey(db: Database.Database, id: number, key: string): void {
  db.prepare('UPDATE source_items SET key = ? WHERE id = ?').run(key, id);
}

/** Moves an item in its scheme's order (import order), leaving `modified` as it is. */
export function setItemPosition(db: Database.Database, id: number, position: number): void {
  db.prepare('UPDATE source_items SET position = ? WHERE id = ?').run(position, id);
}

/** Flags an item gone from its source; it stays, with its mappings. */
export function flagItemRemoved(db: Database.Database, id: number, now = new Date().toISOString()): void {
  db.prepare("UPDATE source_items SET state = 'removed', modified = ? WHERE id = ?").run(now, id);
}

/** Deletes the row; its mappings must be gone first (see item-mappings.ts). */
export function deleteItemRow(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM source_items WHERE id = ?').run(id);
}
