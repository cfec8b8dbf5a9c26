import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import YAML from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, sharedFile } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { importFiles, MINI_ESCO, writeMiniEsco } from './vocab-fixtures.js';

const ONET = sharedFile('gold/crosswalks/esco-onet-crosswalk-dev.csv');
const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');

describe.skipIf(!ONET)('importing the ESCO–O*NET dev crosswalk', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());

  it("yields 269 O*NET source items and 1,181 mappings, the relations turned to O*NET's side (546 broadMatch in the file become narrowMatch)", async () => {
    await app.api.projects.create({ title: 'O*NET', path: path.join(app.dir, 'onet.crosswalk') });
    const preview = await app.api.export.importPreview({ file: { path: ONET! } });
    expect(preview).toMatchObject({ format: 'esco-csv', mappings: 1181, source: { title: 'O*NET', items: 269, kind: 'classification' } });
    expect(preview.byRelation).toEqual({ narrowMatch: 546, closeMatch: 424, exactMatch: 145, broadMatch: 66 });
    expect(preview.targets).toEqual([{ id: 'esco-v1.1.0', title: 'ESCO', version: 'v1.1.0' }]);
    // A published table arrives accepted unless another status is chosen, and the preview says so.
    expect(preview.byStatus).toEqual({ accepted: 1181 });
    expect(preview.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^a published table \(ESCO Secretariat.*imported as accepted/),
    ]);
    expect((await app.api.mappings.list({})).total).toBe(0);

    const result = await app.api.export.importCommit({ token: preview.token });
    expect(result).toMatchObject({ createdScheme: true, itemsAdded: 269, mappingsAdded: 1181, duplicates: 0 });
    const schemes = await app.api.sources.listSchemes({});
    expect(schemes).toEqual([
      expect.objectContaining({
        title: 'O*NET',
        items: 269,
        kind: 'classification',
        version: 'O*NET-SOC 2019',
        conceptType: 'Occupation',
        landingPage: 'https://www.onetonline.org/',
      }),
    ]);
    const rows = (await app.api.mappings.list({})).rows;
    expect(rows.every((r) => r.status === 'accepted' && r.justification === 'imported' && r.target!.vocabularyId === 'esco-v1.1.0')).toBe(
      true,
    );
    // "General and Operations Managers | broadMatch | operations manager": O*NET's occupation is broader.
    expect(rows.find((r) => r.sourceKey === '11-1021.00')).toMatchObject({
      sourceText: 'General and Operations Managers',
      relation: 'narrowMatch',
      author: expect.stringMatching(/^ESCO Secretariat/),
      created: '2022-09-01',
    });
    expect(rows.filter((r) => r.target!.uri.includes('/esco/isco/')).every((r) => r.relation === 'exactMatch')).toBe(true);
  });

  it('keeps the status the user chose for a published table', async () => {
    await app.api.projects.create({ title: 'O*NET', path: path.join(app.dir, 'onet-proposed.crosswalk') });
    const preview = await app.api.export.importPreview({ file: { path: ONET! }, defaultStatus: 'proposed' });
    expect(preview.byStatus).toEqual({ proposed: 1181 });
    expect(preview.problems).toEqual([]);
  });

  it('resolves bare ESCO UUIDs of a national table against the library (a skill here, not an occupation)', async () => {
    const uuid = '6f3a1c2e-0b9d-4c1a-9e57-2d8f4b6a7c90';
    const skills = (MINI_ESCO['skills_en.csv'] as string[]).map((line) =>
      line.replace('http://data.europa.eu/esco/skill/s1', `http://data.europa.eu/esco/skill/${uuid}`),
    );
    const job = await importFiles(app, writeMiniEsco(app.dir, 'v9.9.9', { 'skills_en.csv': skills }));
    expect(job.state).toBe('succeeded');
    const table = path.join(app.dir, 'national.csv');
    fs.writeFileSync(
      table,
      [
        'Mapping project name,ESCO - XX NOC',
        'Classification 1 Name,ESCO',
        'Classification 1 Concept type,Occupation',
        'Classification 2 Name,NOC',
        '',
        '',
        'Classification 1 URI,Classification 2 ID,Mapping relation',
        `${uuid},N1,skos:exactMatch`,
      ].join('\r\n'),
    );
    await app.api.projects.create({ title: 'national', path: path.join(app.dir, 'national.crosswalk') });
    const preview = await app.api.export.importPreview({ file: { path: table } });
    expect(preview.sample).toEqual([
      expect.objectContaining({ subjectKey: 'N1', targetUri: `http://data.europa.eu/esco/skill/${uuid}`, relation: 'exactMatch' }),
    ]);
    expect(preview.problems.filter((p) => /bare ESCO UUID/.test(p.message))).toEqual([]);
  });
});

