import type Database from 'better-sqlite3';

/**
 * The project's revision (migration 0008): `revision` counts every write to the project's tables;
 * `sources` and `mappings` are the revision of the last change to the source tables and to the
 * mappings. Caches compare these instead of fingerprinting tables.
 */
export interface ProjectRevision {
  revision: number;
  sources: number;
  mappings: number;
}

export function projectRevision(db: Database.Database): ProjectRevision {
  return db.prepare('SELECT revision, sources, mappings FROM project_revision WHERE id = 1').get() as ProjectRevision;
}
