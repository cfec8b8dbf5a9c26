import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import * as oxigraph from 'oxigraph';
import { validate } from 'jskos-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult, ImportCommitResult, ImportPreview } from '../../shared/contract/export.js';
import type { ExportFormat } from '../../shared/domain/correspondence.js';
import { readJskos } from '../../electron/core/exchange/jskos.js';
import { readSkos } from '../../electron/core/exchange/skos-reader.js';
import { readSssom } from '../../electron/core/exchange/sssom-reader.js';
import { comparable } from '../../electron/core/exchange/sample-table.test-helper.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const ESCO = 'http://data.europa.eu/esco/skill/';
const target = (id: string, label: string) => ({ uri: `${ESCO}${id}`, label, vocabularyId: 'esco-v1.1.1' });

/** A project with learning outcomes in two courses and every kind of statement, status and review. */
async function seed(app: TestApp, dir: string): Promise<void> {
  await app.api.projects.create({ title: 'Data course mappings', path: path.join(dir, 'original.crosswalk') });
  const scheme = await app.api.sources.createScheme({ title: 'Data course', kind: 'learning-outcomes' });
  const g1 = await app.api.sources.addGroup({ schemeId: scheme.id, key: 'DB', title: 'Databases' });
  const add = (text: string, key: string, groupId: number | null) => app.api.sources.addItem({ schemeId: scheme.id, text, key, groupId });
  const lo1 = await add('Design a relational schema', 'LO1', g1.id);
  const lo2 = await add('Write SQL queries with "joins"', 'LO2', g1.id);
  const lo3 = await add('Explain p-values', 'LO3', null);
  await app.api.mappings.create({
    mappings: [
      {
        sourceItemId: lo1.id,
        target: target('a1', 'design database scheme'),
        relation: 'exactMatch',
        status: 'accepted',
        confidence: 0.9,
        comment: 'checked\nagainst syllabus',
      },
      {
        sourceItemId: lo1.id,
        target: target('b2', 'database management systems'),
        relation: 'broadMatch',
        status: 'proposed',
        justification: 'accepted-suggestion',
        score: 0.72,
      },
      { sourceItemId: lo2.id, target: target('c3', 'SQL'), relation: 'closeMatch', status: 'unsure' },
      { sourceItemId: lo3.id, target: target('d4', 'statistics'), relation: 'narrowMatch', status: 'proposed' },
    ],
  });
  await app.api.mappings.markNoMatch({ sourceItemIds: [lo2.id], vocabularyId: 'esco-v1.1.1', comment: 'nothing better' });
  await app.api.mappings.mustNotMap({ sourceItemId: lo3.id, target: target('e5', 'p-hacking') });
  // Reviews are recorded for the person in Settings: Grace reviews as herself.
  await app.api.app.settingsUpdate({ userName: 'Grace Hopper' });
  const reviewer = await app.api.review.me({});
  const rows = (await app.api.mappings.list({})).rows;
  await app.api.review.decide({
    reviewerId: reviewer.id,
    mappingId: rows.find((r) => r.target?.uri === `${ESCO}d4`)!.id,
    decision: 'reject',
  });
}

async function exportTo(app: TestApp, format: ExportFormat, file: string, extra: object = {}): Promise<ExportResult> {
  return app.api.export.export({ format, output: { path: file }, ...extra });
}

async function importInto(app: TestApp, project: string, file: string): Promise<{ preview: ImportPreview; result: ImportCommitResult }> {
  await app.api.projects.create({ title: path.basename(project), path: project });
  const preview = await app.api.export.importPreview({ file: { path: file } });
  const result = await app.api.export.importCommit({ token: preview.token });
  return { preview, result };
}

const READ = (file: string) => ({ file, uriBase: 'https://w3id.org/crosswalk/local/', defaultStatus: 'proposed' as const });

