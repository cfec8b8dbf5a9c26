/**
 * What a SQLite failure means for the user. Kept free of CrosswalkError so that errors.ts can use
 * it as the last safety net without an import cycle.
 */
export type SqliteFailure = 'busy' | 'damaged';

const BUSY = new Set([
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_BUSY_TIMEOUT',
  'SQLITE_LOCKED',
  'SQLITE_LOCKED_SHAREDCACHE',
]);
const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB']);

/** better-sqlite3's SqliteError carries the extended result code as a string in `code`. */
export function sqliteFailure(error: unknown): SqliteFailure | undefined {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return undefined;
  const code = String((error as { code?: unknown }).code ?? '');
  if (BUSY.has(code)) return 'busy';
  if (DAMAGED.has(code)) return 'damaged';
  return undefined;
}

export function busyMessage(file?: string): string {
  return `${file ?? 'The project'} is in use by another Crosswalk process; try again.`;
}

export function damagedMessage(file: string | undefined, reason: string): string {
  return `${file ?? 'The project file'} is damaged (${reason}); open a backup or a Save As copy of it instead.`;
}
