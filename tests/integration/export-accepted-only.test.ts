import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { ExportFormat } from '../../shared/domain/correspondence.js';
import type { SourceSchemeRow } from '../../shared/domain/source.js';
import { projectRoot } from '../support/shared-data.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const ESCO = 'http://data.europa.eu/esco/skill/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const target = (id: string, label: string) => ({ uri: `${ESCO}${id}`, label, vocabularyId: 'esco-v1.1.1' });
const cli = path.join(projectRoot, 'dist/cli/crosswalk.js');

/**
 * One accepted, one proposed, one unsure and one rejected match, a must-not-map and a no-match;
 * LO3 and LO4 have the same text.
 */
async function seed(app: TestApp, file: string): Promise<void> {
  await app.api.projects.create({ title: 'Accepted only', path: file });
  const scheme = await app.api.sources.createScheme({ title: 'Data course', kind: 'learning-outcomes' });
  const add = (key: string, text: string) => app.api.sources.addItem({ schemeId: scheme.id, key, text });
  const lo1 = await add('LO1', 'Design a relational schema');
  const lo2 = await add('LO2', 'Write SQL queries');
  const lo3 = await add('LO3', 'Explain p-values');
  const lo4 = await add('LO4', 'Explain p-values');
  await app.api.mappings.create({
    mappings: [
      { sourceItemId: lo1.id, target: target('a1', 'design database scheme'), relation: 'exactMatch', status: 'accepted' },
      { sourceItemId: lo1.id, target: target('b2', 'database management systems'), relation: 'broadMatch', status: 'proposed' },
      { sourceItemId: lo2.id, target: target('c3', 'SQL'), relation: 'closeMatch', status: 'unsure' },
      { sourceItemId: lo3.id, target: target('d4', 'statistics'), relation: 'narrowMatch', status: 'proposed' },
    ],
  });
  await app.api.mappings.mustNotMap({ sourceItemId: lo3.id, target: target('e5', 'p-hacking') });
  await app.api.mappings.markNoMatch({ sourceItemIds: [lo4.id], vocabularyId: 'esco-v1.1.1' });
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

function sssom(file: string): { curies: Record<string, string>; rows: Record<string, string>[] } {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const meta = YAML.parse(
    lines
      .filter((l) => l.startsWith('#'))
      .map((l) => l.slice(1))
      .join('\n'),
  ) as { curie_map: Record<string, string> };
  const [header, ...body] = lines.filter((l) => l && !l.startsWith('#'));
  const columns = header!.split('\t');
  return { curies: meta.curie_map, rows: body.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [columns[i]!, v]))) };
}

/** Plain skos:*Match triples and the (property, target, status) of every axiom. */
function skos(file: string): { asserted: string[]; axioms: string[] } {
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(file, 'utf8'), { format: 'text/turtle' });
  const short = (uri: string) => uri.replace(SKOS, 'skos:').replace(ESCO, '').replace('https://w3id.org/sssom/', 'sssom:');
  const select = (q: string) =>
    (store.query(q) as Map<string, { value: string }>[]).map((r) => [...r.values()].map((t) => short(t.value)).join(' ')).sort();
  return {
    asserted: select(
      `SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p IN (<${SKOS}exactMatch>, <${SKOS}closeMatch>, <${SKOS}broadMatch>, <${SKOS}narrowMatch>, <${SKOS}relatedMatch>)) }`,
    ),
    axioms: select(
      `PREFIX owl: <http://www.w3.org/2002/07/owl#>
       SELECT ?property ?target ?status WHERE { ?a a owl:Axiom ; owl:annotatedProperty ?property ; owl:annotatedTarget ?target ; <https://w3id.org/crosswalk/vocab#curationStatus> ?status }`,
    ),
  };
}

