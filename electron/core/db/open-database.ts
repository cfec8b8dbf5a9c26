import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { migrate } from './migrate.js';
import { sqliteFailure } from './sqlite-errors.js';
import { asProjectFileError } from './write-transaction.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** 'CRSW': marks a SQLite file as a Crosswalk project. */
export const CROSSWALK_APPLICATION_ID = 0x43525357;

export interface OpenOptions {
  /** Path of a better-sqlite3 native binding built for the running runtime (Electron's ABI). */
  nativeBinding?: string;
  create?: boolean;
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) a project file: WAL journal with synchronous=FULL, so every committed
 * transaction survives a killed process or a power cut, and a crash never leaves a file that
 * fails to open.
 */
export function openProjectDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const exists = fs.existsSync(file);
  if (!exists && !options.create) {
    throw new CrosswalkError(ErrorCodes.notFound, `No project file at ${file}`, { file });
  }
  if (exists && options.create) {
    throw new CrosswalkError(ErrorCodes.alreadyExists, `A file already exists at ${file}`, { file });
  }
  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
  } catch (error) {
    if (sqliteFailure(error) !== undefined && (error as { code?: string }).code !== 'SQLITE_NOTADB') throw asProjectFileError(error, file);
    throw new CrosswalkError(ErrorCodes.notAProject, `${file} cannot be opened: ${(error as Error).message}`, { file });
  }
  try {
    db.pragma('busy_timeout = 5000');
    checkIsProject(db, file, exists);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (!exists) db.pragma(`application_id = ${CROSSWALK_APPLICATION_ID}`);
    migrate(db, options.migrations ?? MIGRATIONS, file);
    return db;
  } catch (error) {
    db.close();
    throw asProjectFileError(error, file);
  }
}

function checkIsProject(db: Database.Database, file: string, existed: boolean): void {
  let applicationId: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
  } catch (error) {
    throw new CrosswalkError(ErrorCodes.notAProject, `${file} is not a Crosswalk project: ${(error as Error).message}`, { file });
  }
  if (existed && applicationId !== CROSSWALK_APPLICATION_ID) {
    throw new CrosswalkError(ErrorCodes.notAProject, `${file} is not a Crosswalk project (it is a different SQLite database).`, { file });
  }
}
