import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestInWorkers } from '../../electron/core/suggest/batch-parallel.js';
import { suggestForItems, type BatchInput } from '../../electron/core/suggest/batch-runner.js';
import { SuggestIndexes } from '../../electron/core/suggest/suggest-service.js';
import { VocabularyLibrary } from '../../electron/core/vocabularies/library.js';
import { addCourse } from '../support/course.js';
import { importSkills, skillsTurtle } from '../support/skills-vocabulary.js';
import { createTestApp, type TestApp } from '../support/test-context.js';

const VOCABULARY = skillsTurtle({
  bake: 'skos:prefLabel "bake bread"@en',
  staff: 'skos:prefLabel "manage staff"@en ; skos:altLabel "supervise employees"@en',
  teams: 'skos:prefLabel "work in teams"@en ; skos:altLabel "teamwork"@en',
  sql: 'skos:prefLabel "SQL"@en ; skos:altLabel "structured query language"@en',
  database: 'skos:prefLabel "design database"@en',
  customers: 'skos:prefLabel "advise customers"@en',
});

const OUTCOMES = [
  'bake bread and manage staff',
  'design a relational database in SQL',
  'work in teams',
  'advise customers on bread',
  'supervise employees who bake',
  'teamwork and customer advice',
  'query a database with structured query language',
  'manage a bakery team',
];

describe('Suggest all in several workers at once', () => {
  let app: TestApp;
  let input: BatchInput & { workersDir: string };

  beforeAll(async () => {
    app = createTestApp();
    await importSkills(app, VOCABULARY);
    await app.api.projects.create({ title: 'Parallel', path: path.join(app.dir, 'p.crosswalk') });
    const { itemIds } = await addCourse(app, OUTCOMES);
    const vocabularyId = app.ctx.library.list()[0]!.id;
    expect((await app.ctx.jobs.wait((await app.api.suggest.buildIndex({ vocabularyId })).id)).state).toBe('succeeded');
    input = {
      libraryDir: app.ctx.paths.libraryDir,
      workersDir: app.ctx.workersDir,
      items: OUTCOMES.map((text, i) => ({ id: itemIds[i]!, text, description: '', language: 'en' })),
      filters: {},
      top: 3,
      examples: [],
      rejected: [],
      decompose: true,
    };
  });
  afterAll(() => app.cleanup());

  it('gives the same lists, in the items’ order, as one worker, and counts progress over all of them', async () => {
    const one = await suggestInWorkers(app.ctx.suggest.batchWorkers, input, { workers: 1 });
    expect(one.items.map((i) => i.sourceItemId)).toEqual(input.items.map((i) => i.id));
    expect(one.items[0]!.candidates.map((c) => c.uri)).toContain('http://example.org/skills/bake');
    // The worker's result is what suggesting in this thread gives.
    const here = suggestForItems(new SuggestIndexes(input.libraryDir, new VocabularyLibrary(input.libraryDir, input.workersDir)), input);
    expect(one).toEqual(here);
    expect(one.items.some((i) => i.candidates.some((c) => c.why.queryRanges.length > 0))).toBe(true);
    const progress: [number, number][] = [];
    const three = await suggestInWorkers(app.ctx.suggest.batchWorkers, input, {
      workers: 3,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(three).toEqual(one);
    expect(progress.every(([, total]) => total === OUTCOMES.length)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([OUTCOMES.length, OUTCOMES.length]);
  });

  it('stops every worker and says "cancelled" when the batch is cancelled', async () => {
    const controller = new AbortController();
    const running = suggestInWorkers(app.ctx.suggest.batchWorkers, input, { workers: 2, signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('fails as a whole, with the worker’s error, when one share fails', async () => {
    // An item without a language (the API's schema never lets one through) makes the second worker throw.
    const items = input.items.map((item, i) =>
      i === input.items.length - 1 ? { ...item, language: undefined as unknown as string } : item,
    );
    await expect(suggestInWorkers(app.ctx.suggest.batchWorkers, { ...input, items }, { workers: 2 })).rejects.toMatchObject({
      code: 'internal',
    });
  });

  it('keeps its worker, indexes loaded, for the next batch, until the indexes are rebuilt', async () => {
    const pool = app.ctx.suggest.batchWorkers;
    pool.clear();
    const first = await suggestInWorkers(pool, input, { workers: 1 });
    expect(pool.waitingCount).toBe(1);
    expect(await suggestInWorkers(pool, input, { workers: 1 })).toEqual(first);
    expect(pool.waitingCount).toBe(1);
    const vocabularyId = app.ctx.library.list()[0]!.id;
    expect((await app.ctx.jobs.wait((await app.api.suggest.buildIndex({ vocabularyId, force: true })).id)).state).toBe('succeeded');
    expect(pool.waitingCount).toBe(0);
    expect(await suggestInWorkers(pool, input, { workers: 1 })).toEqual(first);
  });

  it('runs Suggest all of a project through the API in the same way', async () => {
    const schemeId = (await app.api.sources.listSchemes({})).at(-1)!.id;
    const job = await app.api.suggest.batchStart({ schemeId, top: 3, decompose: true });
    expect((await app.ctx.jobs.wait(job.id)).state).toBe('succeeded');
    const stored = await app.api.suggest.batchResults({ schemeId });
    expect(stored.items.map((i) => i.sourceItemId)).toEqual(input.items.map((i) => i.id));
  });
});
