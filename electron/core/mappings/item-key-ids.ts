import type Database from 'better-sqlite3';
import { ErrorCodes } from '../../../shared/errors.js';
import type { MappingRelation } from '../../../shared/skos.js';
import { CrosswalkError } from '../errors.js';
import { contentId } from './content-id.js';

/**
 * A mapping's content id hashes the item key, so renaming an item gives its mappings new ids (in
 * the caller's transaction). Refused when one would become the same statement as another mapping.
 */
export function renewContentIdsForItemKey(db: Database.Database, itemId: number, scheme: string, key: string): void {
  const mappings = db
    .prepare('SELECT id, kind, target_uri, relation, target_vocabulary FROM mappings WHERE source_item_id = ?')
    .all(itemId) as {
    id: number;
    kind: 'match' | 'no-match' | 'must-not-map';
    target_uri: string | null;
    relation: MappingRelation | null;
    target_vocabulary: string | null;
  }[];
  const clash = db.prepare('SELECT id, source_item_id FROM mappings WHERE content_id = ? AND id <> ?');
  const update = db.prepare('UPDATE mappings SET content_id = ? WHERE id = ?');
  for (const m of mappings) {
    const id = contentId({
      scheme,
      itemKey: key,
      kind: m.kind,
      targetUri: m.target_uri,
      relation: m.relation,
      targetVocabulary: m.target_vocabulary,
    });
    const other = clash.get(id, m.id) as { id: number; source_item_id: number } | undefined;
    if (other) {
      throw new CrosswalkError(
        ErrorCodes.conflict,
        `Cannot rename the item to "${key}": its mapping ${m.id} would be the same statement as mapping ${other.id} of item ${other.source_item_id}.`,
        { key, field: 'key', mappingId: m.id, clashesWith: other.id },
      );
    }
    update.run(id, m.id);
  }
}
