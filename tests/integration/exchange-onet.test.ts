import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportCommitResult, ImportPreview } from '../../shared/contract/export.js';
import type { MappingRow } from '../../shared/domain/mapping.js';
import type { SourceSchemeRow } from '../../shared/domain/source.js';
import { projectRoot, sharedFile } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { importFiles, writeMiniEsco } from './vocab-fixtures.js';

const ONET = sharedFile('gold/crosswalks/esco-onet-crosswalk-dev.csv');
const cli = path.join(projectRoot, 'dist', 'cli', 'crosswalk.js');

describe.skipIf(!ONET)('importing the ESCO–O*NET dev crosswalk', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());

  it('yields 269 O*NET source items and 1,166 mappings (546 broad, 424 close, 130 exact, 66 narrow); exactISCO rows are reported', async () => {
    await app.call('projects-create', { title: 'O*NET', path: path.join(app.dir, 'onet.crosswalk') });
    const preview = await app.call<ImportPreview>('export-importPreview', { file: { path: ONET! }, defaultStatus: 'accepted' });
    expect(preview).toMatchObject({ format: 'esco-csv', mappings: 1166, source: { title: 'O*NET', items: 269, kind: 'classification' } });
    expect(preview.byRelation).toEqual({ broadMatch: 546, closeMatch: 424, exactMatch: 130, narrowMatch: 66 });
    expect(preview.targets).toEqual([{ id: 'esco-v1.1.0', title: 'ESCO', version: 'v1.1.0' }]);
    expect(preview.problems.filter((p) => /exactISCO mapping to ISCO group/.test(p.message))).toHaveLength(15);
    expect((await app.call<{ total: number }>('mappings-list', {})).total).toBe(0);

    const result = await app.call<ImportCommitResult>('export-importCommit', { token: preview.token });
    expect(result).toMatchObject({ createdScheme: true, itemsAdded: 269, mappingsAdded: 1166, duplicates: 0 });
    const schemes = await app.call<SourceSchemeRow[]>('sources-listSchemes', {});
    expect(schemes).toEqual([expect.objectContaining({ title: 'O*NET', items: 269, kind: 'classification' })]);
    const rows = (await app.call<{ rows: MappingRow[] }>('mappings-list', {})).rows;
    expect(rows.every((r) => r.status === 'accepted' && r.justification === 'imported' && r.target!.vocabularyId === 'esco-v1.1.0')).toBe(true);
    expect(rows.find((r) => r.sourceKey === '11-1021.00')).toMatchObject({ sourceText: 'General and Operations Managers', relation: 'broadMatch' });
  });

  it('maps exactISCO rows to the ISCO group when the library has it', async () => {
    const job = await importFiles(app, writeMiniEsco(app.dir));
    expect(job.state).toBe('succeeded');
    await app.call('projects-create', { title: 'O*NET', path: path.join(app.dir, 'onet-isco.crosswalk') });
    const preview = await app.call<ImportPreview>('export-importPreview', { file: { path: ONET! } });
    // The mini library holds one ISCO group, C2512 (software developers).
    expect(preview.mappings).toBe(1167);
    expect(preview.problems.filter((p) => /exactISCO mapping to ISCO group/.test(p.message))).toHaveLength(14);
    await app.call('export-importCommit', { token: preview.token });
    const rows = (await app.call<{ rows: MappingRow[] }>('mappings-list', { targetUri: 'http://data.europa.eu/esco/isco/C2512' })).rows;
    expect(rows).toEqual([expect.objectContaining({ sourceKey: '15-1252.00', relation: 'exactMatch', kind: 'match' })]);
  });
});

describe.skipIf(!ONET)('crosswalk export / import-mappings (CLI)', () => {
  let app: TestApp;
  beforeEach(() => (app = createTestApp()));
  afterEach(() => app.cleanup());
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, CROSSWALK_HOME: app.dir } });

  it('imports into a new project file, exports SSSOM and the crosswalk CSV, and re-imports them', () => {
    const project = path.join(app.dir, 'cli.crosswalk');
    const dry = run('import-mappings', '--project', project, '--dry-run', ONET!);
    expect(dry.status).toBe(1);
    expect(dry.stderr).toMatch(/does not exist/);

    const imported = run('import-mappings', '--project', project, '--default-status', 'accepted', ONET!);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/269 items of "O\*NET", 1166 mappings/);
    expect(imported.stdout).toMatch(/relations: broadMatch 546, closeMatch 424, exactMatch 130, narrowMatch 66/);
    expect(imported.stdout).toMatch(/line \d+, field "Type of Match": exactISCO mapping/);
    expect(imported.stdout).toMatch(/imported 1166 mappings and 269 items/);

    const sssom = path.join(app.dir, 'onet.sssom.tsv');
    const exported = run('export', '--project', project, '--format', 'sssom', '--out', sssom, '--status', 'accepted');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/wrote 1166 mappings/);
    expect(exported.stdout).toMatch(/not carried by sssom:/);
    const text = fs.readFileSync(sssom, 'utf8');
    const meta = YAML.parse(text.split('\n').filter((l) => l.startsWith('#')).map((l) => l.slice(1)).join('\n'));
    expect(meta).toMatchObject({ object_source_version: 'ESCO v1.1.0', mapping_tool: 'Crosswalk' });
    const rows = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows).toHaveLength(1167);
    expect(rows[1]).toMatch(/^local:11-1021\.00\tGeneral and Operations Managers\tskos concept\tbase:o-net\tskos:broadMatch\t/);

    const again = run('import-mappings', '--project', path.join(app.dir, 'from-sssom.crosswalk'), '--json', sssom);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).result).toMatchObject({ itemsAdded: 269, mappingsAdded: 1166 });

    const csv = path.join(app.dir, 'onet.csv');
    expect(run('export', '--project', project, '--format', 'esco-csv', '--out', csv).status).toBe(0);
    const fromCsv = run('import-mappings', '--project', path.join(app.dir, 'from-csv.crosswalk'), '--json', csv);
    expect(JSON.parse(fromCsv.stdout).result).toMatchObject({ itemsAdded: 269, mappingsAdded: 1166 });
  });

  it('fails with the file, line and field of a bad input', () => {
    const bad = path.join(app.dir, 'bad.csv');
    fs.writeFileSync(bad, 'Id,Title,Description,ESCO URI,ESCO Title,ESCO Description,Type of Match\nX1,a,b,http://data.europa.eu/esco/skill/1,t,d,sameAs\n');
    const out = run('import-mappings', '--project', path.join(app.dir, 'p.crosswalk'), bad);
    expect(out.stdout).toMatch(/error: line 2, field "Type of Match": unknown Type of Match "sameAs"/);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/crosswalk: bad\.csv, line 2, field "Type of Match": unknown Type of Match "sameAs": row skipped; nothing imported/);
    expect(run('import-mappings', '--project', path.join(app.dir, 'p.crosswalk'), '--skip-invalid', '--json', bad).status).toBe(0);
  });
});
