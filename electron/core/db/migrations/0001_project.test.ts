import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations.js';

describe('migration 0001_project', () => {
  it('creates the single-row project table with a non-empty title', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const insert = db.prepare('INSERT INTO project (id, title, created, modified) VALUES (?, ?, ?, ?)');
    insert.run(1, 'Data literacy', 'now', 'now');
    expect(db.prepare('SELECT title, description, language FROM project').get()).toEqual({
      title: 'Data literacy',
      description: '',
      language: 'en',
    });
    expect(() => insert.run(2, 'Second', 'now', 'now')).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE project SET title = '  ' WHERE id = 1").run()).toThrow(/CHECK constraint/);
    db.close();
  });
});