describe('exchange round trips through the project database', () => {
  let app: TestApp;
  let dir: string;

  beforeAll(async () => {
    app = createTestApp();
    dir = app.dir;
    await seed(app, dir);
  });
  afterAll(() => app.cleanup());

  it('SSSOM with every status: export → import into a new project → export gives the same mappings, statuses and provenance', async () => {
    await app.api.projects.open({ path: path.join(dir, 'original.crosswalk') });
    const first = path.join(dir, 'first.sssom.tsv');
    const report = await exportTo(app, 'sssom', first, { status: 'all' });
    expect(report.mappings).toBe(6);
    expect(report.limits.join(' ')).toMatch(/Groups/);
    const text = fs.readFileSync(first, 'utf8');
    expect(text).toMatch(/^#curie_map:/);
    const { preview, result } = await importInto(app, path.join(dir, 'from-sssom.crosswalk'), first);
    expect(preview.plan).toMatchObject({ newItems: 3, newMappings: 6, duplicates: 0 });
    expect(result).toMatchObject({ itemsAdded: 3, mappingsAdded: 6, reviewsAdded: 1 });
    const second = path.join(dir, 'second.sssom.tsv');
    await exportTo(app, 'sssom', second, { status: 'all' });
    // Every row comes back as written: subject_ids (literal rows keyed by them) and the rejected "Not narrowMatch".
    const rows = (t: string) => t.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows(fs.readFileSync(second, 'utf8'))).toEqual(rows(text));
    const a = readSssom(text, READ('a')).table;
    expect(a.mappings.map((m) => m.status).sort()).toEqual(['accepted', 'accepted', 'accepted', 'proposed', 'rejected', 'unsure']);
    expect(a.mappings.find((m) => m.status === 'rejected')).toMatchObject({
      kind: 'match',
      relation: 'narrowMatch',
      reviewer: 'Grace Hopper',
      object: { uri: `${ESCO}d4` },
    });
  });

  it('SKOS with provenance and every status: the same round trip, and the RDF parses with Oxigraph and N3.js', async () => {
    for (const [format, ext, mediaType] of [
      ['skos-ttl', 'ttl', 'text/turtle'],
      ['skos-rdfxml', 'rdf', 'application/rdf+xml'],
      ['skos-jsonld', 'jsonld', 'application/ld+json'],
      ['skos-nt', 'nt', 'application/n-triples'],
    ] as const) {
      await app.api.projects.open({ path: path.join(dir, 'original.crosswalk') });
      const first = path.join(dir, `first.${ext}`);
      await exportTo(app, format, first, { status: 'all' });
      const text = fs.readFileSync(first, 'utf8');
      const store = new oxigraph.Store();
      store.load(text, { format: mediaType, base_iri: 'http://example.org/' });
      if (format === 'skos-ttl' || format === 'skos-nt')
        expect(new Parser({ format: format === 'skos-ttl' ? 'Turtle' : 'N-Triples' }).parse(text)).toHaveLength(store.size);
      await importInto(app, path.join(dir, `from-${ext}.crosswalk`), first);
      const second = path.join(dir, `second.${ext}`);
      await exportTo(app, format, second, { status: 'all' });
      const [x, y] = await Promise.all([readSkos(text, READ(first)), readSkos(fs.readFileSync(second, 'utf8'), READ(second))]);
      expect(comparable(y.table), format).toEqual(comparable(x.table));
      expect(y.table.source.items.map((i) => [i.key, i.groupKey]).sort()).toEqual(
        x.table.source.items.map((i) => [i.key, i.groupKey]).sort(),
      );
    }
  });

  it('JSKOS with every status: valid per jskos-validate, and the same round trip', async () => {
    await app.api.projects.open({ path: path.join(dir, 'original.crosswalk') });
    const first = path.join(dir, 'first.jskos.json');
    await exportTo(app, 'jskos', first, { status: 'all' });
    const data = JSON.parse(fs.readFileSync(first, 'utf8'));
    expect(validate.concordance(data)).toBe(true);
    await importInto(app, path.join(dir, 'from-jskos.crosswalk'), first);
    const second = path.join(dir, 'second.jskos.json');
    await exportTo(app, 'jskos', second, { status: 'all' });
    expect(JSON.parse(fs.readFileSync(second, 'utf8')).mappings).toEqual(data.mappings);
    expect(comparable(readJskos(fs.readFileSync(second, 'utf8'), READ(second)).table)).toEqual(
      comparable(readJskos(JSON.stringify(data), READ(first)).table),
    );
  });

  it('the crosswalk CSV and XLSX re-import; accepted-only and one course filter', async () => {
    await app.api.projects.open({ path: path.join(dir, 'original.crosswalk') });
    const csv = path.join(dir, 'crosswalk.csv');
    const report = await exportTo(app, 'esco-csv', csv, { status: 'accepted' });
    expect(report.mappings).toBe(3);
    expect(report.limits.join(' ')).toMatch(/must-not-map statement cannot be written/);
    const xlsx = path.join(dir, 'crosswalk.xlsx');
    await exportTo(app, 'xlsx', xlsx, { groupKey: 'DB', status: 'all' });
    const fromCsv = await importInto(app, path.join(dir, 'from-csv.crosswalk'), csv);
    expect(fromCsv.result).toMatchObject({ itemsAdded: 3, mappingsAdded: 1 });
    const fromXlsx = await importInto(app, path.join(dir, 'from-xlsx.crosswalk'), xlsx);
    expect(fromXlsx.preview.format).toBe('xlsx');
    expect(fromXlsx.result).toMatchObject({ itemsAdded: 2, mappingsAdded: 3 });
  });

  it('re-importing a default (accepted-only) export into the same project finds every statement already there', async () => {
    await app.api.projects.open({ path: path.join(dir, 'original.crosswalk') });
    const file = path.join(dir, 'again.sssom.tsv');
    await exportTo(app, 'sssom', file);
    const preview = await app.api.export.importPreview({ file: { path: file } });
    expect(preview.plan).toMatchObject({ newItems: 0, newMappings: 0, duplicates: 3 });
    expect(preview.plan.scheme.action).toBe('merge');
    await app.api.export.importCancel({ token: preview.token });
    await expect(app.api.export.importCommit({ token: preview.token })).rejects.toThrow(/No staged import/);
  });

  it('ELM: learning outcomes with relatedESCOSkill (exact + close by default; the unsure closeMatch only with status all)', async () => {
    await app.api.projects.open({ path: path.join(dir, 'original.crosswalk') });
    const skills = async (extra: object) => {
      const file = path.join(dir, 'elm.ttl');
      const report = await exportTo(app, 'elm-ttl', file, extra);
      const store = new oxigraph.Store();
      store.load(fs.readFileSync(file, 'utf8'), { format: 'text/turtle' });
      const rows = store.query('PREFIX elm: <http://data.europa.eu/snb/model/elm/> SELECT ?s WHERE { ?lo elm:relatedESCOSkill ?s }') as Map<
        string,
        { value: string }
      >[];
      return { report, skills: rows.map((r) => r.get('s')!.value).sort() };
    };
    const accepted = await skills({});
    expect(accepted.report.limits[0]).toMatch(/no relation type: 1 mapping /);
    expect(accepted.skills).toEqual([`${ESCO}a1`]);
    const all = await skills({ status: 'all' });
    expect(all.report.limits[0]).toMatch(/no relation type: 2 mappings/);
    expect(all.report.notAccepted).toMatchObject({ proposed: 0, unsure: 1, rejected: 0 });
    expect(all.skills).toEqual([`${ESCO}a1`, `${ESCO}c3`]);
  });

  it('a broken file is refused naming the file, and nothing is staged', async () => {
    const bad = path.join(dir, 'broken.sssom.tsv');
    fs.writeFileSync(bad, '# license: x\nsubject_id\tobject_id\na\tb\n');
    await expect(app.api.export.importPreview({ file: { path: bad } })).rejects.toThrow(/broken\.sssom\.tsv, line 2, field "predicate_id"/);
  });
});
