import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addItems, addScheme } from '../../electron/core/mappings/testing.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { importFiles, writeMiniEsco } from './vocab-fixtures.js';

const E = 'http://data.europa.eu/esco/';
let app: TestApp;
let items: number[];

beforeEach(async () => {
  app = createTestApp();
  const job = await importFiles(app, writeMiniEsco(app.dir));
  expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
  await app.api.projects.create({ title: 'Checks with a library' });
  const db = app.ctx.projects.require().db;
  items = addItems(db, addScheme(db), [
    { key: 'LO1', text: 'Explain functional programming in Haskell' },
    { key: 'LO2', text: 'Write programs' },
  ]);
});
afterEach(() => app.cleanup());

describe('checks and coverage against a loaded vocabulary (mini ESCO)', () => {
  it('finds missing targets and knowledge/skill mismatches, and groups coverage by ISCED-F field', async () => {
    const t = (uri: string, vocabularyId = 'esco-v9.9.9') => ({ uri: `${E}${uri}`, label: '', vocabularyId });
    await app.api.mappings.create({
      mappings: [
        { sourceItemId: items[0]!, target: t('skill/s1'), relation: 'closeMatch', status: 'accepted' },
        { sourceItemId: items[1]!, target: t('skill/k1'), relation: 'relatedMatch', status: 'accepted' },
        { sourceItemId: items[1]!, target: t('skill/gone'), relation: 'closeMatch', status: 'accepted' },
        { sourceItemId: items[1]!, target: t('skill/s1', 'esco-v1.0.0'), relation: 'broadMatch', status: 'accepted' },
      ],
    });
    const result = await app.api.review.problems({});
    const brief = result.problems.map((p) => [p.rule, p.source]);
    expect(brief).toContainEqual(['target-missing', 'LO2']);
    expect(brief).toContainEqual(['knowledge-skill-type', 'LO1']);
    expect(brief).toContainEqual(['vocabulary-not-loaded', null]);
    expect(result.vocabulariesLoaded).toBe(false);

    const coverage = await app.api.review.coverage({});
    expect(coverage.targets.iscedFields).toMatchObject([{ key: `${E}isced-f/06`, items: 1, concepts: 1 }]);
    expect(coverage.targets.unresolved).toBe(2);
    expect(coverage.total).toMatchObject({ items: 2, mapped: 2 });
  });
});
