import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCourse } from '../support/course.js';
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
    const {
      schemeId,
      itemIds: [itemId],
    } = await addCourse(app, ['bake bread and manage staff']);
    const suggestAll = async (decompose: boolean) => {
      const job = await app.api.suggest.batchStart({ schemeId, top: 3, decompose });
      expect((await app.ctx.jobs.wait(job.id)).state).toBe('succeeded');
      return (await app.api.suggest.batchResults({ schemeId })).items[0]!.candidates;
    };
    expect((await suggestAll(false)).some((c) => c.spans)).toBe(false);
    const candidates = await suggestAll(true);
    expect(candidates.find((c) => c.uri === `${EX}bake`)?.spans).toEqual([{ start: 0, end: 10 }]);
    expect(candidates.find((c) => c.uri === `${EX}staff`)?.spans).toEqual([{ start: 15, end: 27 }]);

    expect(candidates[0]!.spans).toBeDefined();
    const outcome = await app.api.mappings.bulk({ itemIds: [itemId!], action: { type: 'accept-top', threshold: 0 } });
    expect(outcome.affected).toBe(1);
    const [mapping] = await app.api.mappings.listForItem({ sourceItemId: itemId! });
    expect(mapping!.evidence).toEqual(candidates[0]!.spans);
    const coverage = await app.api.mappings.coverage({ sourceItemId: itemId! });
    expect(coverage).toMatchObject({ covered: 1, untied: [] });
    expect(coverage.parts.find((p) => p.coveredBy.length)?.spans).toEqual(candidates[0]!.spans);
    await app.api.projects.close({});
  });
});
