import type { BatchItem } from '../batch-runner.js';
import type { SuggestIndex } from '../suggest-index.js';
import { SentenceEncoder } from './encoder.js';
import { DenseFusion, type DenseRescorer } from './fusion.js';
import { loadConceptVectors, type ConceptVectors } from './vector-cache.js';

/** What a batch (Suggest all) worker needs for the neural level: the model and where the cached concept vectors are. */
export interface BatchDenseInput {
  folder: string;
  dataDir: string;
  queryPrefix: string;
  passagePrefix: string;
}

/** Texts embedded per step. */
const CHUNK = 32;

/**
 * Dense re-scorers for a batch's items: their texts embedded in chunks, fused with the concept
 * vectors already cached (a vocabulary without them stays lexical: suggesting one item computes
 * them). A model that cannot be loaded leaves the whole batch lexical; Settings' status says why.
 */
export async function batchRescorers(
  dense: BatchDenseInput,
  items: readonly BatchItem[],
  indexesOf: (language: string) => readonly SuggestIndex[],
  progress?: (done: number, total: number) => void,
): Promise<Map<number, DenseRescorer>> {
  const out = new Map<number, DenseRescorer>();
  let encoder: SentenceEncoder;
  try {
    encoder = await SentenceEncoder.load(dense.folder);
  } catch {
    return out;
  }
  try {
    const byLanguage = new Map<string, BatchItem[]>();
    for (const item of items) byLanguage.set(item.language, [...(byLanguage.get(item.language) ?? []), item]);
    let done = 0;
    for (const [language, group] of byLanguage) {
      const vectors = new Map<SuggestIndex, ConceptVectors>();
      for (const index of indexesOf(language)) {
        const { vocabularyId, sourceStamp } = index.data;
        const key = {
          modelHash: encoder.hash,
          passagePrefix: dense.passagePrefix,
          vocabularyId,
          language: index.data.language,
          sourceStamp,
        };
        const cached = loadConceptVectors(dense.dataDir, key, index.data.uris.length);
        if (cached) vectors.set(index, cached);
      }
      if (!vectors.size) continue;
      for (let start = 0; start < group.length; start += CHUNK) {
        const chunk = group.slice(start, start + CHUNK);
        const { vectors: queries, dim } = await encoder.encode(chunk.map((item) => `${dense.queryPrefix}${item.text}`));
        chunk.forEach((item, i) => out.set(item.id, new DenseFusion(queries.slice(i * dim, (i + 1) * dim), (index) => vectors.get(index))));
        done += chunk.length;
        progress?.(done, items.length);
      }
    }
    return out;
  } finally {
    await encoder.release();
  }
}
