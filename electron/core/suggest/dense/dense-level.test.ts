import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir.js';
import { onnxRuntimeMissing, writeTinyModelFolder } from '../../../../tests/support/tiny-onnx.js';
import { wordPieceTokenizerJson } from '../../../../tests/support/tiny-tokenizers.js';
import { SuggestEngine } from '../engine.js';
import { buildIndexData } from '../index-data.js';
import { SuggestIndex } from '../suggest-index.js';
import { concept } from '../test-concepts.js';
import { DenseLevel, resolveModelFolder, type DenseSettings } from './dense-level.js';
import { computeConceptVectors } from './vector-job.js';

const missing = await onnxRuntimeMissing();
if (missing) console.log(`dense-level.test.ts: skipped, ${missing}`);

const VECTORS: Record<string, number[]> = {
  '[PAD]': [0, 0],
  '[UNK]': [0, 0.1],
  '[CLS]': [0, 0.1],
  '[SEP]': [0, 0.1],
  manage: [0, 1],
  staff: [0, 1],
  database: [3, 0],
  sql: [1, 0],
  administration: [0.2, 0.2],
};

const index = new SuggestIndex(
  buildIndexData([concept('staff', 'skill', 'manage staff administration'), concept('sql', 'knowledge', 'SQL database')], {
    vocabularyId: 'test-v1',
    language: 'en',
    sourceStamp: 'stamp',
  }),
);
const settings = (folder: string): DenseSettings => ({
  embeddingModelFolder: folder,
  embeddingQueryPrefix: '',
  embeddingPassagePrefix: '',
});

describe('model folder setting', () => {
  it('reads a plain name inside <data folder>/models/, a path as is, and a model.onnx path as its folder', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      expect(resolveModelFolder(dir, '')).toBe('');
      expect(resolveModelFolder(dir, 'e5-small')).toBe(path.join(dir, 'models', 'e5-small'));
      fs.mkdirSync(path.join(dir, 'm'));
      fs.writeFileSync(path.join(dir, 'm', 'model.onnx'), '');
      expect(resolveModelFolder(dir, path.join(dir, 'm', 'model.onnx'))).toBe(path.join(dir, 'm'));
      expect(resolveModelFolder(dir, path.join(dir, 'm'))).toBe(path.join(dir, 'm'));
    } finally {
      cleanup();
    }
  });
});

describe.skipIf(missing !== null)('neural level of an app (tiny ONNX model built by the test)', () => {
  const { dir, cleanup } = makeTempDir();
  afterAll(cleanup);
  writeTinyModelFolder(path.join(dir, 'models', 'tiny'), VECTORS, wordPieceTokenizerJson);
  const computed: Promise<unknown>[] = [];
  const level = (pathsAllowed = true) =>
    new DenseLevel({
      dataDir: dir,
      pathsAllowed: () => pathsAllowed,
      computeVectors: (input) => {
        const run = computeConceptVectors(input);
        computed.push(run);
        return run;
      },
    });

  it('is off without a folder, and says so', async () => {
    const off = level();
    expect(await off.rescorerFor(settings(''), 'x', [index])).toBeUndefined();
    expect(off.status(settings(''))).toMatchObject({ state: 'off', folder: '' });
  });

  it('loads the model, computes and caches concept vectors once, then fuses dense scores', async () => {
    const dense = level();
    // The first query starts the vectors in the background and stays lexical meanwhile.
    expect(await dense.rescorerFor(settings('tiny'), 'manage database', [index])).toBeUndefined();
    expect(dense.status(settings('tiny')).vectors).toEqual([{ vocabularyId: 'test-v1', language: 'en', state: 'computing' }]);
    await Promise.all(computed);
    const rescorer = await dense.rescorerFor(settings('tiny'), 'manage database', [index]);
    expect(rescorer).toBeDefined();
    const status = dense.status(settings('tiny'));
    expect(status).toMatchObject({ state: 'ready', folder: path.join(dir, 'models', 'tiny') });
    expect(status.message).toMatch(/^Loaded tiny \(model [0-9a-f]{12}\)\.$/);
    expect(status.vectors).toEqual([{ vocabularyId: 'test-v1', language: 'en', state: 'ready' }]);
    const engine = new SuggestEngine([index]);
    // Both labels share one word with the text; the embedding says the text is about databases.
    const scores = (dense?: typeof rescorer) =>
      new Map(engine.search({ text: 'manage database', top: 2, dense }).map((c) => [c.label, c.rawScore]));
    const plain = scores();
    const fused = scores(rescorer);
    expect(fused.get('SQL database')! / fused.get('manage staff administration')!).toBeGreaterThan(
      plain.get('SQL database')! / plain.get('manage staff administration')!,
    );
    expect([...fused.keys()][0]).toBe('SQL database');
    // A second app on the same data folder finds the vectors on disk: no computation.
    const before = computed.length;
    expect(await level().rescorerFor(settings('tiny'), 'sql', [index])).toBeDefined();
    expect(computed.length).toBe(before);
  });

  it('asking for the status loads a newly set model and tells when it is loaded', async () => {
    let changes = 0;
    const dense = new DenseLevel({
      dataDir: dir,
      pathsAllowed: () => true,
      computeVectors: async () => undefined,
      changed: () => changes++,
    });
    expect(dense.status(settings('tiny'))).toMatchObject({ state: 'loading', message: 'Loading tiny…' });
    await expect.poll(() => changes).toBe(1);
    expect(dense.status(settings('tiny')).state).toBe('ready');
    expect(dense.status(settings('empty-or-missing')).state).toBe('loading');
    await expect.poll(() => changes).toBe(2);
    expect(dense.status(settings('empty-or-missing'))).toMatchObject({ state: 'error', message: expect.stringMatching(/does not exist/) });
  });

  it('says in one line what is wrong with a folder, and stays lexical', async () => {
    const dense = level();
    fs.mkdirSync(path.join(dir, 'models', 'empty'), { recursive: true });
    expect(await dense.rescorerFor(settings('empty'), 'x', [index])).toBeUndefined();
    expect(dense.status(settings('empty'))).toMatchObject({
      state: 'error',
      message: expect.stringMatching(/empty has no model\.onnx and tokenizer\.json/),
    });
  });

  it('served, uses only folders inside the data folder', async () => {
    const served = level(false);
    const outside = path.join(dir, 'elsewhere');
    writeTinyModelFolder(outside, VECTORS, wordPieceTokenizerJson);
    expect(await served.rescorerFor(settings(outside), 'x', [index])).toBeUndefined();
    expect(served.status(settings(outside))).toMatchObject({
      state: 'error',
      message: expect.stringMatching(/must be a folder inside .*models/),
    });
    expect(await served.rescorerFor(settings('tiny'), 'sql', [index])).toBeDefined();
  });
});
