import type {
  CourseMetadata,
  SourceGroup,
  SourceGroupRow,
  SourceItemDetail,
  SourceItemExtra,
  SourceItemRow,
  SourceScheme,
  SourceSchemeRow,
} from '../../../shared/domain/source.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { MappingStore } from '../mappings/mapping-store.js';
import type { Project } from '../projects/project-service.js';
import { rekeyMappings } from './item-rekey.js';

/**
 * Reads and edits of the project's source schemes, groups and items. Other domains (mappings,
 * suggestions, export) call these to get item texts and languages.
 */

export interface ItemFilter {
  schemeId?: number;
  groupId?: number;
  search?: string;
  state?: 'active' | 'removed' | 'all';
  language?: string;
  ids?: number[];
}

interface SchemeDbRow {
  id: number;
  uri: string | null;
  title: string;
  description: string;
  kind: SourceScheme['kind'];
  language: string;
  origin: string | null;
  created: string;
  modified: string;
}

interface GroupDbRow {
  id: number;
  scheme_id: number;
  key: string;
  title: string;
  description: string;
  parent_id: number | null;
  metadata: string;
}

function toScheme(row: SchemeDbRow): SourceScheme {
  return { ...row, origin: row.origin ? (JSON.parse(row.origin) as SourceScheme['origin']) : null };
}

export function toGroup(row: GroupDbRow): SourceGroup {
  return {
    id: row.id,
    schemeId: row.scheme_id,
    key: row.key,
    title: row.title,
    description: row.description,
    parentId: row.parent_id,
    metadata: JSON.parse(row.metadata) as CourseMetadata,
  };
}

const ITEM_ROW_SQL = `
  SELECT i.id, i.scheme_id AS schemeId, i.key, i.text, i.description, i.notation, i.language, i.uri,
         i.group_id AS groupId, g.key AS groupKey, g.title AS groupTitle, i.state, i.position,
         (SELECT count(*) FROM mappings m WHERE m.source_item_id = i.id) AS mappings
  FROM source_items i LEFT JOIN source_groups g ON g.id = i.group_id`;

const SCHEME_ROW_SQL = `SELECT s.*,
    (SELECT count(*) FROM source_items i WHERE i.scheme_id = s.id AND i.state = 'active') AS items,
    (SELECT count(*) FROM source_items i WHERE i.scheme_id = s.id AND i.state = 'removed') AS removedItems,
    (SELECT count(*) FROM source_groups g WHERE g.scheme_id = s.id) AS groups
  FROM source_schemes s`;

type SchemeCountsRow = SchemeDbRow & { items: number; removedItems: number; groups: number };

function toSchemeRow(row: SchemeCountsRow): SourceSchemeRow {
  return { ...toScheme(row), items: row.items, removedItems: row.removedItems, groups: row.groups };
}

export function listSchemes(project: Project): SourceSchemeRow[] {
  const rows = project.db.prepare(`${SCHEME_ROW_SQL} ORDER BY s.title COLLATE NOCASE, s.id`).all() as SchemeCountsRow[];
  return rows.map(toSchemeRow);
}

export function getScheme(project: Project, id: number): SourceSchemeRow {
  const row = project.db.prepare(`${SCHEME_ROW_SQL} WHERE s.id = ?`).get(id) as SchemeCountsRow | undefined;
  const scheme = row ? toSchemeRow(row) : undefined;
  if (!scheme) throw new CrosswalkError(ErrorCodes.notFound, `No source scheme ${id} in this project.`, { id });
  return scheme;
}

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
    where.push("(i.key LIKE ? ESCAPE '\\' OR i.text LIKE ? ESCAPE '\\' OR i.notation LIKE ? ESCAPE '\\' OR i.description LIKE ? ESCAPE '\\')");
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
  const row = project.db.prepare('SELECT * FROM source_items WHERE id = ?').get(id) as
    | { id: number; scheme_id: number; key: string; group_id: number | null; text: string; description: string; notation: string; language: string; uri: string | null; position: number; state: 'active' | 'removed'; extra: string; created: string; modified: string }
    | undefined;
  if (!row) throw new CrosswalkError(ErrorCodes.notFound, `No source item ${id} in this project.`, { id });
  const group = row.group_id === null ? null : getGroup(project, row.group_id);
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
    group,
    extra: JSON.parse(row.extra) as SourceItemExtra,
  };
}

