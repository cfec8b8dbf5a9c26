import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSkills, skillsTurtle, SKILLS_NS } from '../support/skills-vocabulary.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const EX = SKILLS_NS;
const TURTLE = skillsTurtle({ bake: 'skos:prefLabel "bake bread"@en', staff: 'skos:prefLabel "manage staff"@en' });

describe('Suggest all per skill statement, then accept top (through the API, real worker)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = createTestApp();
    await importSkills(app, TURTLE);
  });
  afterAll(() => app.cleanup());

  it('stores the statement spans with the proposals, and the bulk-accepted mapping covers its part of the outcome', async () => {
    await app.api.projects.create({ title: 'Per statement', path: path.join(app.dir, 'p.crosswalk') });
    await app.api.app.settingsUpdate({ userName: 'Ann' });
    const db = app.ctx.projects.require().db;
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO source_schemes (id, title, kind, language, created, modified) VALUES (1, 'Course', 'learning-outcomes', 'en', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO source_items (id, scheme_id, key, text, language, position, created, modified) VALUES (1, 1, 'lo1', 'bake bread and manage staff', 'en', 1, ?, ?)`,
    ).run(now, now);
    const suggestAll = async (decompose: boolean) => {
      const job = await app.api.suggest.batchStart({ schemeId: 1, top: 3, decompose });
      expect((await app.ctx.jobs.wait(job.id)).state).toBe('succeeded');
      return (await app.api.suggest.batchResults({ schemeId: 1 })).items[0]!.candidates;
    };
    expect((await suggestAll(false)).some((c) => c.spans)).toBe(false);
    const candidates = await suggestAll(true);
    expect(candidates.find((c) => c.uri === `${EX}bake`)?.spans).toEqual([{ start: 0, end: 10 }]);
    expect(candidates.find((c) => c.uri === `${EX}staff`)?.spans).toEqual([{ start: 15, end: 27 }]);

    expect(candidates[0]!.spans).toBeDefined();
    const outcome = await app.api.mappings.bulk({ itemIds: [1], action: { type: 'accept-top', threshold: 0 } });
    expect(outcome.affected).toBe(1);
    const [mapping] = await app.api.mappings.listForItem({ sourceItemId: 1 });
    expect(mapping!.evidence).toEqual(candidates[0]!.spans);
    const coverage = await app.api.mappings.coverage({ sourceItemId: 1 });
    expect(coverage).toMatchObject({ covered: 1, untied: [] });
    expect(coverage.parts.find((p) => p.coveredBy.length)?.spans).toEqual(candidates[0]!.spans);
    await app.api.projects.close({});
  });
});
