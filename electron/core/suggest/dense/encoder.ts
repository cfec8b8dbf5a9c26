import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';
import { meanPool, normalizeRows } from './pooling.js';
import { onnxRuntime, type OnnxRuntime } from './runtime.js';
import { Tokenizer } from './tokenizer.js';

/** Where a Hugging Face ONNX export keeps the model: the folder itself or its onnx/ subfolder. */
const MODEL_PLACES = ['model.onnx', path.join('onnx', 'model.onnx')];
const TOKENIZER_PLACES = ['tokenizer.json', path.join('onnx', 'tokenizer.json')];

/** The model and tokenizer files of a model folder; a folder without them is one line saying what is missing. */
export function modelFiles(folder: string): { model: string; tokenizer: string } {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new CrosswalkError(ErrorCodes.notFound, `Sentence-embedding model folder ${folder} does not exist or is not a folder.`);
  const find = (places: string[]) =>
    places.map((p) => path.join(folder, p)).find((f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile());
  const model = find(MODEL_PLACES);
  const tokenizer = find(TOKENIZER_PLACES);
  if (!model || !tokenizer) {
    const missing = [!model && 'model.onnx', !tokenizer && 'tokenizer.json'].filter(Boolean).join(' and ');
    throw new CrosswalkError(
      ErrorCodes.notFound,
      `Sentence-embedding model folder ${folder} has no ${missing} (an ONNX export of a sentence-embedding model).`,
    );
  }
  return { model, tokenizer };
}

/** SHA-256 of the model and tokenizer files (hex): cached vectors are only reused for the very same model. */
export async function modelHash(files: { model: string; tokenizer: string }): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [files.model, files.tokenizer]) {
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

type Session = Awaited<ReturnType<OnnxRuntime['InferenceSession']['create']>>;

/**
 * A sentence-embedding model in ONNX: texts → unit vectors (mean of the last hidden state over the
 * attention mask, as sentence-transformers and e5 do; a model whose output is already one vector
 * per text is only normalised).
 */
export class SentenceEncoder {
  private constructor(
    private readonly ort: OnnxRuntime,
    private readonly session: Session,
    readonly tokenizer: Tokenizer,
    readonly hash: string,
  ) {}

  static async load(folder: string): Promise<SentenceEncoder> {
    const files = modelFiles(folder);
    const tokenizer = Tokenizer.fromFile(files.tokenizer);
    const ort = await onnxRuntime();
    let session: Session;
    try {
      session = await ort.InferenceSession.create(files.model, { graphOptimizationLevel: 'all' });
    } catch (error) {
      throw new CrosswalkError(
        ErrorCodes.badInput,
        `${files.model} could not be loaded by ONNX Runtime: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    if (!session.inputNames.includes('input_ids'))
      throw new CrosswalkError(ErrorCodes.badInput, `${files.model} has no input_ids input (inputs: ${session.inputNames.join(', ')}).`);
    return new SentenceEncoder(ort, session, tokenizer, await modelHash(files));
  }

  /** Unit vectors of the texts, one row each, `dim` = the model's width. */
  async encode(
    texts: readonly string[],
    options: { maxTokens?: number; batchSize?: number } = {},
  ): Promise<{ vectors: Float32Array; dim: number }> {
    const batchSize = options.batchSize ?? 16;
    const rows: Float32Array[] = [];
    let dim = 0;
    for (let start = 0; start < texts.length; start += batchSize) {
      const ids = texts.slice(start, start + batchSize).map((t) => this.tokenizer.encode(t, options.maxTokens));
      const pooled = await this.run(ids);
      dim = pooled.dim;
      rows.push(pooled.vectors);
    }
    const vectors = new Float32Array(texts.length * dim);
    let at = 0;
    for (const r of rows) {
      vectors.set(r, at);
      at += r.length;
    }
    return { vectors, dim };
  }

  private async run(ids: number[][]): Promise<{ vectors: Float32Array; dim: number }> {
    const { Tensor } = this.ort;
    const length = Math.max(1, ...ids.map((i) => i.length));
    const inputIds = new BigInt64Array(ids.length * length);
    const mask = new BigInt64Array(ids.length * length);
    ids.forEach((row, b) =>
      row.forEach((id, s) => {
        inputIds[b * length + s] = BigInt(id);
        mask[b * length + s] = 1n;
      }),
    );
    const shape = [ids.length, length];
    const feeds: Record<string, InstanceType<typeof Tensor>> = {
      input_ids: new Tensor('int64', inputIds, shape),
    };
    if (this.session.inputNames.includes('attention_mask')) feeds.attention_mask = new Tensor('int64', mask, shape);
    if (this.session.inputNames.includes('token_type_ids'))
      feeds.token_type_ids = new Tensor('int64', new BigInt64Array(inputIds.length), shape);
    const outputs = await this.session.run(feeds);
    const name = this.session.outputNames.includes('last_hidden_state') ? 'last_hidden_state' : this.session.outputNames[0]!;
    const output = outputs[name]!;
    const data = output.data as Float32Array;
    const dims = output.dims;
    if (dims.length === 3) return { vectors: meanPool(data, dims, mask), dim: dims[2]! };
    if (dims.length === 2) return { vectors: normalizeRows(Float32Array.from(data), dims[1]!), dim: dims[1]! };
    throw new CrosswalkError(
      ErrorCodes.badInput,
      `The model's output ${name} has shape [${dims.join(', ')}], not [batch, tokens, width] or [batch, width].`,
    );
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}
