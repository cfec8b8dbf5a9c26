import { MappingStore } from '../../mappings/mapping-store.js';
import type { Project } from '../../projects/project-service.js';

/** Who deletes (recorded in the mapping history when mappings go with the source). */
export interface DeleteOptions {
  author?: string;
}

/**
 * Deletes the mappings of one item or of every item of a scheme through the mapping store, so
 * they get history entries and an undo step. Returns how many went.
 */
export function deleteMappingsOf(
  project: Project,
  of: { itemId: number } | { schemeId: number },
  label: string,
  options: DeleteOptions,
): number {
  const sql =
    'itemId' in of
      ? 'SELECT id FROM mappings WHERE source_item_id = ?'
      : 'SELECT id FROM mappings WHERE source_item_id IN (SELECT id FROM source_items WHERE scheme_id = ?)';
  const ids = (project.db.prepare(sql).all('itemId' in of ? of.itemId : of.schemeId) as { id: number }[]).map((r) => r.id);
  if (ids.length) new MappingStore(project.db).delete(ids, { author: options.author ?? '', label });
  return ids.length;
}
