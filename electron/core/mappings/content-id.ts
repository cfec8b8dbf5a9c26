import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MappingKind } from '../../../shared/domain/mapping.js';
import type { MappingRelation } from '../../../shared/skos.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { findItemIdentity } from '../sources/store/item-lookups.js';

/** What makes two mapping statements "the same": who is mapped, how, to what. */
export interface ContentIdInput {
  /** The source scheme's URI, or `scheme:<id>` when it has none (see schemeRef). */
  scheme: string;
  /** The source item's key within its scheme. */
  itemKey: string;
  kind: MappingKind;
  /** Null only for no-match. */
  targetUri: string | null;
  /** Null for no-match and must-not-map. */
  relation: MappingRelation | null;
  /** The vocabulary a no-match statement is about (ignored for the other kinds). */
  targetVocabulary?: string | null;
}

/** How a scheme is named inside content ids: its URI when it has one, else its row id. */
export function schemeRef(scheme: { id: number; uri: string | null }): string {
  return scheme.uri ?? `scheme:${scheme.id}`;
}

/**
 * The content identifier of a mapping statement: SHA-256 (first 128 bits, hex) of the source item
 * (scheme + key), kind, target URI and relation. Stored UNIQUE, so the same statement is never
 * kept twice; status, comment and confidence are not part of it (they describe the statement).
 * For no-match the vocabulary stands in for the target: "no match in ESCO" is one statement.
 */
export function contentId(input: ContentIdInput): string {
  const target = input.kind === 'no-match' ? `vocabulary:${input.targetVocabulary ?? ''}` : (input.targetUri ?? '');
  const parts = [input.scheme, input.itemKey, input.kind, target, input.relation ?? ''];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export interface ItemIdentity {
  itemId: number;
  scheme: string;
  itemKey: string;
}

/** Looks up scheme + key of a source item (row id) for contentId. */
export function itemIdentity(db: Database.Database, sourceItemId: number): ItemIdentity {
  const row = findItemIdentity(db, sourceItemId);
  if (!row) throw new CrosswalkError(ErrorCodes.notFound, `No source item with id ${sourceItemId}`, { sourceItemId });
  return { itemId: row.itemId, itemKey: row.itemKey, scheme: schemeRef({ id: row.schemeId, uri: row.schemeUri }) };
}

/** contentId for a statement about a source item given by its row id. */
export function contentIdForItem(
  db: Database.Database,
  sourceItemId: number,
  statement: Omit<ContentIdInput, 'scheme' | 'itemKey'>,
): string {
  const item = itemIdentity(db, sourceItemId);
  return contentId({ ...statement, scheme: item.scheme, itemKey: item.itemKey });
}
