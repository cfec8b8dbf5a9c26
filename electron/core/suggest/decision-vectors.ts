import { analyzerFor } from './analyzer.js';

/** A text to index: the source text of a decided example, in its language. */
export interface VectorText {
  text: string;
  language: string;
}

/** The texts containing one term, with the term's weight in each (parallel arrays, texts ascending). */
interface Posting {
  texts: Int32Array;
  weights: Float64Array;
}

/** A distinct text similar to a query: its cosine, and the position of the first query term it shares. */
export interface SimilarText {
  text: number;
  similarity: number;
  firstTerm: number;
}

const keyOf = (t: VectorText) => `${t.language}\u0000${t.text}`;

/**
 * Idf-weighted stem vectors of decided examples' source texts (idf over examples), one per
 * distinct text: an item with three accepted mappings is one text, analysed once. A project's
 * common words ("students", "and") occur in most of its tens of thousands of texts, so dot products
 * accumulate in a typed array rather than a map — the workbench asks this at every item switch.
 */
export class DecisionVectors {
  /** Per example: its distinct text. */
  readonly textOf: Int32Array;
  /** Per distinct text: its examples, ascending. */
  readonly examplesOf: number[][] = [];
  private readonly termsByKey = new Map<string, string[]>();
  private readonly idf = new Map<string, number>();
  private readonly norms: Float64Array;
  private readonly postings = new Map<string, Posting>();
  /** Dot products of one query, one slot per text, zero between queries. */
  private readonly dots: Float64Array;
  private readonly fallbackIdf: number;

  /** `previous` lends its analysed texts: after one more decision only the new texts are analysed again. */
  constructor(examples: readonly VectorText[], previous?: DecisionVectors) {
    this.textOf = new Int32Array(examples.length);
    const textIndex = new Map<string, number>();
    const termsOf: string[][] = [];
    examples.forEach((example, i) => {
      const key = keyOf(example);
      let t = textIndex.get(key);
      if (t === undefined) {
        t = termsOf.length;
        textIndex.set(key, t);
        const terms = previous?.termsByKey.get(key) ?? analyzerFor(example.language).terms(example.text);
        this.termsByKey.set(key, terms);
        termsOf.push(terms);
        this.examplesOf.push([]);
      }
      this.textOf[i] = t;
      this.examplesOf[t]!.push(i);
    });
    // Document frequency counts examples, not texts (as when each example had its own vector).
    const df = new Map<string, number>();
    termsOf.forEach((terms, t) => {
      const count = this.examplesOf[t]!.length;
      for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + count);
    });
    const n = examples.length;
    for (const [term, d] of df) this.idf.set(term, Math.log(1 + n / d));
    this.fallbackIdf = Math.log(1 + Math.max(1, n));
    this.norms = new Float64Array(termsOf.length);
    this.dots = new Float64Array(termsOf.length);
    const lists = new Map<string, { texts: number[]; weights: number[] }>();
    termsOf.forEach((terms, t) => {
      const vector = this.vector(terms);
      this.norms[t] = vector.norm;
      for (const [term, w] of vector.weights) {
        const list = lists.get(term);
        if (list) {
          list.texts.push(t);
          list.weights.push(w);
        } else lists.set(term, { texts: [t], weights: [w] });
      }
    });
    for (const [term, list] of lists)
      this.postings.set(term, { texts: Int32Array.from(list.texts), weights: Float64Array.from(list.weights) });
  }

  private vector(terms: string[]): { weights: Map<string, number>; norm: number } {
    const weights = new Map<string, number>();
    for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + (this.idf.get(t) ?? this.fallbackIdf));
    let norm = 0;
    for (const w of weights.values()) norm += w * w;
    return { weights, norm: Math.sqrt(norm) };
  }

  /** Distinct texts whose cosine with `text` is at least `minSimilarity`, in the order the query's terms first reach them. */
  similar(text: string, language: string, minSimilarity: number): SimilarText[] {
    const q = this.vector(analyzerFor(language).terms(text));
    if (!q.norm) return [];
    // Rarest terms first. A text reached only by terms from j on has cosine ≤ |q[j..]| / |q| (Cauchy–Schwarz):
    // once that is below the threshold, the long lists of common words only add to texts already reached.
    const terms = [...q.weights].map(([term, weight], position) => ({ posting: this.postings.get(term), weight, position }));
    terms.sort((a, b) => b.weight - a.weight || a.position - b.position);
    const rest = new Float64Array(terms.length + 1);
    for (let j = terms.length - 1; j >= 0; j--) rest[j] = rest[j + 1]! + terms[j]!.weight ** 2;
    const dots = this.dots;
    const reached: number[] = [];
    // The first query term (in the query's order) each text shares: the order the examples are reported in.
    const firstTerm = new Map<number, number>();
    const reachedAt = (t: number, position: number) => {
      const before = firstTerm.get(t);
      if (before === undefined || position < before) firstTerm.set(t, position);
    };
    terms.forEach(({ posting, weight, position }, j) => {
      if (!posting) return;
      const open = Math.sqrt(rest[j]!) / q.norm >= minSimilarity;
      if (open || reached.length * Math.log2(posting.texts.length) > posting.texts.length) {
        const { texts, weights } = posting;
        for (let k = 0; k < texts.length; k++) {
          const t = texts[k]!;
          // Weights are positive (idf > 0): zero means not reached yet.
          if (dots[t] === 0) {
            if (!open) continue;
            reached.push(t);
          }
          dots[t] = dots[t]! + weight * weights[k]!;
          reachedAt(t, position);
        }
      } else {
        for (const t of reached) {
          const k = lowerBound(posting.texts, t);
          if (posting.texts[k] !== t) continue;
          dots[t] = dots[t]! + weight * posting.weights[k]!;
          reachedAt(t, position);
        }
      }
    });
    const out: SimilarText[] = [];
    for (const t of reached) {
      const similarity = dots[t]! / (q.norm * this.norms[t]!);
      dots[t] = 0;
      if (similarity >= minSimilarity) out.push({ text: t, similarity, firstTerm: firstTerm.get(t)! });
    }
    return out;
  }
}

/** First k with sorted[k] ≥ value. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
