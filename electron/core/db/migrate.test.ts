import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { migrate, migrationHash, schemaVersion } from './migrate.js';
import type { Migration } from './migrations.js';

const v1: Migration = { version: 1, name: '0001_a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' };
const v2: Migration = { version: 2, name: '0002_b', sql: 'CREATE TABLE b (y TEXT) STRICT;' };

describe('migrate', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  function tempDb(): { db: Database.Database; file: string } {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'm.sqlite');
    return { db: new Database(file), file };
  }

  it('applies pending migrations in order and records their hashes', () => {
    const { db } = tempDb();
    expect(migrate(db, [v1])).toBe(1);
    expect(migrate(db, [v1, v2])).toBe(2);
    const rows = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual([
      { version: 1, name: '0001_a', sha256: migrationHash(v1.sql) },
      { version: 2, name: '0002_b', sha256: migrationHash(v2.sql) },
    ]);
    expect(schemaVersion(db)).toBe(2);
    db.close();
  });

  it('refuses a database written by a newer version', () => {
    const { db } = tempDb();
    migrate(db, [v1, v2]);
    expect(() => migrate(db, [v1])).toThrow(/newer version of Crosswalk \(schema 2; this version knows up to 1\)/);
    db.close();
  });

  it('detects an edited shipped migration', () => {
    const { db } = tempDb();
    migrate(db, [v1]);
    const edited = { ...v1, sql: 'CREATE TABLE a (x INTEGER, z TEXT) STRICT;' };
    expect(() => migrate(db, [edited])).toThrow(/0001_a differs from the one this version of Crosswalk ships/);
    db.close();
  });

  it('rolls back a failing migration and keeps the earlier version', () => {
    const { db } = tempDb();
    const broken: Migration = { version: 2, name: '0002_broken', sql: 'CREATE TABLE ok (a INTEGER); CREATE TABLE nope (' };
    expect(() => migrate(db, [v1, broken])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok'").get()).toBeUndefined();
    db.close();
  });

  it('treats CRLF line endings as the same migration', () => {
    expect(migrationHash('A;\r\nB;')).toBe(migrationHash('A;\nB;'));
  });
});
