import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { schemeRef } from '../mappings/content-id.js';
import { renewContentIdsForItemKey } from '../mappings/item-key-ids.js';
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
  renewContentIdsForItemKey(db, item.id, schemeRef(findScheme(db, item.schemeId)!), key);
}
