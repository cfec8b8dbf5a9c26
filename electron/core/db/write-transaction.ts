import type Database from 'better-sqlite3';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';
import { busyMessage, damagedMessage, sqliteFailure } from './sqlite-errors.js';

/**
 * Runs fn as one write transaction that starts with BEGIN IMMEDIATE: the write lock is taken up
 * front, so the busy timeout applies (a deferred transaction that reads first and then writes
 * fails at once with SQLITE_BUSY_SNAPSHOT when another process committed meanwhile). A lock held
 * past the timeout becomes the one-line 'busy' error naming the file; the transaction is rolled
 * back, so nothing changed. Inside another transaction it is a savepoint, as db.transaction is.
 */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    throw asProjectFileError(error, db.name);
  }
}

/** A busy or damaged SQLite failure as the one-line CrosswalkError naming the file; anything else unchanged. */
export function asProjectFileError(error: unknown, file: string): unknown {
  switch (sqliteFailure(error)) {
    case 'busy':
      return new CrosswalkError(ErrorCodes.busy, busyMessage(file), { file });
    case 'damaged':
      return new CrosswalkError(ErrorCodes.damaged, damagedMessage(file, (error as Error).message), { file });
    default:
      return error;
  }
}