export function getGroup(project: Project, id: number): SourceGroup {
  const row = project.db.prepare('SELECT * FROM source_groups WHERE id = ?').get(id) as GroupDbRow | undefined;
  if (!row) throw new CrosswalkError(ErrorCodes.notFound, `No course or group ${id} in this project.`, { id });
  return toGroup(row);
}

export function listGroups(project: Project, schemeId?: number): SourceGroupRow[] {
  const rows = project.db
    .prepare(
      `SELECT g.*, (SELECT count(*) FROM source_items i WHERE i.group_id = g.id AND i.state = 'active') AS items
       FROM source_groups g ${schemeId === undefined ? '' : 'WHERE g.scheme_id = ?'} ORDER BY g.scheme_id, g.key`,
    )
    .all(...(schemeId === undefined ? [] : [schemeId])) as (GroupDbRow & { items: number })[];
  return rows.map((row) => ({ ...toGroup(row), items: row.items }));
}

function conflictOnDuplicate<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) {
      throw new CrosswalkError(ErrorCodes.conflict, `${what} already exists in this source.`);
    }
    throw error;
  }
}

export interface ItemPatch {
  key?: string;
  text?: string;
  description?: string;
  notation?: string;
  language?: string;
  groupId?: number | null;
  state?: 'active' | 'removed';
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
  project.db.transaction(() => {
    if (next.key !== current.key) rekeyMappings(project, current, next.key);
    conflictOnDuplicate(`An item with id "${next.key}"`, () =>
      project.db
        .prepare(
          'UPDATE source_items SET key = @key, text = @text, description = @description, notation = @notation, language = @language, group_id = @group_id, state = @state, modified = @modified WHERE id = @id',
        )
        .run({ ...next, id, modified: new Date().toISOString() }),
    );
    touchScheme(project, current.schemeId);
  })();
  return getItemRow(project, id);
}

