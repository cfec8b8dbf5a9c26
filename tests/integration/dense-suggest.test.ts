import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCourse } from '../support/course.js';
import { importSkills, skillsTurtle, SKILLS_NS } from '../support/skills-vocabulary.js';
import { createTestApp, type TestApp } from '../support/test-context.js';
import { onnxRuntimeMissing, writeTinyModelFolder } from '../support/tiny-onnx.js';
import { DATA_PEOPLE_VECTORS, wordPieceTokenizerJson } from '../support/tiny-tokenizers.js';

const missing = await onnxRuntimeMissing();
if (missing) console.log(`dense-suggest.test.ts: skipped, ${missing}`);

const EX = SKILLS_NS;
const TURTLE = skillsTurtle({
  systems: 'skos:prefLabel "manage systems"@en',
  sql: 'skos:prefLabel "SQL database"@en',
  staff: 'skos:prefLabel "manage staff"@en',
  bake: 'skos:prefLabel "bake bread"@en',
});

/** Token vectors of the tiny model: data, people, special tokens. */
const VECTORS = DATA_PEOPLE_VECTORS;

describe.skipIf(missing !== null)('suggestions with a sentence-embedding model from Settings (through the API, real worker)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = createTestApp();
    await importSkills(app, TURTLE);
    writeTinyModelFolder(path.join(app.dir, 'models', 'tiny'), VECTORS, wordPieceTokenizerJson);
  });
  afterAll(() => app.cleanup());

  const ranked = async () =>
    (await app.api.suggest.forText({ text: 'manage database systems', language: 'en', top: 4 })).candidates.map((c) => c.uri);

  it('is off by default; a folder name in Settings turns it on, vectors are computed in a background job, then fused', async () => {
    expect(await app.api.suggest.denseStatus({})).toMatchObject({ state: 'off' });
    const lexical = await ranked();
    expect(lexical[0]).toBe(`${EX}systems`);

    await app.api.app.settingsUpdate({ embeddingModelFolder: 'tiny', embeddingQueryPrefix: '', embeddingPassagePrefix: '' });
    // The first suggestion loads the model and starts the concept vectors; it is still lexical.
    expect(await ranked()).toEqual(lexical);
    const jobs = app.ctx.jobs.list().filter((j) => j.kind === 'dense-vectors');
    expect(jobs).toHaveLength(1);
    const done = await app.ctx.jobs.wait(jobs[0]!.id);
    expect(done.state).toBe('succeeded');
    expect(done.total).toBe(4);

    const status = await app.api.suggest.denseStatus({});
    expect(status.state).toBe('ready');
    expect(status.folder).toBe(path.join(app.dir, 'models', 'tiny'));
    expect(fs.readdirSync(path.join(app.dir, 'embeddings'))).toHaveLength(1);
    expect((await ranked())[0]).toBe(`${EX}sql`);

    await app.api.app.settingsUpdate({ embeddingModelFolder: '' });
    expect(await ranked()).toEqual(lexical);
    expect(await app.api.suggest.denseStatus({})).toMatchObject({ state: 'off' });
  });

  it('Suggest all (a batch in its worker) embeds the items and fuses too', async () => {
    await app.api.projects.create({ title: 'Dense batch', path: path.join(app.dir, 'p.crosswalk') });
    const { schemeId } = await addCourse(app, ['manage database systems']);
    const first = async () => {
      const job = await app.api.suggest.batchStart({ schemeId, top: 3 });
      expect((await app.ctx.jobs.wait(job.id)).state).toBe('succeeded');
      return (await app.api.suggest.batchResults({ schemeId })).items[0]!.candidates[0]!.uri;
    };
    expect(await first()).toBe(`${EX}systems`);
    // The concept vectors are cached from the first test: the batch uses them at once.
    await app.api.app.settingsUpdate({ embeddingModelFolder: 'tiny', embeddingQueryPrefix: '', embeddingPassagePrefix: '' });
    expect(await first()).toBe(`${EX}sql`);
    await app.api.app.settingsUpdate({ embeddingModelFolder: '' });
    await app.api.projects.close({});
  });

  it('a folder without a model says so in the status, and suggestions stay lexical', async () => {
    fs.mkdirSync(path.join(app.dir, 'models', 'empty'), { recursive: true });
    await app.api.app.settingsUpdate({ embeddingModelFolder: 'empty' });
    expect((await ranked())[0]).toBe(`${EX}systems`);
    const status = await app.api.suggest.denseStatus({});
    expect(status.state).toBe('error');
    expect(status.message).toBe(
      `Sentence-embedding model folder ${path.join(app.dir, 'models', 'empty')} has no model.onnx and tokenizer.json (an ONNX export of a sentence-embedding model).`,
    );
    // Served, a folder outside the data folder's models/ is not used (the HTTP adapter refuses such a path outright).
    const outside = path.join(app.dir, 'elsewhere');
    writeTinyModelFolder(outside, VECTORS, wordPieceTokenizerJson);
    app.ctx.restrictToDataFolder();
    await app.api.app.settingsUpdate({ embeddingModelFolder: outside });
    expect((await ranked())[0]).toBe(`${EX}systems`);
    expect((await app.api.suggest.denseStatus({})).message).toMatch(
      /^Served, the sentence-embedding model must be a folder inside .*models/,
    );
  });
});
