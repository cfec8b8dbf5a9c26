import { ErrorCodes } from '../../../../shared/errors.js';
import { CrosswalkError } from '../../errors.js';
import type { VectorJobInput } from './dense-level.js';
import { SentenceEncoder } from './encoder.js';
import { saveConceptVectors } from './vector-cache.js';

/** Concepts embedded per progress step. */
const CHUNK = 64;
/** Passages are a label and the start of a description: more tokens than this add time, not meaning. */
const PASSAGE_TOKENS = 128;

/** Embeds every concept text and saves the vectors in the data folder's cache (runs in the dense-vectors worker). */
export async function computeConceptVectors(
  input: VectorJobInput,
  progress?: (done: number, total: number, message: string) => void,
): Promise<{ rows: number; dim: number }> {
  const encoder = await SentenceEncoder.load(input.folder);
  try {
    if (encoder.hash !== input.key.modelHash)
      throw new CrosswalkError(
        ErrorCodes.conflict,
        `The model in ${input.folder} changed while its vectors were being computed; suggest again.`,
      );
    const parts: Float32Array[] = [];
    let dim = 0;
    for (let start = 0; start < input.texts.length; start += CHUNK) {
      const chunk = await encoder.encode(input.texts.slice(start, start + CHUNK), { maxTokens: PASSAGE_TOKENS });
      parts.push(chunk.vectors);
      dim = chunk.dim;
      progress?.(
        Math.min(start + CHUNK, input.texts.length),
        input.texts.length,
        `Embedding ${input.key.vocabularyId} (${input.key.language})`,
      );
    }
    const vectors = new Float32Array(input.texts.length * dim);
    parts.reduce((at, part) => (vectors.set(part, at), at + part.length), 0);
    saveConceptVectors(input.dataDir, input.key, { dim, vectors });
    return { rows: input.texts.length, dim };
  } finally {
    await encoder.release();
  }
}
