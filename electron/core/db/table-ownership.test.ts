import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One owner per table: every statement that writes a project table lives in that table's owner
 * (a module, or a folder of small modules for the mapping, review and source tables), and so does
 * every read, except the JOINs listed below. Reads of the source tables are held to their owners,
 * mention by mention, by sources/store/sql-ownership.test.ts.
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

/**
 * Reads outside the owner: queries that belong to another table's owner and JOIN this one, where
 * a call per row into the owner would cost a query per row. Source tables: see sql-ownership.test.ts.
 */
const FOREIGN_READS: Record<string, { tables: string[]; why: string }> = {
  'electron/core/checks/run-checks.ts': {
    tables: ['mappings', 'mapping_history'],
    why: "the checks scan every live mapping's relation columns once, then only the mappings whose history is newer",
  },
  'electron/core/suggest/decisions.ts': {
    tables: ['mappings'],
    why: 'decided mappings JOINed with their item text and language, as examples',
  },
  'electron/core/review/review-service.ts': {
    tables: ['mappings'],
    why: 'the review queue: mappings JOINed with their decisions and items',
  },
  'electron/core/review/coverage.ts': { tables: ['mappings'], why: 'coverage: items LEFT JOIN mappings, aggregated per scheme and course' },
  'electron/core/review/report-csv.ts': {
    tables: ['mappings'],
    why: 'the review report: reviewed mappings JOINed with decisions and items',
  },
  'electron/core/sources/store/items.ts': { tables: ['mappings'], why: "the item list's mapping count, a correlated subquery" },
  'electron/core/sources/store/item-mappings.ts': {
    tables: ['mappings'],
    why: "the ids of an item's or a scheme's mappings, which are then deleted through the MappingStore",
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

const readsFrom = (table: string) => new RegExp(`\\b(?:FROM|JOIN)\\s+${table}\\b`, 'i');
const writesTo = (table: string) =>
  new RegExp(`\\b(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+${table}\\b`, 'i');

describe('project tables and their owners', () => {
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

  it('read a table outside its owner only where listed (source tables: see sql-ownership.test.ts)', () => {
    const strays = tables
      .filter((t) => !t.startsWith('source_'))
      .flatMap((table) =>
        files
          .filter(({ file, text }) => !file.startsWith(OWNERS[table]!) && readsFrom(table).test(text))
          .filter(({ file }) => !FOREIGN_READS[file]?.tables.includes(table))
          .map(({ file }) => `${table} read in ${file}`),
      );
    expect(strays).toEqual([]);
  });

  it('lists no foreign read that is gone', () => {
    const stale = Object.entries(FOREIGN_READS).flatMap(([file, { tables: listed }]) =>
      listed.filter((table) => !readsFrom(table).test(fs.readFileSync(path.join(repo, file), 'utf8'))).map((t) => `${file}: ${t}`),
    );
    expect(stale).toEqual([]);
  });
});
