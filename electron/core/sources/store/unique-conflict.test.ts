import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../../shared/errors.js';
import { conflictOnDuplicate } from './unique-conflict.js';

describe('conflictOnDuplicate', () => {
  it("turns SQLite's UNIQUE violation into a conflict naming what exists, and passes other errors on", () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (key TEXT UNIQUE NOT NULL)');
    const insert = (key: string | null) =>
      conflictOnDuplicate(`An item with id "${key}"`, () => db.prepare('INSERT INTO t (key) VALUES (?)').run(key).changes);
    expect(insert('a')).toBe(1);
    expect(() => insert('a')).toThrow(
      expect.objectContaining({ code: ErrorCodes.conflict, message: 'An item with id "a" already exists in this source.' }),
    );
    expect(() => insert(null)).toThrow(/NOT NULL constraint failed/);
    db.close();
  });
});