describe('exports assert only what was accepted', () => {
  let app: TestApp;
  let project: string;
  const exportTo = (format: ExportFormat, name: string, extra: object = {}) =>
    app.api.export.export({ format, output: { path: path.join(app.dir, name) }, ...extra });

  beforeAll(async () => {
    app = createTestApp();
    project = path.join(app.dir, 'accepted-only.crosswalk');
    await seed(app, project);
    const statuses = (await app.api.mappings.list({})).rows.map((r) => `${r.kind} ${r.status}`).sort();
    expect(statuses).toEqual([
      'match accepted',
      'match proposed',
      'match rejected',
      'match unsure',
      'must-not-map accepted',
      'no-match accepted',
    ]);
  });
  afterAll(() => app.cleanup());

  it('SSSOM by default: the accepted match is the only mapping stated; two outcomes with the same text stay two subjects', async () => {
    const report = await exportTo('sssom', 'default.sssom.tsv');
    expect(report.notAccepted).toBeNull();
    expect(report.limits.join(' ')).toMatch(/3 mappings not accepted \(proposed, unsure or rejected\) were left out/);
    expect(report.limits.join(' ')).toMatch(
      /1 item without an exported mapping is listed as a row with object_id sssom:NoTermFound and curation_status "unmapped"/,
    );
    const { rows } = sssom(path.join(app.dir, 'default.sssom.tsv'));
    // LO2, whose only mapping is unsure, is still listed as an item.
    expect(rows.map((r) => r.curation_status)).toEqual(['accepted', 'accepted', 'accepted', 'unmapped']);
    expect(rows.find((r) => r.curation_status === 'unmapped')).toMatchObject({
      subject_label: 'Write SQL queries',
      object_id: 'sssom:NoTermFound',
    });
    const stated = rows.filter((r) => r.predicate_modifier !== 'Not' && r.object_id !== 'sssom:NoTermFound');
    expect(stated.map((r) => [r.subject_label, r.predicate_id, r.object_id])).toEqual([
      ['Design a relational schema', 'skos:exactMatch', 'esco:skill/a1'],
    ]);
    const twins = rows.filter((r) => r.subject_label === 'Explain p-values');
    expect(twins.map((r) => r.subject_type)).toEqual(['rdfs literal', 'rdfs literal']);
    expect(new Set(twins.map((r) => r.subject_id)).size).toBe(2);
  });

  it('SKOS by default: one skos:*Match triple, the accepted one; the negative statements only as axioms', async () => {
    await exportTo('skos-ttl', 'default.ttl');
    const { asserted, axioms } = skos(path.join(app.dir, 'default.ttl'));
    expect(asserted).toHaveLength(1);
    expect(asserted[0]).toMatch(/\/LO1 skos:exactMatch a1$/);
    expect(axioms).toEqual([
      'skos:exactMatch a1 accepted',
      'skos:mappingRelation e5 accepted',
      'skos:mappingRelation sssom:NoTermFound accepted',
    ]);
  });

  it('SKOS with everything: still one plain triple; proposed, unsure and rejected only as axioms with their status', async () => {
    const report = await exportTo('skos-ttl', 'all.ttl', { status: 'all' });
    expect(report.notAccepted).toEqual({ proposed: 1, unsure: 1, rejected: 1, marking: expect.stringMatching(/owl:Axiom/) });
    const { asserted, axioms } = skos(path.join(app.dir, 'all.ttl'));
    expect(asserted).toHaveLength(1);
    expect(asserted[0]).toMatch(/\/LO1 skos:exactMatch a1$/);
    expect(axioms).toEqual([
      'skos:broadMatch b2 proposed',
      'skos:closeMatch c3 unsure',
      'skos:exactMatch a1 accepted',
      'skos:mappingRelation e5 accepted',
      'skos:mappingRelation sssom:NoTermFound accepted',
      'skos:narrowMatch d4 rejected',
    ]);
  });

  it('SSSOM with everything: the rejected match only with Not; proposed and unsure marked for SSSOM tools; subject_ids are the SKOS URIs', async () => {
    const report = await exportTo('sssom', 'all.sssom.tsv', { status: 'all' });
    expect(report.notAccepted).toMatchObject({ proposed: 1, unsure: 1, rejected: 1 });
    const { curies, rows } = sssom(path.join(app.dir, 'all.sssom.tsv'));
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.curation_status === 'rejected')).toEqual([
      expect.objectContaining({ predicate_id: 'skos:narrowMatch', predicate_modifier: 'Not', object_id: 'esco:skill/d4' }),
    ]);
    for (const row of rows.filter((r) => r.curation_status === 'proposed' || r.curation_status === 'unsure')) {
      expect(row.predicate_modifier).toBe('');
      expect(row.mapping_justification).not.toBe('semapv:ManualMappingCuration');
    }
    // The same minted URIs as the SKOS export.
    const { asserted } = skos(path.join(app.dir, 'all.ttl'));
    const lo1 = rows.find((r) => r.subject_label === 'Design a relational schema')!.subject_id;
    const [prefix, local] = lo1!.split(':');
    expect(asserted[0]!.split(' ')[0]).toBe(`${curies[prefix!]}${local}`);
  });

  it.each([
    ['sssom', 'sssom.tsv'],
    ['skos-ttl', 'ttl'],
    ['jskos', 'jskos.json'],
  ] as const)(
    '%s by default re-imports into a new project with every item: LO2 (only an unsure mapping) and the two outcomes with one text',
    async (format, ext) => {
      await app.api.projects.open({ path: project });
      const file = path.join(app.dir, `reimport.${ext}`);
      await exportTo(format, `reimport.${ext}`);
      await app.api.projects.create({ title: 'Re-import', path: path.join(app.dir, `reimport-${ext}.crosswalk`) });
      const preview = await app.api.export.importPreview({ file: { path: file } });
      const result = await app.api.export.importCommit({ token: preview.token });
      expect(result).toMatchObject({ itemsAdded: 4, mappingsAdded: 3 });
      const items = await app.api.sources.listItems({});
      expect(items.map((i) => [i.key, i.text]).sort()).toEqual([
        ['LO1', 'Design a relational schema'],
        ['LO2', 'Write SQL queries'],
        ['LO3', 'Explain p-values'],
        ['LO4', 'Explain p-values'],
      ]);
      const rows = (await app.api.mappings.list({})).rows;
      expect(rows.map((r) => `${items.find((i) => i.id === r.sourceItemId)!.key} ${r.kind} ${r.status}`).sort()).toEqual([
        'LO1 match accepted',
        'LO3 must-not-map accepted',
        'LO4 no-match accepted',
      ]);
      await app.api.projects.open({ path: project });
    },
  );

  it('JSKOS and ELM by default: accepted only', async () => {
    await exportTo('jskos', 'default.jskos.json');
    const jskos = JSON.parse(fs.readFileSync(path.join(app.dir, 'default.jskos.json'), 'utf8')) as {
      mappings: { annotations: { bodyValue: string }[] }[];
    };
    expect(jskos.mappings.map((m) => m.annotations[0]!.bodyValue)).toEqual([
      'crosswalk:status=accepted',
      'crosswalk:status=accepted',
      'crosswalk:status=accepted',
    ]);
    const elm = await exportTo('elm-ttl', 'default.elm.ttl');
    expect(elm.notAccepted).toBeNull();
    const text = fs.readFileSync(path.join(app.dir, 'default.elm.ttl'), 'utf8');
    expect(text).toContain(`<${ESCO}a1>`);
    // The unsure closeMatch would qualify for relatedESCOSkill, but is not accepted.
    expect(text).not.toContain(`<${ESCO}c3>`);
  });
});

