import type Database from 'better-sqlite3';
import type { SourceScheme, SourceSchemeRow } from '../../../../shared/domain/source.js';
import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';
import type { Project } from '../../projects/project-service.js';
import { deleteMappingsOf, type DeleteOptions } from './item-mappings.js';
import { writeTransaction } from '../../db/write-transaction.js';

/** Owner of the source_schemes table: every read and write of a scheme row goes through here. */

type SchemeDbRow = Omit<SourceScheme, 'origin' | 'conceptType' | 'landingPage'> & {
  origin: string | null;
  concept_type: string;
  landing_page: string;
};
type SchemeCountsRow = SchemeDbRow & Pick<SourceSchemeRow, 'items' | 'removedItems' | 'groups'>;

/** What a new scheme needs; the rest takes its default. */
export type NewScheme = Pick<SourceScheme, 'title'> &
  Partial<Pick<SourceScheme, 'uri' | 'description' | 'kind' | 'language' | 'origin' | 'version' | 'conceptType' | 'landingPage'>>;

/** The fields an edit may change. */
export type SchemePatch = Partial<Pick<SourceScheme, 'title' | 'description' | 'language' | 'version' | 'conceptType' | 'landingPage'>>;

function toScheme(row: SchemeDbRow): SourceScheme {
  return {
    id: row.id,
    uri: row.uri,
    title: row.title,
    description: row.description,
    kind: row.kind,
    language: row.language,
    origin: row.origin ? (JSON.parse(row.origin) as SourceScheme['origin']) : null,
    version: row.version,
    conceptType: row.concept_type,
    landingPage: row.landing_page,
    created: row.created,
    modified: row.modified,
  };
}

function toSchemeRow(row: SchemeCountsRow): SourceSchemeRow {
  return { ...toScheme(row), items: row.items, removedItems: row.removedItems, groups: row.groups };
}

const SCHEME_ROW_SQL = `SELECT s.*,
    (SELECT count(*) FROM source_items i WHERE i.scheme_id = s.id AND i.state = 'active') AS items,
    (SELECT count(*) FROM source_items i WHERE i.scheme_id = s.id AND i.state = 'removed') AS removedItems,
    (SELECT count(*) FROM source_groups g WHERE g.scheme_id = s.id) AS groups
  FROM source_schemes s`;

export function listSchemes(project: Project): SourceSchemeRow[] {
  const rows = project.db.prepare(`${SCHEME_ROW_SQL} ORDER BY s.title COLLATE NOCASE, s.id`).all() as SchemeCountsRow[];
  return rows.map(toSchemeRow);
}

/** A scheme with its item and group counts; not found is an error. */
export function getScheme(project: Project, id: number): SourceSchemeRow {
  const row = project.db.prepare(`${SCHEME_ROW_SQL} WHERE s.id = ?`).get(id) as SchemeCountsRow | undefined;
  if (!row) throw new CrosswalkError(ErrorCodes.notFound, `No source scheme ${id} in this project.`, { id });
  return toSchemeRow(row);
}

/** A scheme without counts, or undefined. */
export function findScheme(db: Database.Database, id: number): SourceScheme | undefined {
  const row = db.prepare('SELECT * FROM source_schemes WHERE id = ?').get(id) as SchemeDbRow | undefined;
  return row && toScheme(row);
}

export function findSchemeByUri(db: Database.Database, uri: string): SourceScheme | undefined {
  const row = db.prepare('SELECT * FROM source_schemes WHERE uri = ?').get(uri) as SchemeDbRow | undefined;
  return row && toScheme(row);
}

/** The oldest scheme with this title (titles are not unique). */
export function findSchemeByTitle(db: Database.Database, title: string): SourceScheme | undefined {
  const row = db.prepare('SELECT * FROM source_schemes WHERE title = ? ORDER BY id LIMIT 1').get(title) as SchemeDbRow | undefined;
  return row && toScheme(row);
}

/** Schemes without a URI of their own (exports mint one for them). */
export function listSchemesWithoutUri(db: Database.Database): SourceScheme[] {
  return (db.prepare('SELECT * FROM source_schemes WHERE uri IS NULL ORDER BY id').all() as SchemeDbRow[]).map(toScheme);
}

/** Writes a scheme row in the caller's transaction; returns its id. Kind and language have no project default here. */
export function insertScheme(
  db: Database.Database,
  scheme: NewScheme & Pick<SourceScheme, 'kind' | 'language'>,
  now = new Date().toISOString(),
): number {
  const result = db
    .prepare(
      `INSERT INTO source_schemes (uri, title, description, kind, language, origin, version, concept_type, landing_page, created, modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      scheme.uri ?? null,
      scheme.title,
      scheme.description ?? '',
      scheme.kind,
      scheme.language,
      scheme.origin ? JSON.stringify(scheme.origin) : null,
      scheme.version ?? '',
      scheme.conceptType ?? '',
      scheme.landingPage ?? '',
      now,
      now,
    );
  return Number(result.lastInsertRowid);
}

/** A new scheme: learning outcomes in the project's language unless told otherwise. */
export function createScheme(project: Project, scheme: NewScheme): SourceSchemeRow {
  const id = insertScheme(project.db, {
    ...scheme,
    kind: scheme.kind ?? 'learning-outcomes',
    language: scheme.language ?? project.metadata().language ?? 'en',
  });
  project.touch();
  return getScheme(project, id);
}

export function updateScheme(project: Project, id: number, patch: SchemePatch): SourceSchemeRow {
  const current = getScheme(project, id);
  writeTransaction(project.db, () => {
    project.db
      .prepare(
        'UPDATE source_schemes SET title = ?, description = ?, language = ?, version = ?, concept_type = ?, landing_page = ? WHERE id = ?',
      )
      .run(
        patch.title ?? current.title,
        patch.description ?? current.description,
        patch.language ?? current.language,
        patch.version ?? current.version,
        patch.conceptType ?? current.conceptType,
        patch.landingPage ?? current.landingPage,
        id,
      );
    touchScheme(project, id);
  });
  return getScheme(project, id);
}

/** A re-import: where the scheme now comes from, modified at the import's time. */
export function recordSchemeImport(db: Database.Database, id: number, origin: NonNullable<SourceScheme['origin']>): void {
  db.prepare('UPDATE source_schemes SET origin = ?, modified = ? WHERE id = ?').run(JSON.stringify(origin), origin.importedAt, id);
}

/** Marks the scheme (and the project) changed after an edit of its groups or items. */
export function touchScheme(project: Project, schemeId: number): void {
  project.db.prepare('UPDATE source_schemes SET modified = ? WHERE id = ?').run(new Date().toISOString(), schemeId);
  project.touch();
}

export function deleteScheme(project: Project, id: number, options: DeleteOptions = {}): { deletedItems: number; deletedMappings: number } {
  const scheme = getScheme(project, id);
  return writeTransaction(project.db, () => {
    const deletedItems = (project.db.prepare('SELECT count(*) AS n FROM source_items WHERE scheme_id = ?').get(id) as { n: number }).n;
    const deletedMappings = deleteMappingsOf(project, { schemeId: id }, `Delete source "${scheme.title}" with its mappings`, options);
    project.db.prepare('DELETE FROM source_schemes WHERE id = ?').run(id);
    project.touch();
    return { deletedItems, deletedMappings };
  });
}
