import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { CrosswalkError, toErrorShape } from '../errors.js';
import { writeTransaction } from './write-transaction.js';

describe('writeTransaction', () => {
  const temp = makeTempDir();
  const open: Database.Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  afterAll(() => temp.cleanup());
  const connect = (file: string) => {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    open.push(db);
    return db;
  };

  it('takes the write lock when it begins, so a second writer waits instead of failing later', () => {
    const file = path.join(temp.dir, 'lock.db');
    const mine = connect(file);
    const other = connect(file);
    other.pragma('busy_timeout = 0');
    mine.exec('CREATE TABLE t (n INTEGER)');
    writeTransaction(mine, () => {
      // Nothing written yet, and still the other connection cannot start a write.
      expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
      mine.prepare('INSERT INTO t VALUES (1)').run();
    });
    expect(other.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
  });

  it('turns a lock held past the busy timeout into one line naming the file, and writes nothing', () => {
    const file = path.join(temp.dir, 'busy.db');
    const mine = connect(file);
    const other = connect(file);
    mine.exec('CREATE TABLE t (n INTEGER)');
    mine.pragma('busy_timeout = 50');
    other.exec('BEGIN IMMEDIATE');
    let error: unknown;
    try {
      writeTransaction(mine, () => mine.prepare('INSERT INTO t VALUES (1)').run());
    } catch (e) {
      error = e;
    }
    other.exec('COMMIT');
    expect(error).toBeInstanceOf(CrosswalkError);
    expect(toErrorShape(error)).toEqual({
      code: 'busy',
      message: `${file} is in use by another Crosswalk process; try again.`,
      details: { file },
    });
    expect(mine.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
  });

  it('keeps other errors as they are and rolls back', () => {
    const db = connect(path.join(temp.dir, 'other.db'));
    db.exec('CREATE TABLE t (n INTEGER)');
    expect(() =>
      writeTransaction(db, () => {
        db.prepare('INSERT INTO t VALUES (1)').run();
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
  });

  it('names busy and damaged SQLite failures that reach the dispatcher without a file', () => {
    const file = path.join(temp.dir, 'damaged.db');
    const db = new Database(file);
    db.exec('CREATE TABLE t (n TEXT); CREATE INDEX t_n ON t (n)');
    db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0xff, 4096 * 2, bytes.length);
    fs.writeFileSync(file, bytes);
    const damaged = new Database(file);
    open.push(damaged);
    let error: unknown;
    try {
      damaged.prepare('SELECT length(n) FROM t').all();
      damaged.pragma('integrity_check');
    } catch (e) {
      error = e;
    }
    expect(toErrorShape(error)).toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(/^The project file is damaged \(.+\); open a backup/),
    });
  });
});
