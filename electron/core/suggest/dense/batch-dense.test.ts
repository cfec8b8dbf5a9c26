import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir.js';
import { onnxRuntimeMissing, writeTinyModelFolder } from '../../../../tests/support/tiny-onnx.js';
import { DATA_PEOPLE_VECTORS, wordPieceTokenizerJson } from '../../../../tests/support/tiny-tokenizers.js';
import { SuggestEngine } from '../engine.js';
import { buildIndexData } from '../index-data.js';
import { SuggestIndex } from '../suggest-index.js';
import { concept } from '../test-concepts.js';
import { batchRescorers } from './batch-dense.js';
import { SentenceEncoder } from './encoder.js';
import { passageTexts } from './vector-cache.js';
import { computeConceptVectors } from './vector-job.js';

const missing = await onnxRuntimeMissing();
if (missing) console.log(`batch-dense.test.ts: skipped, ${missing}`);

const VECTORS = DATA_PEOPLE_VECTORS;
const index = new SuggestIndex(
  buildIndexData(
    [concept('systems', 'skill', 'manage systems'), concept('sql', 'knowledge', 'SQL database'), concept('staff', 'skill', 'manage staff')],
    { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' },
  ),
);

describe.skipIf(missing !== null)('batch (Suggest all) with the neural level', () => {
  const { dir, cleanup } = makeTempDir();
  afterAll(cleanup);
  const folder = path.join(dir, 'models', 'tiny');
  writeTinyModelFolder(folder, VECTORS, wordPieceTokenizerJson);
  const dense = { folder, dataDir: dir, queryPrefix: '', passagePrefix: '' };
  const items = [
    { id: 1, text: 'manage database systems', description: '', language: 'en' },
    { id: 2, text: 'manage staff', description: '', language: 'en' },
    { id: 3, text: 'Datenbanken', description: '', language: 'de' },
  ];

  it('stays lexical while the concept vectors are not cached, and when the model cannot be loaded', async () => {
    expect((await batchRescorers(dense, items, () => [index])).size).toBe(0);
    expect((await batchRescorers({ ...dense, folder: path.join(dir, 'nothing') }, items, () => [index])).size).toBe(0);
  });

  it('embeds every item once the vectors are cached, and each item gets its own re-scorer', async () => {
    const encoder = await SentenceEncoder.load(folder);
    const key = { modelHash: encoder.hash, passagePrefix: '', vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' };
    await encoder.release();
    await computeConceptVectors({ folder, dataDir: dir, key, texts: passageTexts(index.data, '') });
    const steps: number[] = [];
    const rescorers = await batchRescorers(
      dense,
      items,
      (language) => (language === 'en' ? [index] : []),
      (done) => steps.push(done),
    );
    expect([...rescorers.keys()]).toEqual([1, 2]);
    expect(steps).toEqual([2]);
    const engine = new SuggestEngine([index]);
    const top = (id: number) => engine.search({ text: items[id - 1]!.text, top: 3, dense: rescorers.get(id) })[0]!.label;
    expect(engine.search({ text: items[0]!.text, top: 3 })[0]!.label).toBe('manage systems');
    expect(top(1)).toBe('SQL database');
    expect(top(2)).toBe('manage staff');
  });
});
