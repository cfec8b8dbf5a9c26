import { analyzerFor, type Analyzer, type Token } from './analyzer.js';
import { TrigramIds, type TrigramVector } from './char-ngrams.js';
import type { SuggestIndexData } from './index-data.js';
import { NearTerms } from './near-terms.js';
import { TermNgrams } from './term-ngrams.js';

/** Weight of a word on the language's stop-word list (they are broad: "work", "system", "test"). */
const STOPWORD_WEIGHT = 0.3;

/** Postings of one field: for each term, the documents holding it and how often. */
export interface Postings {
  offsets: Int32Array;
  docs: Int32Array;
  tf: Uint8Array;
  idf: Float32Array;
  docLength: Float32Array;
  avgLength: number;
  /**
   * Per posting, 1 when the document has the term only as a part of a compound word ("level" of "multi-level"); empty
   * for a field built without compound parts (descriptions).
   */
  partOnly: Uint8Array;
}

/** `parts` marks terms that are parts of a compound word: findable, but not counted in a document's length. */
function buildPostings(termCount: number, docOffsets: Int32Array, termIds: Int32Array, parts?: Uint8Array): Postings {
  const docCount = docOffsets.length - 1;
  const df = new Int32Array(termCount);
  const docLength = new Float32Array(docCount);
  const seen = new Int32Array(termCount).fill(-1);
  for (let d = 0; d < docCount; d++) {
    docLength[d] = docOffsets[d + 1]! - docOffsets[d]!;
    for (let p = docOffsets[d]!; p < docOffsets[d + 1]!; p++) {
      if (parts?.[p]) docLength[d]!--;
      const t = termIds[p]!;
      if (seen[t] !== d) {
        seen[t] = d;
        df[t]!++;
      }
    }
  }
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + df[t]!;
  const docs = new Int32Array(offsets[termCount]!);
  const tf = new Uint8Array(offsets[termCount]!);
  const partOnly = new Uint8Array(parts ? offsets[termCount]! : 0);
  const fill = offsets.slice(0, termCount);
  seen.fill(-1);
  const slot = new Int32Array(termCount);
  for (let d = 0; d < docCount; d++) {
    for (let p = docOffsets[d]!; p < docOffsets[d + 1]!; p++) {
      const t = termIds[p]!;
      if (seen[t] !== d) {
        seen[t] = d;
        slot[t] = fill[t]!++;
        docs[slot[t]!] = d;
        if (parts) partOnly[slot[t]!] = parts[p]!;
      } else if (parts && !parts[p]) partOnly[slot[t]!] = 0;
      tf[slot[t]!] = Math.min(255, tf[slot[t]!]! + 1);
    }
  }
  const idf = new Float32Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = Math.log(1 + (docCount - df[t]! + 0.5) / (df[t]! + 0.5));
  let total = 0;
  for (let d = 0; d < docCount; d++) total += docLength[d]!;
  return { offsets, docs, tf, idf, docLength, avgLength: docCount ? total / docCount : 1, partOnly };
}

/** The in-memory, query-ready form of a SuggestIndexData. */
export class SuggestIndex {
  readonly analyzer: Analyzer;
  readonly termIds = new Map<string, number>();
  readonly labels: Postings;
  readonly descriptions: Postings;
  /** Per term: 1, or less for stop words. */
  readonly termWeight: Float32Array;
  /** Per label: sum of idf × weight of its distinct terms (the denominator of label coverage). */
  readonly labelMass: Float32Array;
  readonly conceptByUri = new Map<string, number>();
  private near: NearTerms | undefined;
  private ngrams: TermNgrams | undefined;
  /** Analyses of vocabulary-side texts, kept because every search re-reads the same labels (bounded). */
  private readonly memo = {
    labelTokens: new Map<number, Token[]>(),
    descTokens: new Map<number, Token[]>(),
    labelGrams: new Map<number, TrigramVector>(),
    prefGrams: new Map<number, TrigramVector>(),
  };
  /** Ids of the character trigrams of labels (and of the texts compared with them). */
  readonly trigramIds = new TrigramIds();

