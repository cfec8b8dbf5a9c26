import fs from 'node:fs';
import path from 'node:path';
import { validate } from 'jskos-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../shared/domain/correspondence.js';
import type { MappingRow } from '../../shared/domain/mapping.js';
import { readSssom } from '../../electron/core/exchange/sssom-reader.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const ESCO = 'http://data.europa.eu/esco/skill/';
const OUTCOME =
  'Students will be able to design, implement and evaluate a relational database and communicate the results to stakeholders.';
const target = (id: string, label: string) => ({ uri: `${ESCO}${id}`, label, vocabularyId: 'esco-v1.1.1' });
const at = (word: string) => ({ start: OUTCOME.indexOf(word), end: OUTCOME.indexOf(word) + word.length });

/** What must survive a round trip: the statement, its status, comment and evidence (ids and timestamps are the new project's). */
const same = (rows: MappingRow[]) =>
  rows
    .map((r) => ({
      key: r.sourceKey,
      uri: r.target?.uri,
      relation: r.relation,
      status: r.status,
      comment: r.comment,
      evidence: r.evidence ?? null,
    }))
    .sort((a, b) => String(a.uri).localeCompare(String(b.uri)));

describe('outcome evidence in exchange formats (issue 14)', () => {
  let app: TestApp;
  let original: ReturnType<typeof same>;

  beforeAll(async () => {
    app = createTestApp();
    await app.api.projects.create({ title: 'Evidence', path: path.join(app.dir, 'original.crosswalk') });
    const scheme = await app.api.sources.createScheme({ title: 'Databases', kind: 'learning-outcomes' });
    const lo = await app.api.sources.addItem({ schemeId: scheme.id, text: OUTCOME, key: 'LO1' });
    await app.api.mappings.create({
      mappings: [
        {
          sourceItemId: lo.id,
          target: target('implement', 'implement databases'),
          relation: 'exactMatch',
          status: 'accepted',
          justification: 'accepted-suggestion',
          score: 0.8,
          comment: 'checked',
          evidence: [at('implement'), at('a relational database')],
        },
        {
          sourceItemId: lo.id,
          target: target('report', 'report results'),
          relation: 'closeMatch',
          status: 'accepted',
          evidence: [at('results')],
        },
        { sourceItemId: lo.id, target: target('db', 'databases'), relation: 'broadMatch', status: 'accepted', comment: 'by hand' },
      ],
    });
    original = same((await app.api.mappings.list({})).rows);
  });
  afterAll(() => app.cleanup());

  async function roundTrip(format: ExportFormat, ext: string): Promise<{ text: string; back: ReturnType<typeof same>; again: string }> {
    await app.api.projects.open({ path: path.join(app.dir, 'original.crosswalk') });
    const file = path.join(app.dir, `first.${ext}`);
    await app.api.export.export({ format, output: { path: file } });
    await app.api.projects.create({ title: `from ${ext}`, path: path.join(app.dir, `from-${ext}.crosswalk`) });
    const preview = await app.api.export.importPreview({ file: { path: file } });
    await app.api.export.importCommit({ token: preview.token });
    const back = same((await app.api.mappings.list({})).rows);
    const second = path.join(app.dir, `second.${ext}`);
    await app.api.export.export({ format, output: { path: second } });
    return { text: fs.readFileSync(file, 'utf8'), back, again: fs.readFileSync(second, 'utf8') };
  }

  it('SSSOM: subject_label stays the outcome, the supporting words close the comment, and a re-import keeps the mappings', async () => {
    const { text, back, again } = await roundTrip('sssom', 'sssom.tsv');
    const rows = readSssom(text, { file: 'x', uriBase: 'https://w3id.org/crosswalk/local/', defaultStatus: 'proposed' }).table;
    expect(rows.source.items.map((i) => i.label)).toEqual([OUTCOME]);
    expect(rows.mappings.map((m) => m.comment).sort()).toEqual([
      'by hand',
      'checked; supported by: «implement … a relational database»',
      'supported by: «results»',
    ]);
    expect(back).toEqual(original);
    expect(back.find((m) => m.uri === `${ESCO}implement`)).toMatchObject({
      comment: 'checked',
      evidence: [at('implement'), at('a relational database')],
    });
    const body = (t: string) => t.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(body(again)).toEqual(body(text));
  });

  it('JSKOS (a note) and SKOS (rdfs:comment) carry it the same way; the JSKOS stays valid', async () => {
    const jskos = await roundTrip('jskos', 'jskos.json');
    expect(validate.concordance(JSON.parse(jskos.text))).toBe(true);
    expect(jskos.text).toContain('supported by: «implement … a relational database»');
    expect(jskos.back).toEqual(original);
    const skos = await roundTrip('skos-ttl', 'ttl');
    expect(skos.text).toContain('supported by: «results»');
    expect(skos.back).toEqual(original);
  });
});
