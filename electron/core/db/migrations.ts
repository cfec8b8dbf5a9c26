import m0001 from './migrations/0001_project.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every schema version, in order. A shipped migration is never edited: the runner compares each
 * applied migration's hash and refuses a project whose recorded hash differs.
 * Add a new file `NNNN_name.sql` and one line here.
 */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: '0001_project', sql: m0001 }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
