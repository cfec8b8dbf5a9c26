import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

describe('MIGRATIONS', () => {
  it('lists every .sql file of the migrations folder, numbered 1, 2, 3… in order', () => {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(MIGRATIONS.map((m) => `${m.name}.sql`)).toEqual(files);
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
      expect(m.sql).toBe(fs.readFileSync(path.join(dir, `${m.name}.sql`), 'utf8'));
    });
  });

  it('declares every table STRICT', () => {
    for (const m of MIGRATIONS) {
      const tables = m.sql.match(/CREATE TABLE[\s\S]*?\)\s*(STRICT)?;/g) ?? [];
      for (const table of tables) expect(table, `${m.name}: ${table.slice(0, 60)}`).toMatch(/STRICT;$/);
    }
  });
});