describe('errors open in Problems at export', () => {
  let app: TestApp;
  let project: string;
  let schemes: SourceSchemeRow[];

  beforeAll(async () => {
    app = createTestApp();
    project = path.join(app.dir, 'with-errors.crosswalk');
    await app.api.projects.create({ title: 'With errors', path: project });
    schemes = [];
    // Course A and B each have an outcome mapped to a skill it is marked "must not map" to (an error); C has none.
    for (const title of ['Course A', 'Course B', 'Course C']) {
      const scheme = await app.api.sources.createScheme({ title, kind: 'learning-outcomes' });
      schemes.push(scheme);
      const item = await app.api.sources.addItem({ schemeId: scheme.id, key: 'LO1', text: `${title}: analyse data` });
      await app.api.mappings.create({
        mappings: [{ sourceItemId: item.id, target: target('x1', 'analyse data'), relation: 'closeMatch', status: 'accepted' }],
      });
      if (title !== 'Course C') await app.api.mappings.mustNotMap({ sourceItemId: item.id, target: target('x1', 'analyse data') });
    }
  });
  afterAll(() => app.cleanup());

  it('lists the open errors of the exported scheme before and in the export report, not those of other schemes', async () => {
    const before = await app.api.export.openErrors({ schemeId: schemes[0]!.id });
    expect(before.map((p) => [p.rule, p.severity, p.sourceText])).toEqual([['match-and-must-not-map', 'error', 'Course A: analyse data']]);
    expect(await app.api.export.openErrors({ schemeId: schemes[2]!.id })).toEqual([]);
    const report = await app.api.export.export({
      format: 'sssom',
      output: { path: path.join(app.dir, 'a.sssom.tsv') },
      schemeId: schemes[0]!.id,
    });
    expect(report.openErrors).toEqual(before);
  });

  it('the CLI exports accepted mappings by default and prints the open errors as warnings', () => {
    app.ctx.projects.close();
    const out = path.join(app.dir, 'cli.sssom.tsv');
    const run = spawnSync(
      process.execPath,
      [cli, 'export', '--project', project, '--scheme', String(schemes[1]!.id), '--format', 'sssom', '--out', out],
      {
        encoding: 'utf8',
        env: { ...process.env, CROSSWALK_HOME: app.dir },
      },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^warning: 1 error\(s\) open in Problems for the exported items/);
    expect(run.stderr).toMatch(/warning: {3}match-and-must-not-map\tLO1\t/);
    expect(run.stdout).toMatch(/wrote 2 mappings/);
    expect(run.stdout).not.toMatch(/included .* proposed/);
    const clean = spawnSync(
      process.execPath,
      [cli, 'export', '--project', project, '--scheme', String(schemes[2]!.id), '--format', 'sssom', '--out', out, '--status', 'all'],
      {
        encoding: 'utf8',
        env: { ...process.env, CROSSWALK_HOME: app.dir },
      },
    );
    expect(clean.status).toBe(0);
    expect(clean.stderr).toBe('');
  });
});