export function addItem(project: Project, schemeId: number, item: ItemPatch & { text: string }): SourceItemRow {
  const scheme = getScheme(project, schemeId);
  if (item.groupId !== undefined && item.groupId !== null) requireGroupInScheme(project, item.groupId, schemeId);
  const now = new Date().toISOString();
  const id = project.db.transaction(() => {
    const position = (project.db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM source_items WHERE scheme_id = ?').get(schemeId) as { p: number }).p;
    const key = item.key ?? nextFreeKey(project, schemeId);
    const result = conflictOnDuplicate(`An item with id "${key}"`, () =>
      project.db
        .prepare(
          `INSERT INTO source_items (scheme_id, key, group_id, text, description, notation, language, position, state, created, modified)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(schemeId, key, item.groupId ?? null, item.text, item.description ?? '', item.notation ?? '', item.language ?? scheme.language, position, item.state ?? 'active', now, now),
    );
    touchScheme(project, schemeId);
    return Number(result.lastInsertRowid);
  })();
  return getItemRow(project, id);
}

function nextFreeKey(project: Project, schemeId: number): string {
  const exists = project.db.prepare('SELECT 1 FROM source_items WHERE scheme_id = ? AND key = ?');
  for (let n = 1; ; n++) if (!exists.get(schemeId, `item-${n}`)) return `item-${n}`;
}

/** Who deletes (recorded in the mapping history when mappings go with the source). */
export interface DeleteOptions {
  author?: string;
}

/** Deletes mappings through the mapping store, so they get history entries and an undo step. */
function deleteMappingsOf(project: Project, itemIdsSql: string, param: number, label: string, options: DeleteOptions): void {
  const ids = (project.db.prepare(`SELECT id FROM mappings WHERE source_item_id IN (${itemIdsSql})`).all(param) as { id: number }[]).map((r) => r.id);
  if (ids.length) new MappingStore(project.db).delete(ids, { author: options.author ?? '', label });
}

export function deleteItem(project: Project, id: number, force = false, options: DeleteOptions = {}): { action: 'deleted' | 'flagged'; mappings: number } {
  const item = getItemRow(project, id);
  return project.db.transaction(() => {
    touchScheme(project, item.schemeId);
    if (item.mappings > 0 && !force) {
      project.db.prepare("UPDATE source_items SET state = 'removed', modified = ? WHERE id = ?").run(new Date().toISOString(), id);
      return { action: 'flagged' as const, mappings: item.mappings };
    }
    deleteMappingsOf(project, 'SELECT ?', id, `Delete item ${item.key} with its mappings`, options);
    project.db.prepare('DELETE FROM source_items WHERE id = ?').run(id);
    return { action: 'deleted' as const, mappings: item.mappings };
  })();
}

function requireGroupInScheme(project: Project, groupId: number, schemeId: number): void {
  const group = getGroup(project, groupId);
  if (group.schemeId !== schemeId) throw new CrosswalkError(ErrorCodes.conflict, 'The course belongs to another source scheme.', { groupId, schemeId });
}

export function touchScheme(project: Project, schemeId: number): void {
  project.db.prepare('UPDATE source_schemes SET modified = ? WHERE id = ?').run(new Date().toISOString(), schemeId);
  project.touch();
}

/** Removes undefined and empty values so the stored metadata only holds what is known. */
export function cleanMetadata(metadata: CourseMetadata): CourseMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined && v !== null && v !== '')) as CourseMetadata;
}

export interface GroupPatch {
  key?: string;
  title?: string;
  description?: string;
  metadata?: CourseMetadata;
}

export function updateGroup(project: Project, id: number, patch: GroupPatch): SourceGroupRow {
  const current = getGroup(project, id);
  const next = {
    key: patch.key ?? current.key,
    title: patch.title ?? current.title,
    description: patch.description ?? current.description,
    metadata: JSON.stringify(cleanMetadata(patch.metadata ?? current.metadata)),
  };
  project.db.transaction(() => {
    conflictOnDuplicate(`A course with id "${next.key}"`, () =>
      project.db.prepare('UPDATE source_groups SET key = @key, title = @title, description = @description, metadata = @metadata WHERE id = @id').run({ ...next, id }),
    );
    touchScheme(project, current.schemeId);
  })();
  return listGroups(project, current.schemeId).find((g) => g.id === id)!;
}

export function addGroup(project: Project, schemeId: number, group: { key: string; title?: string; metadata?: CourseMetadata }): SourceGroupRow {
  getScheme(project, schemeId);
  const id = project.db.transaction(() => {
    const result = conflictOnDuplicate(`A course with id "${group.key}"`, () =>
      project.db
        .prepare('INSERT INTO source_groups (scheme_id, key, title, metadata) VALUES (?, ?, ?, ?)')
        .run(schemeId, group.key, group.title ?? '', JSON.stringify(cleanMetadata(group.metadata ?? {}))),
    );
    touchScheme(project, schemeId);
    return Number(result.lastInsertRowid);
  })();
  return listGroups(project, schemeId).find((g) => g.id === id)!;
}

export function createScheme(
  project: Project,
  scheme: { title: string; kind?: SourceScheme['kind']; language?: string; description?: string; uri?: string | null; origin?: SourceScheme['origin'] },
): SourceSchemeRow {
  const now = new Date().toISOString();
  const result = project.db
    .prepare('INSERT INTO source_schemes (uri, title, description, kind, language, origin, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      scheme.uri ?? null,
      scheme.title,
      scheme.description ?? '',
      scheme.kind ?? 'learning-outcomes',
      scheme.language ?? project.metadata().language ?? 'en',
      scheme.origin ? JSON.stringify(scheme.origin) : null,
      now,
      now,
    );
  project.touch();
  return getScheme(project, Number(result.lastInsertRowid));
}

export function updateScheme(project: Project, id: number, patch: { title?: string; description?: string; language?: string }): SourceSchemeRow {
  const current = getScheme(project, id);
  project.db.transaction(() => {
    project.db
      .prepare('UPDATE source_schemes SET title = ?, description = ?, language = ? WHERE id = ?')
      .run(patch.title ?? current.title, patch.description ?? current.description, patch.language ?? current.language, id);
    touchScheme(project, id);
  })();
  return getScheme(project, id);
}

export function deleteScheme(project: Project, id: number, options: DeleteOptions = {}): { deletedItems: number; deletedMappings: number } {
  const scheme = getScheme(project, id);
  return project.db.transaction(() => {
    const deletedMappings = (
      project.db.prepare('SELECT count(*) AS n FROM mappings WHERE source_item_id IN (SELECT id FROM source_items WHERE scheme_id = ?)').get(id) as { n: number }
    ).n;
    const deletedItems = (project.db.prepare('SELECT count(*) AS n FROM source_items WHERE scheme_id = ?').get(id) as { n: number }).n;
    deleteMappingsOf(project, 'SELECT id FROM source_items WHERE scheme_id = ?', id, `Delete source "${scheme.title}" with its mappings`, options);
    project.db.prepare('DELETE FROM source_schemes WHERE id = ?').run(id);
    project.touch();
    return { deletedItems, deletedMappings };
  })();
}
