import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { LATEST_SCHEMA_VERSION } from './migrations.js';
import { CROSSWALK_APPLICATION_ID, openProjectDatabase } from './open-database.js';

describe('openProjectDatabase', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('creates a WAL database marked as a Crosswalk project at the newest schema', () => {
    const file = path.join(dir, 'p.crosswalk');
    const db = openProjectDatabase(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(CROSSWALK_APPLICATION_ID);
    expect((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses another SQLite database', () => {
    const file = path.join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => openProjectDatabase(file)).toThrow(/is not a Crosswalk project \(it is a different SQLite database\)/);
  });

  it('refuses a file that is not a database at all', () => {
    const file = path.join(dir, 'notes.crosswalk');
    fs.writeFileSync(file, 'these are my notes, not a database '.repeat(200));
    expect(() => openProjectDatabase(file)).toThrow(/notes\.crosswalk/);
  });

  it('says when the file does not exist', () => {
    expect(() => openProjectDatabase(path.join(dir, 'missing.crosswalk'))).toThrow(/No project file at/);
  });
});