describe.skipIf(!ONET)('crosswalk export / import-mappings (CLI)', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, '--author', 'Test Curator', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CROSSWALK_HOME: app.dir },
    });

  it('imports into a new project file, exports SSSOM and the crosswalk CSV, and re-imports them', () => {
    const project = path.join(app.dir, 'cli.crosswalk');
    const dry = run('import-mappings', '--project', project, '--dry-run', ONET!);
    expect(dry.status).toBe(1);
    expect(dry.stderr).toMatch(/does not exist/);

    const imported = run('import-mappings', '--project', project, ONET!);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/269 items of "O\*NET", 1181 mappings/);
    expect(imported.stdout).toMatch(/relations: narrowMatch 546, closeMatch 424, exactMatch 145, broadMatch 66/);
    expect(imported.stdout).toMatch(/imported 1181 mappings and 269 items/);

    const sssom = path.join(app.dir, 'onet.sssom.tsv');
    const exported = run('export', '--project', project, '--format', 'sssom', '--out', sssom, '--status', 'accepted');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/wrote 1181 mappings/);
    expect(exported.stdout).toMatch(/not carried by sssom:/);
    const text = fs.readFileSync(sssom, 'utf8');
    const meta = YAML.parse(
      text
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .map((l) => l.slice(1))
        .join('\n'),
    );
    expect(meta).toMatchObject({ object_source_version: 'ESCO v1.1.0', mapping_tool: 'Crosswalk' });
    const rows = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows).toHaveLength(1182);
    expect(rows[1]).toMatch(/^local:11-1021\.00\tGeneral and Operations Managers\tskos concept\tbase:o-net\tskos:narrowMatch\t/);

    const again = run('import-mappings', '--project', path.join(app.dir, 'from-sssom.crosswalk'), '--json', sssom);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).result).toMatchObject({ itemsAdded: 269, mappingsAdded: 1181 });

    // ESCO's layout again: the file's preamble values and its Type of Match column come back unchanged.
    const csv = path.join(app.dir, 'onet.csv');
    expect(run('export', '--project', project, '--format', 'esco-csv', '--out', csv).status).toBe(0);
    const cells = (file: string) => parse(fs.readFileSync(file, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
    const [original, written] = [cells(ONET!), cells(csv)];
    expect(written.slice(0, 16)).toEqual(original.slice(0, 16));
    expect(written.map((r) => r[6])).toEqual(original.map((r) => r[6]));
    const fromCsv = run('import-mappings', '--project', path.join(app.dir, 'from-csv.crosswalk'), '--json', csv);
    expect(JSON.parse(fromCsv.stdout).result).toMatchObject({ itemsAdded: 269, mappingsAdded: 1181 });
  });

  it('fails with the file, line and field of a bad input', () => {
    const bad = path.join(app.dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'Id,Title,Description,ESCO URI,ESCO Title,ESCO Description,Type of Match\nX1,a,b,http://data.europa.eu/esco/skill/1,t,d,sameAs\n',
    );
    const out = run('import-mappings', '--project', path.join(app.dir, 'p.crosswalk'), bad);
    expect(out.stdout).toMatch(/error: line 2, field "Type of Match": unknown relation "sameAs"/);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(
      /crosswalk: bad\.csv, line 2, field "Type of Match": unknown relation "sameAs": row skipped; nothing imported/,
    );
    expect(run('import-mappings', '--project', path.join(app.dir, 'p.crosswalk'), '--skip-invalid', '--json', bad).status).toBe(0);
  });
});
