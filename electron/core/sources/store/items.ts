import type { SourceItem, SourceItemDetail, SourceItemRow } from '../../../../shared/domain/source.js';
import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';
import type { Project } from '../../projects/project-service.js';
import { rekeyMappings } from '../item-rekey.js';
import { getGroup, requireGroupInScheme } from './groups.js';
import { deleteMappingsOf, type DeleteOptions } from './item-mappings.js';
import { deleteItemRow, findItem, flagItemRemoved, insertItem, lastItemPosition, nextFreeKey } from './item-rows.js';
import { getScheme, touchScheme } from './schemes.js';
import { conflictOnDuplicate } from './unique-conflict.js';
import { writeTransaction } from '../../db/write-transaction.js';

/**
 * The source items as the app lists and edits them: checked edits that touch their scheme. Other
 * domains (mappings, suggestions, export) call these to get item texts and languages.
 */

export interface ItemFilter {
  schemeId?: number;
  groupId?: number;
  search?: string;
  state?: 'active' | 'removed' | 'all';
  language?: string;
  ids?: number[];
}

/** What an edit may change of an item (the contract's sources.updateItem without the id). */
export type ItemPatch = Partial<Pick<SourceItem, 'key' | 'text' | 'description' | 'notation' | 'language' | 'groupId' | 'state'>>;

const ITEM_ROW_SQL = `
  SELECT i.id, i.scheme_id AS schemeId, i.key, i.text, i.description, i.notation, i.language, i.uri,
         i.group_id AS groupId, g.key AS groupKey, g.title AS groupTitle, i.state, i.position,
         (SELECT count(*) FROM mappings m WHERE m.source_item_id = i.id) AS mappings
  FROM source_items i LEFT JOIN source_groups g ON g.id = i.group_id`;

export function listItems(project: Project, filter: ItemFilter = {}): SourceItemRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.schemeId !== undefined) {
    where.push('i.scheme_id = ?');
    params.push(filter.schemeId);
  }
  if (filter.groupId !== undefined) {
    where.push('i.group_id = ?');
    params.push(filter.groupId);
  }
  const state = filter.state ?? 'all';
  if (state !== 'all') {
    where.push('i.state = ?');
    params.push(state);
  }
  if (filter.language) {
    where.push('(i.language = ? OR i.language LIKE ?)');
    params.push(filter.language, `${filter.language}-%`);
  }
  if (filter.search?.trim()) {
    const like = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      "(i.key LIKE ? ESCAPE '\\' OR i.text LIKE ? ESCAPE '\\' OR i.notation LIKE ? ESCAPE '\\' OR i.description LIKE ? ESCAPE '\\')",
    );
    params.push(like, like, like, like);
  }
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    where.push(`i.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.ids));
  }
  const sql = `${ITEM_ROW_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.scheme_id, i.position, i.id`;
  return project.db.prepare(sql).all(...params) as SourceItemRow[];
}

export function getItemRow(project: Project, id: number): SourceItemRow {
  const row = project.db.prepare(`${ITEM_ROW_SQL} WHERE i.id = ?`).get(id) as SourceItemRow | undefined;
  if (!row) throw new CrosswalkError(ErrorCodes.notFound, `No source item ${id} in this project.`, { id });
  return row;
}

export function getItem(project: Project, id: number): SourceItemDetail {
  const item = findItem(project.db, id);
  if (!item) throw new CrosswalkError(ErrorCodes.notFound, `No source item ${id} in this project.`, { id });
  return { ...item, group: item.groupId === null ? null : getGroup(project, item.groupId) };
}

export function updateItem(project: Project, id: number, patch: ItemPatch): SourceItemRow {
  const current = getItem(project, id);
  if (patch.groupId !== undefined && patch.groupId !== null) requireGroupInScheme(project, patch.groupId, current.schemeId);
  const next = {
    key: patch.key ?? current.key,
    text: patch.text ?? current.text,
    description: patch.description ?? current.description,
    notation: patch.notation ?? current.notation,
    language: patch.language ?? current.language,
    group_id: patch.groupId === undefined ? current.groupId : patch.groupId,
    state: patch.state ?? current.state,
  };
  writeTransaction(project.db, () => {
    if (next.key !== current.key) rekeyMappings(project, current, next.key);
    conflictOnDuplicate(`An item with id "${next.key}"`, () =>
      project.db
        .prepare(
          'UPDATE source_items SET key = @key, text = @text, description = @description, notation = @notation, language = @language, group_id = @group_id, state = @state, modified = @modified WHERE id = @id',
        )
        .run({ ...next, id, modified: new Date().toISOString() }),
    );
    touchScheme(project, current.schemeId);
  });
  return getItemRow(project, id);
}

export function addItem(project: Project, schemeId: number, item: ItemPatch & { text: string }): SourceItemRow {
  const scheme = getScheme(project, schemeId);
  if (item.groupId !== undefined && item.groupId !== null) requireGroupInScheme(project, item.groupId, schemeId);
  const id = writeTransaction(project.db, () => {
    const key = item.key ?? nextFreeKey(project.db, schemeId);
    const id = conflictOnDuplicate(`An item with id "${key}"`, () =>
      insertItem(project.db, {
        ...item,
        schemeId,
        key,
        language: item.language ?? scheme.language,
        position: lastItemPosition(project.db, schemeId) + 1,
      }),
    );
    touchScheme(project, schemeId);
    return id;
  });
  return getItemRow(project, id);
}

/** Deletes an item with its mappings, or (with mappings, not forced) flags it removed. */
export function deleteItem(
  project: Project,
  id: number,
  force = false,
  options: DeleteOptions = {},
): { action: 'deleted' | 'flagged'; mappings: number } {
  const item = getItemRow(project, id);
  return writeTransaction(project.db, () => {
    touchScheme(project, item.schemeId);
    if (item.mappings > 0 && !force) {
      flagItemRemoved(project.db, id);
      return { action: 'flagged' as const, mappings: item.mappings };
    }
    deleteMappingsOf(project, { itemId: id }, `Delete item ${item.key} with its mappings`, options);
    deleteItemRow(project.db, id);
    return { action: 'deleted' as const, mappings: item.mappings };
  });
}
