import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One owner per table: every statement that writes a project table lives in that table's owner
 * (a module, or a folder of small modules for the mapping, review and source tables). Reads of the
 * source tables are held to their owners by sources/store/sql-ownership.test.ts.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const OWNERS: Record<string, string> = {
  project: 'electron/core/projects/project-service.ts',
  project_revision: 'electron/core/db/project-revision.ts',
  review_settings: 'electron/core/db/key-values.ts',
  source_schemes: 'electron/core/sources/store/',
  source_groups: 'electron/core/sources/store/',
  source_items: 'electron/core/sources/store/',
  mappings: 'electron/core/mappings/',
  mapping_history: 'electron/core/mappings/',
  mapping_batches: 'electron/core/mappings/',
  reviewers: 'electron/core/review/',
  review_decisions: 'electron/core/review/',
  review_adjudications: 'electron/core/review/',
  check_rules: 'electron/core/checks/rules.ts',
  suggestion_runs: 'electron/core/suggest/batch-store.ts',
  suggestion_proposals: 'electron/core/suggest/batch-store.ts',
  table_provenance: 'electron/core/exchange/provenance-store.ts',
  vocabulary_migrations: 'electron/core/vocabularies/migration/migration-store.ts',
  migration_queue: 'electron/core/vocabularies/migration/migration-store.ts',
  team_remotes: 'electron/core/team/remote-store.ts',
  team_conflicts: 'electron/core/team/remote-store.ts',
};

/** Writes outside the owner, each with the reason it stays. */
const EXCEPTIONS: Record<string, { table: string; why: string }> = {
  'electron/core/mappings/mapping-row.ts': {
    table: 'project',
    why: "a change batch stamps the project's modified time in its own prepared statements and transaction",
  },
};

function migrationTables(): string[] {
  const dir = path.join(repo, 'electron/core/db/migrations');
  const sql = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  return [...new Set([...sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/gi)].map((m) => m[1]!))].filter(
    (t) => t !== 'schema_migrations',
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test(-helper)?\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const writesTo = (table: string) =>
  new RegExp(`\\b(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+${table}\\b`, 'i');

describe('writes to project tables', () => {
  const tables = migrationTables();
  const files = sourceFiles('electron').map((file) => ({ file, text: fs.readFileSync(path.join(repo, file), 'utf8') }));

  it('have an owner declared for every table the migrations create', () => {
    expect(tables.length).toBeGreaterThan(15);
    expect(tables.filter((t) => !OWNERS[t])).toEqual([]);
  });

  it('are found by the scan in the owners (so the pattern reads the code as it is written)', () => {
    for (const table of ['mappings', 'review_decisions', 'review_settings', 'source_items', 'team_remotes', 'migration_queue'])
      expect(files.some(({ file, text }) => file.startsWith(OWNERS[table]!) && writesTo(table).test(text))).toBe(true);
  });

  it('happen only in the owner, or where an exception says why', () => {
    const strays = tables.flatMap((table) =>
      files
        .filter(({ file, text }) => !file.startsWith(OWNERS[table]!) && writesTo(table).test(text))
        .filter(({ file }) => EXCEPTIONS[file]?.table !== table)
        .map(({ file }) => `${table} written in ${file}`),
    );
    expect(strays).toEqual([]);
  });
});
