import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCourse } from '../support/course.js';
import { importSkills } from '../support/skills-vocabulary.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const EX = 'http://example.org/skills/';

/** A small bilingual SKOS vocabulary, imported through the library's real importer. */
const TURTLE = `
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <${EX}> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "Test skills"@en .
ex:teams a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "work in teams"@en, "im Team arbeiten"@de ; skos:altLabel "teamwork"@en, "Teamarbeit"@de .
ex:java a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "Java (computer programming)"@en ; skos:altLabel "Java"@en .
ex:bake a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "bake bread"@en, "Brot backen"@de .
ex:care a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "provide nursing care"@en ; skos:definition "Care for patients in hospitals."@en .
ex:staff a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "manage staff"@en ; skos:altLabel "supervise employees"@en .
`;

describe('suggestions through the API, with a project', () => {
  let app: TestApp;
  let vocabularyId: string;

  beforeAll(async () => {
    app = createTestApp();
    await importSkills(app, TURTLE);
    vocabularyId = app.ctx.library.list()[0]!.id;
  });
  afterAll(() => app.cleanup());

  it('builds the index in a background job and reports it ready per language', async () => {
    const before = await app.api.suggest.indexStatus({ vocabularyId });
    expect(before.map((s) => s.state)).toEqual(before.map(() => 'missing'));
    const job = await app.api.suggest.buildIndex({ vocabularyId });
    expect((await app.ctx.jobs.wait(job.id)).state).toBe('succeeded');
    const after = await app.api.suggest.indexStatus({ vocabularyId });
    expect(after.map((s) => [s.language, s.state])).toEqual([
      ['de', 'ready'],
      ['en', 'ready'],
    ]);
    expect(fs.existsSync(path.join(app.ctx.paths.libraryDir, vocabularyId, 'suggest', 'en.v8'))).toBe(true);
  });

  it('suggests for a free text in its language, with highlights', async () => {
    const en = await app.api.suggest.forText({ text: 'You will supervise employees and work in teams', language: 'en', top: 3 });
    expect(en.language).toBe('en');
    expect(
      en.candidates
        .slice(0, 2)
        .map((c) => c.uri)
        .sort(),
    ).toEqual([`${EX}staff`, `${EX}teams`]);
    const staff = en.candidates.find((c) => c.uri === `${EX}staff`)!;
    expect(staff).toMatchObject({ label: 'manage staff', vocabularyId, fromDecisions: false });
    expect(staff.why.labels[0]).toMatchObject({ kind: 'alt', text: 'supervise employees' });
    const de = await app.api.suggest.forText({ text: 'Teamarbeit', language: 'de' });
    expect(de.candidates[0]).toMatchObject({ uri: `${EX}teams`, label: 'im Team arbeiten' });
    await expect(app.api.suggest.forText({ text: 'x', language: 'not a language!' })).rejects.toMatchObject({ code: 'invalid-arguments' });
  });

  it('learns from accepted and rejected mappings, and stores batch proposals apart from mappings', async () => {
    await app.api.projects.create({ title: 'Suggest test', path: path.join(app.dir, 'p.crosswalk') });
    const { schemeId, itemIds } = await addCourse(app, ['look after patients on the ward', 'look after patients at home', 'work in teams']);
    expect({ schemeId, itemIds }).toEqual({ schemeId: 1, itemIds: [1, 2, 3] });
    const db = app.ctx.projects.require().db;
    const now = new Date().toISOString();
    const addMapping = db.prepare(
      `INSERT INTO mappings (content_id, source_item_id, kind, target_uri, relation, status, justification, created, modified) VALUES (?, ?, 'match', ?, 'exactMatch', ?, ?, ?, ?)`,
    );
    addMapping.run('c1', 1, `${EX}care`, 'accepted', 'accepted-suggestion', now, now);
    addMapping.run('c2', 3, `${EX}teams`, 'rejected', 'manual-curation', now, now);

    const similar = await app.api.suggest.forItem({ sourceItemId: 2 });
    expect(similar.candidates[0]).toMatchObject({ uri: `${EX}care`, fromDecisions: true });
    expect(similar.candidates[0]!.why.decisions).toMatchObject({ accepted: 1, examples: ['look after patients on the ward'] });
    const rejected = await app.api.suggest.forItem({ sourceItemId: 3 });
    const teams = rejected.candidates.find((c) => c.uri === `${EX}teams`);
    expect(teams?.why.decisions?.rejected).toBe(1);
    const plain = await app.api.suggest.forText({ text: 'work in teams' });
    expect(teams!.score).toBeLessThan(plain.candidates[0]!.score);

    const job = await app.api.suggest.batchStart({ schemeId: 1, top: 3 });
    const finished = await app.ctx.jobs.wait(job.id);
    expect(finished.state).toBe('succeeded');
    expect(finished.result).toMatchObject({ items: 3 });
    const stored = await app.api.suggest.batchResults({ schemeId: 1 });
    expect(stored.runs[0]).toMatchObject({ schemeId: 1, state: 'succeeded', items: 3, top: 3 });
    expect(stored.items.map((i) => i.sourceItemId)).toEqual([1, 2, 3]);
    expect(stored.items[1]!.candidates[0]).toMatchObject({ uri: `${EX}care`, fromDecisions: true });
    expect(db.prepare(`SELECT count(*) AS n FROM mappings`).get()).toEqual({ n: 2 });

    const some = await app.api.suggest.batchResults({ itemIds: [3] });
    expect(some.items.map((i) => i.sourceItemId)).toEqual([3]);
    expect(await app.api.suggest.batchClear({ schemeId: 1 })).toEqual({
      removed: stored.items.reduce((n, i) => n + i.candidates.length, 0),
    });
    await expect(app.api.suggest.forItem({ sourceItemId: 99 })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('suggestions before any index was built', () => {
  let app: TestApp;
  afterAll(() => app.cleanup());

  it('builds the missing index in a background job on first use, then answers', async () => {
    app = createTestApp();
    await importSkills(app, TURTLE);
    const result = await app.api.suggest.forText({ text: 'bake bread', language: 'en' });
    expect(result.candidates[0]).toMatchObject({ uri: `${EX}bake`, rawScore: 1 });
    const builds = app.ctx.jobs.list().filter((j) => j.kind === 'suggest-index');
    expect(builds.map((j) => j.state)).toEqual(['succeeded']);
    // Once built, later queries need no job.
    await app.api.suggest.forText({ text: 'Brot backen', language: 'de' });
    expect(app.ctx.jobs.list().filter((j) => j.kind === 'suggest-index')).toHaveLength(1);
  });
});
