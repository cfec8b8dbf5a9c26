import type Database from 'better-sqlite3';
import type { SourceItem, SourceScheme } from '../../../../shared/domain/source.js';
import type { ItemRow as ItemToCheck } from '../../checks/item-checks.js';

/**
 * Reads of source items that other domains need in one query each (content ids, the CLI, the
 * suggester, the checks). Nothing here imports the mapping domain, which calls in.
 */

/** What a mapping's content id needs of its source item. */
export interface ItemIdentityRow {
  itemId: number;
  itemKey: string;
  schemeId: number;
  schemeUri: string | null;
}

export function findItemIdentity(db: Database.Database, itemId: number): ItemIdentityRow | undefined {
  return db
    .prepare(
      'SELECT i.id AS itemId, i.key AS itemKey, s.id AS schemeId, s.uri AS schemeUri FROM source_items i JOIN source_schemes s ON s.id = i.scheme_id WHERE i.id = ?',
    )
    .get(itemId) as ItemIdentityRow | undefined;
}

/** An item found by key, with its scheme's URI and title (to tell schemes apart). */
export type KeyedItem = Pick<SourceItem, 'id' | 'schemeId'> & { schemeUri: SourceScheme['uri']; schemeTitle: SourceScheme['title'] };

/** Items with this key in any scheme. */
export function itemsWithKey(db: Database.Database, key: string): KeyedItem[] {
  return db
    .prepare(
      'SELECT i.id, s.id AS schemeId, s.uri AS schemeUri, s.title AS schemeTitle FROM source_items i JOIN source_schemes s ON s.id = i.scheme_id WHERE i.key = ?',
    )
    .all(key) as KeyedItem[];
}

/** What text matching needs of an item. */
export type ItemText = Pick<SourceItem, 'id' | 'text' | 'description' | 'language'>;

/** The active items of a scheme, in the scheme's order. */
export function activeItemTexts(db: Database.Database, schemeId: number): ItemText[] {
  return db
    .prepare(`SELECT id, text, description, language FROM source_items WHERE scheme_id = ? AND state = 'active' ORDER BY position, id`)
    .all(schemeId) as ItemText[];
}

/** Every active item with what the checks read (extra as stored JSON: parsed only for the items a rule looks at). */
export function itemsToCheck(db: Database.Database): ItemToCheck[] {
  return db
    .prepare(
      `SELECT i.id, i.key, i.text, i.uri, i.extra, s.kind = 'learning-outcomes' AS outcomes FROM source_items i JOIN source_schemes s ON s.id = i.scheme_id WHERE i.state = 'active' ORDER BY i.id`,
    )
    .all() as ItemToCheck[];
}
