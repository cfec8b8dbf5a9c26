/**
 * Sentence vectors from a model's token vectors: the mean over the tokens the attention mask keeps
 * (padding left out), scaled to unit length so a dot product is the cosine.
 */
export function meanPool(hidden: Float32Array, dims: readonly number[], mask: ArrayLike<number | bigint>): Float32Array {
  const [batch, sequence, dim] = dims as [number, number, number];
  const out = new Float32Array(batch * dim);
  for (let b = 0; b < batch; b++) {
    let kept = 0;
    for (let s = 0; s < sequence; s++) {
      if (Number(mask[b * sequence + s]) === 0) continue;
      kept++;
      const at = (b * sequence + s) * dim;
      for (let d = 0; d < dim; d++) out[b * dim + d]! += hidden[at + d]!;
    }
    for (let d = 0; d < dim; d++) out[b * dim + d]! /= Math.max(kept, 1);
  }
  return normalizeRows(out, dim);
}

/** Each row of `vectors` (rows of `dim`) scaled to length 1; an all-zero row stays zero. */
export function normalizeRows(vectors: Float32Array, dim: number): Float32Array {
  for (let at = 0; at < vectors.length; at += dim) {
    let sum = 0;
    for (let d = 0; d < dim; d++) sum += vectors[at + d]! * vectors[at + d]!;
    const norm = Math.sqrt(sum);
    if (norm > 0) for (let d = 0; d < dim; d++) vectors[at + d]! /= norm;
  }
  return vectors;
}

/** Dot product of `query` with row `row` of `vectors`. */
export function dotRow(query: Float32Array, vectors: Float32Array, row: number): number {
  const dim = query.length;
  const at = row * dim;
  let sum = 0;
  for (let d = 0; d < dim; d++) sum += query[d]! * vectors[at + d]!;
  return sum;
}
