import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir.js';
import { onnxRuntimeMissing, writeTinyModelFolder } from '../../../../tests/support/tiny-onnx.js';
import { unigramTokenizerJson, wordPieceTokenizerJson } from '../../../../tests/support/tiny-tokenizers.js';
import { modelFiles, SentenceEncoder } from './encoder.js';

const missing = await onnxRuntimeMissing();
if (missing) console.log(`encoder.test.ts: skipped, ${missing}`);

const VECTORS: Record<string, number[]> = {
  '[PAD]': [0, 0, 0],
  '[UNK]': [0, 0, 0.5],
  '[CLS]': [0, 0, 1],
  '[SEP]': [0, 0, 1],
  sql: [4, 0, 0],
  staff: [0, 4, 0],
  manage: [1, 3, 0],
};

/** The expected sentence vector, computed here independently of the code under test. */
function expected(tokens: string[]): number[] {
  const sum = [0, 0, 0];
  for (const t of tokens) VECTORS[t]!.forEach((v, d) => (sum[d]! += v / tokens.length));
  const norm = Math.hypot(...sum);
  return sum.map((v) => v / norm);
}

describe('model folder', () => {
  it('says in one line what a folder lacks', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      expect(() => modelFiles(path.join(dir, 'nope'))).toThrow(
        /^Sentence-embedding model folder .*nope does not exist or is not a folder\.$/,
      );
      expect(() => modelFiles(dir)).toThrow(/has no model\.onnx and tokenizer\.json/);
      fs.mkdirSync(path.join(dir, 'onnx'));
      fs.writeFileSync(path.join(dir, 'onnx', 'model.onnx'), '');
      expect(() => modelFiles(dir)).toThrow(/has no tokenizer\.json \(/);
      fs.writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
      expect(modelFiles(dir)).toEqual({ model: path.join(dir, 'onnx', 'model.onnx'), tokenizer: path.join(dir, 'tokenizer.json') });
    } finally {
      cleanup();
    }
  });
});

describe.skipIf(missing !== null)('sentence encoder on a tiny ONNX model the test builds', () => {
  const { dir, cleanup } = makeTempDir();
  afterAll(cleanup);
  writeTinyModelFolder(dir, VECTORS, wordPieceTokenizerJson);

  it('loads, tokenizes, mean-pools over the attention mask and normalises', async () => {
    const encoder = await SentenceEncoder.load(dir);
    expect(encoder.hash).toMatch(/^[0-9a-f]{64}$/);
    // One batch of texts of different lengths: padding must not move the shorter text's vector.
    const { vectors, dim } = await encoder.encode(['SQL', 'manage staff', 'manage ???']);
    expect(dim).toBe(3);
    const row = (i: number) => [...vectors.slice(i * dim, (i + 1) * dim)];
    const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 5));
    close(row(0), expected(['[CLS]', 'sql', '[SEP]']));
    close(row(1), expected(['[CLS]', 'manage', 'staff', '[SEP]']));
    close(row(2), expected(['[CLS]', 'manage', '[UNK]', '[UNK]', '[UNK]', '[SEP]']));
    const alone = await encoder.encode(['SQL']);
    close([...alone.vectors], row(0));
    await encoder.release();
  });

  it('reads an XLM-R-style Unigram tokenizer too (as multilingual e5 ships)', async () => {
    const pieces: Record<string, number[]> = {
      '<s>': [0, 0, 1],
      '<pad>': [0, 0, 0],
      '</s>': [0, 0, 1],
      '<unk>': [0, 0, 0],
      '\u2581sql': [4, 0, 0],
      '\u2581staff': [0, 4, 0],
    };
    const folder = path.join(dir, 'unigram');
    writeTinyModelFolder(folder, pieces, (tokens) => unigramTokenizerJson(tokens.map((t) => [t, -1])));
    const encoder = await SentenceEncoder.load(folder);
    const { vectors } = await encoder.encode(['sql  staff']);
    // <s> ▁sql ▁staff </s>: (4, 4, 2) / 4, normalised.
    const expectedRow = [4, 4, 2].map((v) => v / 6);
    [...vectors].forEach((v, i) => expect(v).toBeCloseTo(expectedRow[i]!, 5));
    await encoder.release();
  });

  it('refuses a file that is not an ONNX model in one line', async () => {
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'model.onnx'), 'not a model');
    fs.copyFileSync(path.join(dir, 'tokenizer.json'), path.join(bad, 'tokenizer.json'));
    await expect(SentenceEncoder.load(bad)).rejects.toThrow(/model\.onnx could not be loaded by ONNX Runtime: [^\n]+$/);
  });
});
