import { analyzerFor } from './analyzer.js';

/** A text to index: the source text of a decided example, in its language. */
export interface VectorText {
  text: string;
  language: string;
}

/** A distinct text analysed: its terms (ids, in order of first occurrence) and how often each occurs. */
interface Analysed {
  terms: Int32Array;
  counts: Int32Array;
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
 * accumulate in a typed array rather than a map — the workbench asks this at every item switch —
 * and everything but the analysis is typed arrays, so a rebuild after one more decision is cheap.
 */
export class DecisionVectors {
  /** Per example: its distinct text. */
  readonly textOf: Int32Array;
  /** Per distinct text: its examples, ascending. */
  readonly examplesOf: number[][] = [];
  /** Term ids, shared with the vectors this one was rebuilt from (and grown). */
  private readonly termIds: Map<string, number>;
  private readonly analysedByKey = new Map<string, Analysed>();
  /** Per term id; the fallback for terms no current example has. */
  private readonly idf: Float64Array;
  private readonly norms: Float64Array;
  /** Postings of term id k: texts (ascending) and the term's weight in each, at offsets[k] .. offsets[k + 1]. */
  private readonly offsets: Int32Array;
  private readonly postingTexts: Int32Array;
  private readonly postingWeights: Float64Array;
  /** Dot products of one query, one slot per text, zero between queries. */
  private readonly dots: Float64Array;
  private readonly fallbackIdf: number;

  /** `previous` lends its analysed texts: after one more decision only the new texts are analysed again. */
  constructor(examples: readonly VectorText[], previous?: DecisionVectors) {
    this.termIds = previous?.termIds ?? new Map();
    this.textOf = new Int32Array(examples.length);
    const textIndex = new Map<string, number>();
    const texts: Analysed[] = [];
    examples.forEach((example, i) => {
      const key = keyOf(example);
      let t = textIndex.get(key);
      if (t === undefined) {
        t = texts.length;
        textIndex.set(key, t);
        const analysed = previous?.analysedByKey.get(key) ?? this.analyse(example);
        this.analysedByKey.set(key, analysed);
        texts.push(analysed);
        this.examplesOf.push([]);
      }
      this.textOf[i] = t;
      this.examplesOf[t]!.push(i);
    });
    const terms = this.termIds.size;
    // Document frequency counts examples, not texts (as when each example had its own vector).
    const df = new Int32Array(terms);
    const textsWith = new Int32Array(terms);
    texts.forEach(({ terms: ids }, t) => {
      for (const id of ids) {
        df[id] = df[id]! + this.examplesOf[t]!.length;
        textsWith[id] = textsWith[id]! + 1;
      }
    });
    const n = examples.length;
    this.fallbackIdf = Math.log(1 + Math.max(1, n));
    this.idf = new Float64Array(terms);
    for (let id = 0; id < terms; id++) this.idf[id] = df[id] ? Math.log(1 + n / df[id]!) : this.fallbackIdf;
    this.offsets = new Int32Array(terms + 1);
    for (let id = 0; id < terms; id++) this.offsets[id + 1] = this.offsets[id]! + textsWith[id]!;
    this.postingTexts = new Int32Array(this.offsets[terms]!);
    this.postingWeights = new Float64Array(this.offsets[terms]!);
    const filled = this.offsets.slice(0, terms);
    this.norms = new Float64Array(texts.length);
    this.dots = new Float64Array(texts.length);
    texts.forEach(({ terms: ids, counts }, t) => {
      let norm = 0;
      ids.forEach((id, k) => {
        // Summed per occurrence, as the query's weights are.
        let w = 0;
        for (let c = 0; c < counts[k]!; c++) w += this.idf[id]!;
        norm += w * w;
        const at = filled[id]!++;
        this.postingTexts[at] = t;
        this.postingWeights[at] = w;
      });
      this.norms[t] = Math.sqrt(norm);
    });
  }

  private analyse(example: VectorText): Analysed {
    const counts = new Map<number, number>();
    for (const term of analyzerFor(example.language).terms(example.text)) {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return { terms: Int32Array.from(counts.keys()), counts: Int32Array.from(counts.values()) };
  }

  /** A term's id in these vectors (not one a later rebuild added to the shared dictionary). */
  private termId(term: string): number | undefined {
    const id = this.termIds.get(term);
    return id !== undefined && id < this.idf.length ? id : undefined;
  }

  private vector(terms: string[]): { weights: Map<string, number>; norm: number } {
    const weights = new Map<string, number>();
    for (const t of terms) {
      weights.set(t, (weights.get(t) ?? 0) + (this.idf[this.termId(t) ?? -1] ?? this.fallbackIdf));
    }
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
    const terms = [...q.weights].map(([term, weight], position) => ({ id: this.termId(term), weight, position }));
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
    terms.forEach(({ id, weight, position }, j) => {
      if (id === undefined) return;
      const from = this.offsets[id]!;
      const to = this.offsets[id + 1]!;
      if (from === to) return;
      const open = Math.sqrt(rest[j]!) / q.norm >= minSimilarity;
      if (open || reached.length * Math.log2(to - from) > to - from) {
        for (let k = from; k < to; k++) {
          const t = this.postingTexts[k]!;
          // Weights are positive (idf > 0): zero means not reached yet.
          if (dots[t] === 0) {
            if (!open) continue;
            reached.push(t);
          }
          dots[t] = dots[t]! + weight * this.postingWeights[k]!;
          reachedAt(t, position);
        }
      } else {
        for (const t of reached) {
          const k = lowerBound(this.postingTexts, t, from, to);
          if (k === to || this.postingTexts[k] !== t) continue;
          dots[t] = dots[t]! + weight * this.postingWeights[k]!;
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

/** First k in [lo, hi) with sorted[k] ≥ value (hi when none). */
function lowerBound(sorted: Int32Array, value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
