import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { PROJECT_FILE_EXTENSION, type ProjectInfo, type ProjectMetadata } from '../../../shared/domain/project.js';
import { ErrorCodes } from '../../../shared/errors.js';
import { openProjectDatabase } from '../db/open-database.js';
import { schemaVersion } from '../db/migrate.js';
import { CrosswalkError } from '../errors.js';
import { asciiSlug } from '../slug.js';

export interface NewProject {
  title: string;
  description?: string;
  creator?: string;
  language?: string;
}

/** An open project file. Domain services take it to read and write their tables. */
export class Project {
  constructor(
    readonly path: string,
    readonly db: Database.Database,
  ) {}

  metadata(): ProjectMetadata {
    return this.db
      .prepare('SELECT title, description, creator, language, created, modified FROM project WHERE id = 1')
      .get() as ProjectMetadata;
  }

  info(): ProjectInfo {
    return { path: this.path, metadata: this.metadata(), schemaVersion: schemaVersion(this.db) };
  }

  updateMetadata(patch: Partial<Omit<ProjectMetadata, 'created' | 'modified'>>): ProjectInfo {
    const next = { ...this.metadata(), ...patch, modified: new Date().toISOString() };
    this.db
      .prepare(
        'UPDATE project SET title = @title, description = @description, creator = @creator, language = @language, modified = @modified WHERE id = 1',
      )
      .run(next);
    return this.info();
  }

  /** Marks the project as changed; domain services call it inside their write transactions. */
  touch(): void {
    this.db.prepare('UPDATE project SET modified = ? WHERE id = 1').run(new Date().toISOString());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function withProjectExtension(file: string): string {
  return file.endsWith(PROJECT_FILE_EXTENSION) ? file : `${file}${PROJECT_FILE_EXTENSION}`;
}

/** A file name made from a title: "Data Literacy (3 ECTS)" -> "data-literacy-3-ects.crosswalk". */
export function fileNameForTitle(title: string): string {
  return `${asciiSlug(title).slice(0, 80) || 'project'}${PROJECT_FILE_EXTENSION}`;
}

/**
 * Creates a project file. It is built under a temporary name and renamed into place only when
 * complete, so a crash during creation never leaves a file that looks like a broken project.
 */
export function createProjectFile(file: string, project: NewProject, nativeBinding?: string): void {
  if (fs.existsSync(file)) {
    throw new CrosswalkError(ErrorCodes.alreadyExists, `A file already exists at ${file}`, { file });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.creating-${process.pid}`;
  removeDatabaseFiles(temp);
  const db = openProjectDatabase(temp, { create: true, nativeBinding });
  try {
    const now = new Date().toISOString();
    db.prepare('INSERT INTO project (id, title, description, creator, language, created, modified) VALUES (1, ?, ?, ?, ?, ?, ?)').run(
      project.title.trim(),
      project.description ?? '',
      project.creator ?? '',
      project.language ?? 'en',
      now,
      now,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  fs.renameSync(temp, file);
}

export function openProject(file: string, nativeBinding?: string): Project {
  const db = openProjectDatabase(file, { nativeBinding });
  const row = db.prepare('SELECT count(*) AS n FROM project').get() as { n: number };
  if (row.n !== 1) {
    db.close();
    throw new CrosswalkError(ErrorCodes.notAProject, `${file} has no project metadata; it is not a complete Crosswalk project.`, { file });
  }
  return new Project(path.resolve(file), db);
}

/** Writes a consistent copy of an open project (VACUUM INTO reads one snapshot). */
export function copyProject(project: Project, destination: string, overwrite = false): void {
  if (path.resolve(destination) === project.path) {
    throw new CrosswalkError(ErrorCodes.conflict, 'Save As needs a different file than the open project.', { path: destination });
  }
  if (fs.existsSync(destination) && !overwrite) {
    throw new CrosswalkError(ErrorCodes.alreadyExists, `A file already exists at ${destination}`, { path: destination });
  }
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const temp = `${destination}.saving-${process.pid}`;
  removeDatabaseFiles(temp);
  project.db.prepare('VACUUM INTO ?').run(temp);
  removeDatabaseFiles(destination);
  fs.renameSync(temp, destination);
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}
