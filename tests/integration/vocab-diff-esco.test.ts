import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VocabularyDiff } from '../../shared/domain/vocabulary-diff.js';
import { ESCO_V110_EN, ESCO_V110_RELATIONS, ESCO_V111_EN, ESCO_V111_RELATIONS, sharedFile } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { importFiles } from './vocab-fixtures.js';

const files = [ESCO_V110_EN, ESCO_V110_RELATIONS, ESCO_V111_EN, ESCO_V111_RELATIONS].map((f) => sharedFile(f));
const CONCEPT_FILES = ['skills_en.csv', 'occupations_en.csv', 'skillGroups_en.csv', 'ISCOGroups_en.csv'];
const BROADER_FILES = ['broaderRelationsSkillPillar.csv', 'broaderRelationsOccPillar.csv'];

type Row = Record<string, string>;

/** An ESCO version read straight from its CSVs (not through the importer): rows and broader sets by URI. */
function readVersion(en: string, relations: string): { rows: Map<string, Row>; broader: Map<string, Set<string>> } {
  const table = (zip: string, name: string) =>
    parse(Buffer.from(unzipSync(fs.readFileSync(zip), { filter: (f) => f.name === name })[name]!), { columns: true, bom: true }) as Row[];
  const rows = new Map<string, Row>();
  for (const name of CONCEPT_FILES) for (const row of table(en, name)) rows.set(row.conceptUri!.trim(), row);
  const broader = new Map<string, Set<string>>();
  for (const name of BROADER_FILES) {
    for (const row of table(relations, name))
      broader.set(row.conceptUri!, (broader.get(row.conceptUri!) ?? new Set()).add(row.broaderUri!));
  }
  return { rows, broader };
}

const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(files.some((f) => !f))('ESCO v1.1.0 → v1.1.1 diff (shared zips)', () => {
  let app: TestApp;
  let diff: VocabularyDiff;
  beforeAll(async () => {
    app = createTestApp();
    for (const pair of [files.slice(0, 2), files.slice(2)]) {
      const job = await importFiles(app, pair as string[]);
      expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    }
    diff = await app.api.vocabularies.diff({ from: 'esco-v1.1.0', to: 'esco-v1.1.1' });
  }, 180_000);
  afterAll(() => app?.cleanup());

  it('agrees with counts taken from the CSVs themselves', () => {
    const [en0, rel0, en1, rel1] = files as string[];
    const old = readVersion(en0!, rel0!);
    const next = readVersion(en1!, rel1!);
    const common = [...old.rows.keys()].filter((uri) => next.rows.has(uri));
    const differ = (field: string | ((row: Row) => string), norm: (v: string | undefined) => string = text) => {
      const value = (row: Row) => norm(typeof field === 'string' ? row[field] : field(row));
      return common.filter((uri) => value(old.rows.get(uri)!) !== value(next.rows.get(uri)!)).length;
    };
    const sameSet = (a = new Set<string>(), b = new Set<string>()) => a.size === b.size && [...a].every((x) => b.has(x));
    const expected = {
      before: old.rows.size,
      after: next.rows.size,
      removed: old.rows.size - common.length,
      added: next.rows.size - common.length,
      relabelled: differ('preferredLabel'),
      moved: common.filter((uri) => !sameSet(old.broader.get(uri), next.broader.get(uri))).length,
      'description-changed': differ('description', (v) => (v ?? '').trim()),
      // ESCO's class (skill, skill group, ...) and, for skills, knowledge or not; five v1.1.0 skill groups are skills in v1.1.1.
      'type-changed': differ((row) => `${row.conceptType} ${row.skillType === 'knowledge'}`),
      'reuse-level-changed': differ('reuseLevel', (v) => (v ?? '').trim()),
      // ESCO's CSV packages carry neither deprecated concepts nor replacement data.
      deprecated: 0,
      replaced: 0,
    };
    expect(diff.counts).toMatchObject(expected);
    // The numbers themselves, for the record (README, release notes).
    expect(expected).toMatchObject({
      before: 18_161,
      after: 18_162,
      removed: 419,
      added: 420,
      relabelled: 2,
      moved: 10_540,
      'description-changed': 86,
      'type-changed': 7,
    });
    expect(diff.counts.changed + diff.counts.unchanged).toBe(common.length + expected.added + expected.removed);
  });

  it('gives before and after for a relabelled and a removed concept', () => {
    const relabelled = diff.changes.filter((c) => c.change === 'relabelled');
    expect(relabelled).toHaveLength(2);
    for (const c of relabelled) expect(c.before!.prefLabel!.en).not.toBe(c.after!.prefLabel!.en);
    const removed = diff.changes.find((c) => c.uri === 'http://data.europa.eu/esco/skill/K')!;
    expect(removed).toMatchObject({ change: 'removed', type: 'skill-group' });
    expect(removed.before!.prefLabel!.en).toBeTruthy();
  });
});
