import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One owner per table: SQL naming source_schemes, source_groups or source_items lives in the
 * modules of this folder. Elsewhere only the read-only JOINs listed below, each inside another
 * table's owner query that would otherwise cost a query per row or a long IN list.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const OWNER_DIR = 'electron/core/sources/store/';
const SOURCE_SQL = /\b(?:FROM|JOIN|INTO|UPDATE)\s+(?:source_schemes|source_groups|source_items)\b/gi;

/** File → how many mentions it may hold, and why they stay there. */
const ALLOWED: Record<string, { mentions: number; why: string }> = {
  'electron/core/mappings/mapping-store.ts': {
    mentions: 2,
    why: 'mappings listed and counted with their item key and text, filtered by scheme or course',
  },
  'electron/core/mappings/history.ts': { mentions: 1, why: 'history entries with their item key and text, searchable by them' },
  'electron/core/mappings/item-summaries.ts': {
    mentions: 1,
    why: "each item's mapping counts: one GROUP BY over items LEFT JOIN mappings",
  },
  'electron/core/review/coverage.ts': { mentions: 4, why: 'coverage per scheme and course: aggregates over items LEFT JOIN mappings' },
  'electron/core/review/review-service.ts': {
    mentions: 1,
    why: 'the review queue: mappings with their item key and text, by scheme, in item order',
  },
  'electron/core/review/report-csv.ts': {
    mentions: 2,
    why: 'the review report: reviewed mappings with scheme title and item key and text, in item order',
  },
  'electron/core/suggest/decisions.ts': { mentions: 1, why: 'decided mappings with their item text and language, as suggestion examples' },
  'electron/core/suggest/batch-store.ts': { mentions: 2, why: "a scheme's proposals read and cleared through a subquery on its items" },
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [rel] : [];
  });
}

function mentions(file: string): number {
  return fs.readFileSync(path.join(repo, file), 'utf8').match(SOURCE_SQL)?.length ?? 0;
}

describe('SQL on the source tables', () => {
  const files = sourceFiles('electron');

  it('is found by the scan (the owner modules hold it)', () => {
    const owned = files.filter((f) => f.startsWith(OWNER_DIR)).reduce((n, f) => n + mentions(f), 0);
    expect(owned).toBeGreaterThan(20);
  });

  it('appears outside the owner modules only where listed, as often as listed', () => {
    const outside = Object.fromEntries(
      files
        .filter((f) => !f.startsWith(OWNER_DIR))
        .map((f) => [f, mentions(f)] as const)
        .filter(([, n]) => n > 0),
    );
    const allowed = Object.fromEntries(Object.entries(ALLOWED).map(([f, a]) => [f, a.mentions]));
    expect(outside).toEqual(allowed);
  });
});
