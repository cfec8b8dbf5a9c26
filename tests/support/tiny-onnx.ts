import fs from 'node:fs';
import path from 'node:path';

/**
 * A tiny sentence-embedding model written as ONNX protobuf bytes, so the neural level's tests need
 * no downloaded model: input_ids and attention_mask (int64 [batch, seq]) → last_hidden_state
 * [batch, seq, dim] = embedding[input_ids] × attention_mask. Only the protobuf fields ONNX Runtime
 * reads are written (field numbers from onnx.proto).
 */

const FLOAT = 1;
const INT64 = 7;
const ATTRIBUTE_INT = 2;

/** Protobuf wire encoding of the few field kinds used here. */
class Proto {
  private readonly parts: number[] = [];

  private varint(value: number | bigint): void {
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
      this.parts.push(Number((v & 0x7fn) | 0x80n));
      v >>= 7n;
    }
    this.parts.push(Number(v));
  }

  int(field: number, value: number | bigint): this {
    this.varint(field << 3);
    this.varint(value);
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.varint((field << 3) | 2);
    this.varint(value.length);
    for (const b of value) this.parts.push(b);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, value: Proto): this {
    return this.bytes(field, value.done());
  }

  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** A ValueInfoProto: a tensor of `elemType` with named (symbolic) or fixed dimensions. */
function valueInfo(name: string, elemType: number, dims: (string | number)[]): Proto {
  const shape = new Proto();
  for (const d of dims) shape.message(1, typeof d === 'number' ? new Proto().int(1, d) : new Proto().string(2, d));
  const tensorType = new Proto().int(1, elemType).message(2, shape);
  return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
}

function tensor(name: string, dataType: number, dims: number[], raw: Uint8Array): Proto {
  const t = new Proto();
  for (const d of dims) t.int(1, d);
  return t.int(2, dataType).string(8, name).bytes(9, raw);
}

function node(opType: string, inputs: string[], outputs: string[], attributes: Proto[] = []): Proto {
  const n = new Proto();
  for (const i of inputs) n.string(1, i);
  for (const o of outputs) n.string(2, o);
  n.string(3, `${opType}_${outputs[0]}`).string(4, opType);
  for (const a of attributes) n.message(5, a);
  return n;
}

/**
 * The model's bytes. `embeddings[tokenId]` is that token's vector (all of one length): the mean of a
 * text's token vectors is its sentence embedding before normalisation.
 */
export function tinyEmbeddingModel(embeddings: number[][]): Uint8Array {
  const dim = embeddings[0]!.length;
  const table = new Float32Array(embeddings.flat());
  const axes = new BigInt64Array([-1n]);
  const graph = new Proto()
    .message(1, node('Gather', ['embedding', 'input_ids'], ['gathered']))
    .message(1, node('Cast', ['attention_mask'], ['mask_float'], [new Proto().string(1, 'to').int(20, ATTRIBUTE_INT).int(3, FLOAT)]))
    .message(1, node('Unsqueeze', ['mask_float', 'axes'], ['mask_3d']))
    .message(1, node('Mul', ['gathered', 'mask_3d'], ['last_hidden_state']))
    .string(2, 'tiny_sentence_encoder')
    .message(5, tensor('embedding', FLOAT, [embeddings.length, dim], new Uint8Array(table.buffer)))
    .message(5, tensor('axes', INT64, [1], new Uint8Array(axes.buffer)))
    .message(11, valueInfo('input_ids', INT64, ['batch', 'sequence']))
    .message(11, valueInfo('attention_mask', INT64, ['batch', 'sequence']))
    .message(12, valueInfo('last_hidden_state', FLOAT, ['batch', 'sequence', dim]));
  return new Proto()
    .int(1, 8) // ir_version
    .string(2, 'crosswalk-tests')
    .message(7, graph)
    .message(8, new Proto().string(1, '').int(2, 13))
    .done();
}

/** Why onnxruntime-node cannot run here (printed by tests that then skip), or null when it can. */
export async function onnxRuntimeMissing(): Promise<string | null> {
  try {
    await import('onnxruntime-node');
    return null;
  } catch (error) {
    return `onnxruntime-node cannot load on this platform (${(error as Error).message.split('\n')[0]})`;
  }
}

/**
 * A model folder as a Hugging Face ONNX export lays it out (model.onnx, tokenizer.json, config.json),
 * with a WordPiece vocabulary `vectors` keys in order and the model giving each token its vector.
 */
export function writeTinyModelFolder(dir: string, vectors: Record<string, number[]>, tokenizerJson: (tokens: string[]) => object): void {
  const tokens = Object.keys(vectors);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'model.onnx'), tinyEmbeddingModel(Object.values(vectors)));
  fs.writeFileSync(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(tokens)));
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: Object.values(vectors)[0]!.length }));
}
