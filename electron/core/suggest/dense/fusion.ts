import type { SuggestIndex } from '../suggest-index.js';
import { dotRow } from './pooling.js';
import type { ConceptVectors } from './vector-cache.js';

/** Share of the fused score that comes from the dense cosine (the rest is the lexical score). */
export const DENSE_WEIGHT = 0.4;
/** Concepts nearest to the text in the embedding space that join the lexical candidates. */
export const DENSE_TOP_K = 20;
/** Reference score when the text matched no label at all (so dense-only candidates stay modest). */
const NO_LEXICAL_REFERENCE = 0.3;

/**
 * The optional neural level's hook into the engine (EngineQuery.dense): re-scores one index's
 * candidate pool. A concept's fused score is (1 − w) × lexical + w × reference × dense, where dense
 * is its cosine to the text min–max scaled over the pool (e5-like models put every cosine in a
 * narrow band) and reference is the pool's best lexical score, so scores keep their scale.
 */
export interface DenseRescorer {
  fuse(
    index: SuggestIndex,
    pool: Map<number, { score: number }>,
    allowed: Uint8Array | null,
    add: (concept: number, score: number) => void,
  ): void;
}

export class DenseFusion implements DenseRescorer {
  constructor(
    /** The text's unit vector. */
    private readonly query: Float32Array,
    /** Concept vectors per index (indexes without them are left lexical). */
    private readonly vectorsOf: (index: SuggestIndex) => ConceptVectors | undefined,
    private readonly weight = DENSE_WEIGHT,
    private readonly topK = DENSE_TOP_K,
  ) {}

  fuse(
    index: SuggestIndex,
    pool: Map<number, { score: number }>,
    allowed: Uint8Array | null,
    add: (concept: number, score: number) => void,
  ): void {
    const vectors = this.vectorsOf(index);
    if (!vectors || vectors.dim !== this.query.length) return;
    const cosines = new Map<number, number>();
    for (const concept of pool.keys()) cosines.set(concept, dotRow(this.query, vectors.vectors, concept));
    for (const [concept, cosine] of nearest(this.query, vectors, this.topK, allowed)) cosines.set(concept, cosine);
    let low = Infinity;
    let high = -Infinity;
    let reference = 0;
    for (const c of cosines.values()) {
      low = Math.min(low, c);
      high = Math.max(high, c);
    }
    for (const entry of pool.values()) reference = Math.max(reference, entry.score);
    if (reference <= 0) reference = NO_LEXICAL_REFERENCE;
    const spread = high - low;
    for (const [concept, cosine] of cosines) {
      const dense = spread > 1e-6 ? (cosine - low) / spread : 1;
      const entry = pool.get(concept);
      const lexical = entry?.score ?? 0;
      const fused = (1 - this.weight) * lexical + this.weight * reference * dense;
      if (entry) entry.score = fused;
      else add(concept, fused);
    }
  }
}

/** The k concepts (allowed by the filters) with the highest cosine to the query: brute force over the rows. */
export function nearest(query: Float32Array, vectors: ConceptVectors, k: number, allowed: Uint8Array | null): [number, number][] {
  const { dim } = vectors;
  const data = vectors.vectors;
  const rows = data.length / dim;
  const best: [number, number][] = [];
  let floor = -Infinity;
  for (let row = 0; row < rows; row++) {
    if (allowed && !allowed[row]) continue;
    // Inlined dot product, four lanes: this loop is the level's whole per-query cost (15,000 × 384 for ESCO).
    const at = row * dim;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let d = 0;
    for (; d + 3 < dim; d += 4) {
      s0 += query[d]! * data[at + d]!;
      s1 += query[d + 1]! * data[at + d + 1]!;
      s2 += query[d + 2]! * data[at + d + 2]!;
      s3 += query[d + 3]! * data[at + d + 3]!;
    }
    for (; d < dim; d++) s0 += query[d]! * data[at + d]!;
    const cosine = s0 + s1 + s2 + s3;
    if (best.length === k && cosine <= floor) continue;
    best.push([row, cosine]);
    if (best.length > k) {
      best.sort((a, b) => b[1] - a[1]);
      best.length = k;
      floor = best[k - 1]![1];
    }
  }
  return best.sort((a, b) => b[1] - a[1]);
}
