import { ErrorCodes } from '../../../shared/errors.js';
import type { MappingRelation } from '../../../shared/skos.js';
import { CrosswalkError } from '../errors.js';
import { contentId, schemeRef } from '../mappings/content-id.js';
import type { Project } from '../projects/project-service.js';
import { itemKeyTaken } from './store/item-rows.js';
import { findScheme } from './store/schemes.js';

/**
 * A mapping's content id hashes the item key, so renaming an item recomputes the ids of its
 * mappings (in the caller's transaction). Refused when the key is taken or an id would clash.
 */
export function rekeyMappings(project: Project, item: { id: number; schemeId: number }, key: string): void {
  const db = project.db;
  if (itemKeyTaken(db, item.schemeId, key, item.id))
    throw new CrosswalkError(ErrorCodes.conflict, `An item with id "${key}" already exists in this source.`, { key, field: 'key' });
  const scheme = schemeRef(findScheme(db, item.schemeId)!);
  const mappings = db
    .prepare('SELECT id, kind, target_uri, relation, target_vocabulary FROM mappings WHERE source_item_id = ?')
    .all(item.id) as {
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
        {
          key,
          field: 'key',
          mappingId: m.id,
          clashesWith: other.id,
        },
      );
    }
    update.run(id, m.id);
  }
}