  constructor(readonly data: SuggestIndexData) {
    this.analyzer = analyzerFor(data.language);
    data.terms.forEach((t, i) => this.termIds.set(t, i));
    data.uris.forEach((u, i) => this.conceptByUri.set(u, i));
    this.labels = buildPostings(data.terms.length, data.labelTermOffsets, data.labelTermIds, data.labelTermParts);
    this.descriptions = buildPostings(data.terms.length, data.descTermOffsets, data.descTermIds);
    this.termWeight = new Float32Array(data.terms.length).fill(1);
    for (const stop of this.analyzer.stopwords) {
      const id = this.termIds.get(stop);
      if (id !== undefined) this.termWeight[id] = STOPWORD_WEIGHT;
    }
    const labelCount = data.labelConcept.length;
    this.labelMass = new Float32Array(labelCount);
    for (let l = 0; l < labelCount; l++) {
      let mass = 0;
      const start = data.labelTermOffsets[l]!;
      const end = data.labelTermOffsets[l + 1]!;
      for (let p = start; p < end; p++) {
        // Parts of a compound word are another way to find it: the word alone counts.
        if (data.labelTermParts[p]) continue;
        const t = data.labelTermIds[p]!;
        let repeated = false;
        for (let q = start; q < p; q++) if (data.labelTermIds[q] === t) repeated = true;
        if (!repeated) mass += this.labels.idf[t]! * this.termWeight[t]!;
      }
      this.labelMass[l] = mass;
    }
  }

  get conceptCount(): number {
    return this.data.uris.length;
  }

  /** True when some label has the term (descriptions do not count). */
  inLabels(term: number | undefined): term is number {
    return term !== undefined && this.labels.offsets[term + 1]! > this.labels.offsets[term]!;
  }

  /** Every term of a label, the parts of its compound words included (for finding and highlighting). */
  labelTerms(label: number): Int32Array {
    return this.data.labelTermIds.subarray(this.data.labelTermOffsets[label], this.data.labelTermOffsets[label + 1]);
  }

  /** The label's words in order, without the parts of compound words (for phrase and exactness). */
  labelWords(label: number): Int32Array {
    const terms = this.labelTerms(label);
    const parts = this.data.labelTermParts.subarray(this.data.labelTermOffsets[label], this.data.labelTermOffsets[label + 1]);
    return parts.includes(1) ? terms.filter((_, i) => !parts[i]) : terms;
  }

  /** The tokens of a label's text (for highlighting). Do not modify: shared between calls. */
  labelTokens(label: number): readonly Token[] {
    return remember(this.memo.labelTokens, label, () => this.analyzer.tokens(this.data.labelText[label]!));
  }

  /** The tokens of a concept's description (for highlighting). Do not modify: shared between calls. */
  descriptionTokens(concept: number): readonly Token[] {
    return remember(this.memo.descTokens, concept, () => this.analyzer.tokens(this.data.descriptions[concept] ?? ''));
  }

  /** Character trigram counts of a label's text (re-ranking titles), ids of `trigramIds`. Do not modify: shared between calls. */
  labelTrigrams(label: number): TrigramVector {
    // Every label may be kept (a few MB): title re-ranking reads hundreds per query.
    return remember(this.memo.labelGrams, label, () => this.trigramIds.vector(this.data.labelText[label]!), this.data.labelText.length);
  }

  /** Character trigram counts of a concept's preferred label. Do not modify: shared between calls. */
  prefLabelTrigrams(concept: number): TrigramVector {
    return remember(this.memo.prefGrams, concept, () => this.trigramIds.vector(this.data.prefLabels[concept]!));
  }

  /**
   * Index terms one edit (insertion, deletion, substitution, transposition) away from `term`:
   * typo tolerance. Uses a deletion index built on first need (terms of 4 letters or more, without digits).
   */
  nearTerms(term: string): number[] {
    if (term.length < 5 || /\d/.test(term)) return [];
    this.near ??= new NearTerms(this.data.terms, (t) => t.length >= 4 && !/\d/.test(t));
    return this.near.near(term);
  }

  /** Label words (not stop words) spelled like `term`, by trigram similarity; built on first need. */
  similarTerms(term: string, min: number, limit: number): { id: number; similarity: number }[] {
    this.ngrams ??= new TermNgrams(this.data.terms, (id) => this.inLabels(id) && this.termWeight[id]! >= 1);
    return this.ngrams.similar(term, min, limit);
  }
}

/** Entries kept per memo: the labels searches keep returning to, without holding a copy of the whole vocabulary. */
const MEMO_SIZE = 50_000;

function remember<T>(memo: Map<number, T>, key: number, make: () => T, size = MEMO_SIZE): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    if (memo.size >= size) memo.clear();
    memo.set(key, value);
  }
  return value;
}
