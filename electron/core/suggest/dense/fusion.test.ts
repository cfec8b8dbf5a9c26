import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir.js';
import { onnxRuntimeMissing, writeTinyModelFolder } from '../../../../tests/support/tiny-onnx.js';
import { DATA_PEOPLE_VECTORS, wordPieceTokenizerJson } from '../../../../tests/support/tiny-tokenizers.js';
import { SuggestEngine } from '../engine.js';
import { buildIndexData } from '../index-data.js';
import { SuggestIndex } from '../suggest-index.js';
import { concept } from '../test-concepts.js';
import { SentenceEncoder } from './encoder.js';
import { DenseFusion, nearest } from './fusion.js';
import { loadConceptVectors, passageTexts, saveConceptVectors } from './vector-cache.js';

const missing = await onnxRuntimeMissing();
if (missing) console.log(`fusion.test.ts: skipped, ${missing}`);

/** Three directions: data, people, and the special tokens. "database" leans hard towards data. */
const VECTORS: Record<string, number[]> = {
  ...DATA_PEOPLE_VECTORS,
  query: [1, 0, 0],
  language: [0.2, 0.2, 0],
  bake: [0, 0, 0],
  bread: [0, 0, 0],
};

const concepts = [
  concept('manage-systems', 'skill', 'manage systems'),
  concept('sql', 'knowledge', 'SQL database', { description: { en: 'query language' } }),
  concept('manage-staff', 'skill', 'manage staff'),
  concept('manage-systems-staff', 'skill', 'manage systems staff'),
  concept('bake', 'skill', 'bake bread'),
];
const uri = (id: string) => `http://example.org/${id}`;

describe.skipIf(missing !== null)('dense fusion with a tiny ONNX model the test builds', () => {
  const { dir, cleanup } = makeTempDir();
  afterAll(cleanup);
  writeTinyModelFolder(`${dir}/model`, VECTORS, wordPieceTokenizerJson);
  const index = new SuggestIndex(buildIndexData(concepts, { vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' }));
  const engine = new SuggestEngine([index]);

  async function fusionFor(text: string) {
    const encoder = await SentenceEncoder.load(`${dir}/model`);
    const passages = await encoder.encode(passageTexts(index.data, ''));
    const query = await encoder.encode([text]);
    return { fusion: new DenseFusion(query.vectors, () => passages), passages, encoder };
  }

  it('moves a candidate whose embedding is close to the text up the lexical ranking', async () => {
    const text = 'manage database systems';
    const lexical = engine.search({ text, top: 5 }).map((c) => c.uri);
    // Lexically the two "manage systems" skills (two words each) lead "SQL database" (one).
    expect(lexical[0]).toBe(uri('manage-systems'));
    const { fusion } = await fusionFor(text);
    const fused = engine.search({ text, top: 5, dense: fusion }).map((c) => c.uri);
    // The text is about databases: SQL passes the skill whose embedding points at people.
    expect(fused[0]).toBe(uri('sql'));
    expect(fused.slice(1, 3)).toEqual([uri('manage-systems'), uri('manage-systems-staff')]);
  });

  it('keeps the lexical leader when the embedding agrees with it, and adds near concepts no word matched', async () => {
    const { fusion, passages } = await fusionFor('manage staff');
    const fused = engine.search({ text: 'manage staff', top: 5, dense: fusion }).map((c) => c.uri);
    expect(fused[0]).toBe(uri('manage-staff'));
    // Concepts no word of the text matched join through their embedding (the dense top-k).
    expect(engine.search({ text: 'manage staff', top: 5 }).map((c) => c.uri)).not.toContain(uri('sql'));
    expect(fused).toContain(uri('sql'));
    // Nearest neighbours by brute force honour the filters' allowed set.
    const sqlVector = passages.vectors.slice(1 * passages.dim, 2 * passages.dim);
    expect(nearest(sqlVector, passages, 1, null)[0]![0]).toBe(1);
    expect(nearest(sqlVector, passages, 1, Uint8Array.from([1, 0, 1, 1]))[0]![0]).not.toBe(1);
  });

  it('caches concept vectors on disk keyed by model hash, vocabulary, language and import', async () => {
    const { encoder, passages } = await fusionFor('x');
    const key = { modelHash: encoder.hash, passagePrefix: 'passage: ', vocabularyId: 'test-v1', language: 'en', sourceStamp: 'stamp' };
    saveConceptVectors(dir, key, passages);
    expect(loadConceptVectors(dir, key, concepts.length)?.vectors).toEqual(passages.vectors);
    expect(loadConceptVectors(dir, { ...key, sourceStamp: 'reimported' }, concepts.length)).toBeNull();
    expect(loadConceptVectors(dir, { ...key, modelHash: 'f'.repeat(64) }, concepts.length)).toBeNull();
    expect(loadConceptVectors(dir, { ...key, language: 'de' }, concepts.length)).toBeNull();
    expect(passageTexts(index.data, 'passage: ')[1]).toBe('passage: SQL database. query language');
  });
});
