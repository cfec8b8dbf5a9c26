import type Database from 'better-sqlite3';
import type { CourseMetadata, SourceGroup, SourceGroupRow } from '../../../../shared/domain/source.js';
import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';
import type { Project } from '../../projects/project-service.js';
import { getScheme, touchScheme } from './schemes.js';
import { conflictOnDuplicate } from './unique-conflict.js';
import { writeTransaction } from '../../db/write-transaction.js';

/** Owner of the source_groups table (courses, micro-credentials, modules, broader concepts). */

type GroupDbRow = Omit<SourceGroup, 'schemeId' | 'parentId' | 'metadata'> & {
  scheme_id: number;
  parent_id: number | null;
  metadata: string;
};

/** What a new group needs; title and description default to '', metadata to none. */
export type NewGroup = Pick<SourceGroup, 'key'> & Partial<Pick<SourceGroup, 'title' | 'description' | 'metadata'>>;

/** What an edit may change of a group (the contract's sources.updateGroup without the id). */
export type GroupPatch = Partial<Pick<SourceGroup, 'key' | 'title' | 'description' | 'metadata'>>;

function toGroup(row: GroupDbRow): SourceGroup {
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

/** Removes undefined and empty values so the stored metadata only holds what is known. */
export function cleanMetadata(metadata: CourseMetadata): CourseMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined && v !== null && v !== '')) as CourseMetadata;
}

export function getGroup(project: Project, id: number): SourceGroup {
  const row = project.db.prepare('SELECT * FROM source_groups WHERE id = ?').get(id) as GroupDbRow | undefined;
  if (!row) throw new CrosswalkError(ErrorCodes.notFound, `No course or group ${id} in this project.`, { id });
  return toGroup(row);
}

/** Groups (of one scheme, or all) with their active item counts, by scheme and key. */
export function listGroups(project: Project, schemeId?: number): SourceGroupRow[] {
  const rows = project.db
    .prepare(
      `SELECT g.*, (SELECT count(*) FROM source_items i WHERE i.group_id = g.id AND i.state = 'active') AS items
       FROM source_groups g ${schemeId === undefined ? '' : 'WHERE g.scheme_id = ?'} ORDER BY g.scheme_id, g.key`,
    )
    .all(...(schemeId === undefined ? [] : [schemeId])) as (GroupDbRow & { items: number })[];
  return rows.map((row) => ({ ...toGroup(row), items: row.items }));
}

export function requireGroupInScheme(project: Project, groupId: number, schemeId: number): void {
  const group = getGroup(project, groupId);
  if (group.schemeId !== schemeId)
    throw new CrosswalkError(ErrorCodes.conflict, 'The course belongs to another source scheme.', { groupId, schemeId });
}

/** Writes a group row in the caller's transaction (no checks, the scheme is not touched); returns its id. */
export function insertGroup(db: Database.Database, schemeId: number, group: NewGroup): number {
  const result = db
    .prepare('INSERT INTO source_groups (scheme_id, key, title, description, metadata) VALUES (?, ?, ?, ?, ?)')
    .run(schemeId, group.key, group.title ?? '', group.description ?? '', JSON.stringify(cleanMetadata(group.metadata ?? {})));
  return Number(result.lastInsertRowid);
}

/** Overwrites a group's own fields in the caller's transaction. */
export function writeGroup(
  db: Database.Database,
  id: number,
  group: Pick<SourceGroup, 'key' | 'title' | 'description' | 'metadata'>,
): void {
  db.prepare('UPDATE source_groups SET key = ?, title = ?, description = ?, metadata = ? WHERE id = ?').run(
    group.key,
    group.title,
    group.description,
    JSON.stringify(cleanMetadata(group.metadata)),
    id,
  );
}

/** Sets a group's broader group; `onlyIfNone` keeps a parent already set (merging imports never move a group). */
export function setGroupParent(db: Database.Database, id: number, parentId: number | null, options: { onlyIfNone?: boolean } = {}): void {
  db.prepare(`UPDATE source_groups SET parent_id = ? WHERE id = ?${options.onlyIfNone ? ' AND parent_id IS NULL' : ''}`).run(parentId, id);
}

export function addGroup(
  project: Project,
  schemeId: number,
  group: { key: string; title?: string; metadata?: CourseMetadata },
): SourceGroupRow {
  getScheme(project, schemeId);
  const id = writeTransaction(project.db, () => {
    const id = conflictOnDuplicate(`A course with id "${group.key}"`, () => insertGroup(project.db, schemeId, group));
    touchScheme(project, schemeId);
    return id;
  });
  return listGroups(project, schemeId).find((g) => g.id === id)!;
}

export function updateGroup(project: Project, id: number, patch: GroupPatch): SourceGroupRow {
  const current = getGroup(project, id);
  const next = {
    key: patch.key ?? current.key,
    title: patch.title ?? current.title,
    description: patch.description ?? current.description,
    metadata: patch.metadata ?? current.metadata,
  };
  writeTransaction(project.db, () => {
    conflictOnDuplicate(`A course with id "${next.key}"`, () => writeGroup(project.db, id, next));
    touchScheme(project, current.schemeId);
  });
  return listGroups(project, current.schemeId).find((g) => g.id === id)!;
}
