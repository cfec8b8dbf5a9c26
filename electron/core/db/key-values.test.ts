import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { readKeyValue, readKeyValues, writeKeyValue } from './key-values.js';

describe('the project key/value table', () => {
  it('writes, overwrites and reads values by key and by prefix (a "%" or "_" in the prefix is literal)', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    writeKeyValue(db, 'project.license', 'a');
    writeKeyValue(db, 'project.license', 'b');
    writeKeyValue(db, 'project.uriBase', 'https://example.org/');
    writeKeyValue(db, 'projectXlicense', 'not a project setting');
    writeKeyValue(db, 'double_review', 'true');
    expect(readKeyValue(db, 'project.license')).toBe('b');
    expect(readKeyValue(db, 'missing')).toBeUndefined();
    expect(readKeyValues(db, 'project.')).toEqual([
      { key: 'project.license', value: 'b' },
      { key: 'project.uriBase', value: 'https://example.org/' },
    ]);
    expect(readKeyValues(db, 'double_')).toEqual([{ key: 'double_review', value: 'true' }]);
  });
});
