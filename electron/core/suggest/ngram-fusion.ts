import { LabelNgrams, type LabelNgramArrays } from './label-ngrams.js';
import { buildLabelNgramsInWorker } from './label-ngrams-build.js';
import type { SuggestIndex } from './suggest-index.js';
import { titleParts } from './title-parts.js';

/**
 * Default weight of the character n-gram similarity (cosine, 0..1) against the word score (share of
 * the best word score); the engine passes RankWeights.ngramFusion. On the tuning halves: MELO mean
 * MRR 0.542 → 0.552 at 1, 0.555 at 2; but at 2 short job-ad sentences lost (house RP@5 0.424 → 0.395).
 */
export const NGRAM_FUSION_WEIGHT = 1;
/** Titles of at most this many words: for sentences, spelling similarity says little and costs a pass per word. */
const MAX_WORDS = 8;
/** Concepts taken from the n-gram side: enough to reach those word matching missed entirely. */
const POOL = 100;
/** Below this cosine, shared n-grams are endings and chance ("-er", "-ing"): such concepts are not added. */
const MIN_ADDED = 0.35;

/** A candidate of the word ranking, changed in place. */
export interface FusedCandidate {
  score: number;
}

const built = new WeakMap<SuggestIndex, LabelNgrams>();

/** Where an index's label n-gram index is kept between loads (index-store.ts saves it beside the index). */
export interface LabelNgramsCache {
  load(): LabelNgramArrays | null;
  save(arrays: LabelNgramArrays): void;
}
const caches = new WeakMap<SuggestIndex, LabelNgramsCache>();

/**
 * The index's n-gram index over its labels: as warmLabelNgrams read or built it, or built here on first need (titles
 * only use it) and saved to the index's cache (warmLabelNgrams has already looked there).
 */
export function labelNgramsOf(index: SuggestIndex): LabelNgrams {
  let ngrams = built.get(index);
  if (!ngrams) {
    ngrams = new LabelNgrams(index.data.labelText, index.data.labelConcept);
    caches.get(index)?.save(ngrams.arrays());
    built.set(index, ngrams);
  }
  return ngrams;
}

/**
 * Readies the index's n-gram index ahead of the first title query: read from `cache` when it has it, else built
 * (about 2 s of CPU on ESCO en) in a worker thread when `workersDir` has the worker, else soon on this thread, once
 * the current work (the query that loaded the index) is done, and saved to `cache`. A title query before the worker
 * is done builds it here.
 */
export function warmLabelNgrams(index: SuggestIndex, workersDir?: string, cache?: LabelNgramsCache): void {
  if (built.has(index)) return;
  if (cache) {
    caches.set(index, cache);
    const saved = cache.load();
    if (saved) return void built.set(index, new LabelNgrams(saved, index.data.labelConcept));
  }
  const here = () => setTimeout(() => labelNgramsOf(index), 0).unref?.();
  const { labelText, labelConcept } = index.data;
  const building = workersDir ? buildLabelNgramsInWorker(workersDir, { labelText, labelConcept }) : null;
  if (!building) return void here();
  building.then((ngrams) => {
    if (built.has(index)) return;
    built.set(index, ngrams);
    cache?.save(ngrams.arrays());
  }, here);
}

/**
 * Fuses word matching and character n-gram matching for a title: each concept's score becomes
 * (word score + weight × best × n-gram cosine) / (1 + weight), where best is the top word score,
 * so scores stay in the word ranking's units. Concepts only the n-grams find are added (`add`):
 * word matching misses inflections, derivations and compounds ("Horticulteur", "ouvrier horticole"),
 * while n-grams alone are fooled by shared endings; together they beat both (MELO, every language).
 */
export function fuseNgrams(
  index: SuggestIndex,
  text: string,
  byConcept: Map<number, FusedCandidate>,
  allowed: Uint8Array | null,
  add: (concept: number, score: number, label: number) => void,
  weight = NGRAM_FUSION_WEIGHT,
): void {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  // A coordinated title ("Makeup Artists, Theatrical and Performance") mixes the n-grams of several
  // titles: its parts are matched one by one instead.
  if (weight <= 0 || words === 0 || words > MAX_WORDS || titleParts(text).length) return;
  const hits = labelNgramsOf(index).search(text, POOL, allowed);
  if (!hits.length) return;
  let best = 0;
  for (const c of byConcept.values()) best = Math.max(best, c.score);
  // Nothing matched by words: the n-grams alone rank, on the scale of a perfect word match.
  if (best === 0) best = 1;
  const similarity = new Map(hits.map((h) => [h.concept, h]));
  for (const [concept, c] of byConcept) c.score = (c.score + weight * best * (similarity.get(concept)?.similarity ?? 0)) / (1 + weight);
  for (const h of hits) {
    if (h.similarity >= MIN_ADDED && !byConcept.has(h.concept)) add(h.concept, (weight * best * h.similarity) / (1 + weight), h.label);
  }
}
