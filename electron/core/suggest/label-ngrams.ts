import { allowedItems } from './allowed-items.js';
import { fold } from './fold.js';
import { kthLargest } from './kth-largest.js';

/** Character n-gram lengths, within words padded with a space on both sides (scikit-learn's char_wb, 3 to 5). */
const MIN_N = 3;
const MAX_N = 5;

/** Counts of the character n-grams (3 to 5) of each word of a text, words padded with spaces. */
export function wordNgrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = ` ${word} `;
    for (let n = MIN_N; n <= MAX_N; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const gram = padded.slice(i, i + n);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Two spellings share a stem: "infirmier" / "infirmière", "technik" / "technička", "leraar" / "lerares". */
function sameStem(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x === y || (x.length >= 3 && y.length >= 3 && x.slice(0, 3) === y.slice(0, 3));
}

/**
 * The forms of a label written with a slash between gender forms: "directeur technique/directrice
 * technique" → both titles; "leraar/lerares lager onderwijs" → "leraar lager onderwijs", "lerares
 * lager onderwijs". Other slashes ("TCP/IP", "Reiseleiter/Fremdenführer") leave the label whole: a
 * title should match one form closely, not half of a label twice as long.
 */
export function genderForms(label: string): string[] {
  const parts = label.split('/');
  if (parts.length !== 2) return [label];
  const left = parts[0]!.trim().split(/\s+/).filter(Boolean);
  const right = parts[1]!.trim().split(/\s+/).filter(Boolean);
  if (!left.length || !right.length) return [label];
  if (left.length === right.length && left.every((w, i) => sameStem(w, right[i]!)) && left.some((w, i) => w !== right[i])) {
    return [left.join(' '), right.join(' ')];
  }
  const before = left.slice(0, -1);
  const after = right.slice(1);
  if (left.length !== right.length && sameStem(left.at(-1)!, right[0]!)) {
    return [[...before, left.at(-1)!, ...after].join(' '), [...before, right[0]!, ...after].join(' ')];
  }
  return [label];
}

/** An n-gram in more than this share of the documents (and more than FREQUENT_MIN of them) is not scored. */
const FREQUENT_SHARE = 0.02;
const FREQUENT_MIN = 500;

export interface NgramHit {
  concept: number;
  /** Cosine of the text and the concept's closest label, 0..1. */
  similarity: number;
  label: number;
}

/** Code units of the letters seen so far get small ids below this: 5 of them make one small integer key (30 bits, a V8 small integer). */
const BASE = 64;

/**
 * Dense ids of n-grams: an n-gram of letters with small ids is keyed by an integer made of them (no
 * string per n-gram); others (rare scripts, once over BASE letters) by their text.
 */
class GramIds {
  private readonly charIds: Int32Array;
  private chars: number;
  /** Open addressing: integer keys + 1 (0 is empty) and their ids. */
  private keys: Int32Array;
  private ids: Int32Array;
  private readonly text: Map<string, number>;
  private numericCount: number;
  private codes = new Int32Array(64);
  size: number;

  constructor(state?: GramIdsState) {
    this.charIds = state?.charIds ?? new Int32Array(65536);
    this.chars = state?.chars ?? 0;
    this.keys = state?.keys ?? new Int32Array(1 << 16);
    this.ids = state?.ids ?? new Int32Array(1 << 16);
    this.text = new Map(state?.text ?? []);
    this.numericCount = state?.numericCount ?? 0;
    this.size = state?.size ?? 0;
  }

  /** Everything the ids depend on, as plain data (sent from the worker that built them). */
  state(): GramIdsState {
    const { charIds, chars, keys, ids, numericCount, size } = this;
    return { charIds, chars, keys, ids, text: [...this.text], numericCount, size };
  }

  /**
   * Calls `visit` with the id of each n-gram of the text, in the order (and as often) wordNgrams
   * counts them. With `add`, new n-grams get new ids; without, n-grams no label has are skipped.
   */
  forEach(text: string, add: boolean, visit: (id: number) => void): void {
    for (const word of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
      const length = word.length + 2;
      if (this.codes.length < length) this.codes = new Int32Array(length * 2);
      const codes = this.codes;
      codes[0] = codes[length - 1] = this.charId(32, add);
      for (let i = 1; i < length - 1; i++) codes[i] = this.charId(word.charCodeAt(i - 1), add);
      for (let n = MIN_N; n <= MAX_N; n++) {
        for (let i = 0; i + n <= length; i++) {
          let key = 0;
          let small = true;
          let known = true;
          for (let j = i; j < i + n; j++) {
            const c = codes[j]!;
            if (c === 0) known = false;
            else if (c >= BASE) small = false;
            key = key * BASE + c;
          }
          if (!known) continue;
          let id: number | undefined;
          if (small) {
            id = this.numericId(key, add);
          } else {
            const gram = ` ${word} `.slice(i, i + n);
            id = this.text.get(gram);
            if (id === undefined && add) this.text.set(gram, (id = this.size++));
          }
          if (id !== undefined) visit(id);
        }
      }
    }
  }

  private numericId(key: number, add: boolean): number | undefined {
    let mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key + 1) return this.ids[slot]!;
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
    if (!add) return undefined;
    if (this.numericCount * 2 >= this.keys.length) {
      const keys = this.keys;
      const ids = this.ids;
      this.keys = new Int32Array(keys.length * 2);
      this.ids = new Int32Array(keys.length * 2);
      mask = this.keys.length - 1;
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] === 0) continue;
        let s = Math.imul(keys[i]! - 1, 0x9e3779b1) & mask;
        while (this.keys[s] !== 0) s = (s + 1) & mask;
        this.keys[s] = keys[i]!;
        this.ids[s] = ids[i]!;
      }
      slot = Math.imul(key, 0x9e3779b1) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.numericCount++;
    this.keys[slot] = key + 1;
    return (this.ids[slot] = this.size++);
  }

  /** 0: a code unit no label has (only when not adding). */
  private charId(code: number, add: boolean): number {
    let id = this.charIds[code]!;
    if (id === 0 && add) this.charIds[code] = id = ++this.chars;
    return id;
  }
}

interface GramIdsState {
  charIds: Int32Array;
  chars: number;
  keys: Int32Array;
  ids: Int32Array;
  text: [string, number][];
  numericCount: number;
  size: number;
}

/** Version of LabelNgramArrays: a saved copy of another version is built again (see index-store.ts). */
export const LABEL_NGRAMS_FORMAT = 2;

/** A built LabelNgrams as plain data and typed arrays: what a worker thread sends back (see label-ngrams-build.ts). */
export interface LabelNgramArrays {
  gramIds: GramIdsState;
  idf: Float32Array;
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
  docLabel: Int32Array;
}

/** `array` with room for `length` elements (doubled when full), new ones zero. */
function room(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}

/**
 * TF-IDF over the character n-grams of every label (sublinear tf, smoothed idf, cosine): matches
 * words that share their stems and endings without being equal — inflections, derivations,
 * compounds, gender forms ("Lackierer" / "Lackiertechniker", "infirmier" / "infirmière") — in any
 * language, where word matching sees nothing. A concept scores as its closest label.
 */
export class LabelNgrams {
  private readonly gramIds: GramIds;
  private readonly idf: Float32Array;
  private readonly offsets: Int32Array;
  /** Postings: document (a form of a label) and its normalised weight. */
  private readonly docs: Int32Array;
  private readonly weights: Float32Array;
  /** Per document: the label it is a form of, and that label's concept. */
  private readonly docLabel: Int32Array;
  private readonly docConcept: Int32Array;
  private readonly acc: Float32Array;
  private readonly touched: Int32Array;
  /** Per concept (scratch of one search): best similarity, its label (−1: not reached), and the concepts reached. */
  private readonly conceptBest: Float32Array;
  private readonly conceptLabel: Int32Array;
  private readonly conceptOrder: Int32Array;
  /** Per concept mask seen: one bit per document whose concept it allows. */
  private readonly docMasks = new WeakMap<Uint8Array, Int32Array>();

  /** From the labels' texts (built here), or from the arrays a worker built. */
  constructor(labels: readonly string[] | LabelNgramArrays, labelConcept: Int32Array) {
    const built = isArrays(labels) ? { ...labels, gramIds: new GramIds(labels.gramIds) } : buildArrays(labels);
    this.gramIds = built.gramIds;
    this.idf = built.idf;
    this.offsets = built.offsets;
    this.docs = built.docs;
    this.weights = built.weights;
    this.docLabel = built.docLabel;
    this.docConcept = this.docLabel.map((label) => labelConcept[label]!);
    this.acc = new Float32Array(this.docLabel.length);
    this.touched = new Int32Array(this.docLabel.length);
    const conceptCount = labelConcept.reduce((max, c) => Math.max(max, c + 1), 0);
    this.conceptBest = new Float32Array(conceptCount);
    this.conceptLabel = new Int32Array(conceptCount).fill(-1);
    this.conceptOrder = new Int32Array(conceptCount);
  }

  /** The built index as plain data (typed arrays), for sending between threads. */
  arrays(): LabelNgramArrays {
    const { idf, offsets, docs, weights, docLabel } = this;
    return { gramIds: this.gramIds.state(), idf, offsets, docs, weights, docLabel };
  }

  /** The `top` concepts closest to the text (only concepts `allowed` lets through, when given), best first. */
  search(text: string, top: number, allowed: Uint8Array | null): NgramHit[] {
    // N-grams no label has match nothing; like the baseline, they do not dilute the query either.
    const counts = new Map<number, number>();
    this.gramIds.forEach(text, false, (id) => counts.set(id, (counts.get(id) ?? 0) + 1));
    const query: [number, number][] = [];
    let norm = 0;
    for (const [id, count] of counts) {
      const weight = (1 + Math.log(count)) * this.idf[id]!;
      query.push([id, weight]);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    let touchedCount = 0;
    // N-grams in a large share of the labels ("ing ", " co") cost most of the time and say least (their idf is
    // lowest): they are left out of the scores, so similarities are slightly lower than exact cosines.
    const maxPostings = Math.max(FREQUENT_MIN, this.acc.length * FREQUENT_SHARE);
    // Documents of concepts the filters leave out are dropped below anyway: not adding to them spares their share of
    // the memory traffic (in ESCO occupations have a quarter of the labels, skills and knowledge three quarters).
    const mask = allowed && allowedItems(this.docMasks, this.docConcept, allowed);
    for (const [id, weight] of query) {
      if (this.offsets[id + 1]! - this.offsets[id]! > maxPostings) continue;
      const w = weight / norm;
      for (let p = this.offsets[id]!; p < this.offsets[id + 1]!; p++) {
        const d = this.docs[p]!;
        if (mask !== null && (mask[d >> 5]! & (1 << (d & 31))) === 0) continue;
        if (this.acc[d] === 0) this.touched[touchedCount++] = d;
        this.acc[d]! += w * this.weights[p]!;
      }
    }
    // Best label per concept in typed arrays, concepts in the order first reached (ties keep that order).
    const { conceptBest, conceptLabel, conceptOrder } = this;
    let concepts = 0;
    for (let i = 0; i < touchedCount; i++) {
      const d = this.touched[i]!;
      const similarity = this.acc[d]!;
      this.acc[d] = 0;
      const concept = this.docConcept[d]!;
      if (allowed && !allowed[concept]) continue;
      if (conceptLabel[concept] === -1) conceptOrder[concepts++] = concept;
      else if (!(similarity > conceptBest[concept]!)) continue;
      conceptBest[concept] = similarity;
      conceptLabel[concept] = this.docLabel[d]!;
    }
    const similarities = new Float32Array(concepts);
    for (let i = 0; i < concepts; i++) similarities[i] = conceptBest[conceptOrder[i]!]!;
    const floor = kthLargest(similarities, top);
    const hits: NgramHit[] = [];
    for (let i = 0; i < concepts; i++) {
      const concept = conceptOrder[i]!;
      const similarity = conceptBest[concept]!;
      if (similarity >= floor) hits.push({ concept, similarity, label: conceptLabel[concept]! });
      conceptBest[concept] = 0;
      conceptLabel[concept] = -1;
    }
    return hits.sort((a, b) => b.similarity - a.similarity).slice(0, top);
  }
}

/**
 * Built in flat typed arrays: each document's n-gram ids and counts (in order of first
 * appearance), then postings per n-gram laid out by their counts (134k ESCO labels in about a second).
 */
function buildArrays(labelText: readonly string[]): Omit<LabelNgramArrays, 'gramIds'> & { gramIds: GramIds } {
  const gramIds = new GramIds();
  let docStart = new Int32Array(1024);
  let docLabel = new Int32Array(1024);
  let gramOf = new Int32Array(1 << 16);
  let countOf = new Int32Array(1 << 16);
  let entries = 0;
  // Per n-gram: documents it is in, and the last one (+1) with its entry there.
  let df = new Int32Array(1 << 14);
  let lastDoc = new Int32Array(1 << 14);
  let entryOf = new Int32Array(1 << 14);
  let docCount = 0;
  const visit = (id: number): void => {
    if (id >= df.length) {
      df = room(df, id + 1);
      lastDoc = room(lastDoc, id + 1);
      entryOf = room(entryOf, id + 1);
    }
    if (lastDoc[id] === docCount) {
      countOf[entryOf[id]!]!++;
      return;
    }
    lastDoc[id] = docCount;
    df[id]!++;
    if (entries === gramOf.length) {
      gramOf = room(gramOf, entries + 1);
      countOf = room(countOf, entries + 1);
    }
    entryOf[id] = entries;
    gramOf[entries] = id;
    countOf[entries++] = 1;
  };
  labelText.forEach((text, label) => {
    for (const form of genderForms(text)) {
      docStart = room(docStart, docCount + 2);
      docLabel = room(docLabel, docCount + 1);
      docStart[docCount] = entries;
      docLabel[docCount] = label;
      docCount++; // lastDoc holds the document + 1, so that 0 is none
      gramIds.forEach(form, true, visit);
    }
  });
  docStart[docCount] = entries;
  const grams = gramIds.size;
  const idf = new Float32Array(grams);
  for (let g = 0; g < grams; g++) idf[g] = Math.log((1 + docCount) / (1 + df[g]!)) + 1;
  const offsets = new Int32Array(grams + 1);
  for (let g = 0; g < grams; g++) offsets[g + 1] = offsets[g]! + df[g]!;
  const docs = new Int32Array(offsets[grams]!);
  const weights = new Float32Array(offsets[grams]!);
  const fill = offsets.slice(0, grams);
  // Sublinear tf of the small counts, once.
  const tf = Float64Array.from({ length: 64 }, (_, c) => 1 + Math.log(c));
  let raw = new Float64Array(256);
  for (let d = 0; d < docCount; d++) {
    const start = docStart[d]!;
    const end = docStart[d + 1]!;
    if (raw.length < end - start) raw = new Float64Array((end - start) * 2);
    let norm = 0;
    for (let e = start; e < end; e++) {
      const count = countOf[e]!;
      const w = (count < 64 ? tf[count]! : 1 + Math.log(count)) * idf[gramOf[e]!]!;
      raw[e - start] = w;
      norm += w ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let e = start; e < end; e++) {
      const slot = fill[gramOf[e]!]!++;
      docs[slot] = d;
      weights[slot] = raw[e - start]! / norm;
    }
  }
  return { gramIds, idf, offsets, docs, weights, docLabel: docLabel.slice(0, docCount) };
}

function isArrays(labels: readonly string[] | LabelNgramArrays): labels is LabelNgramArrays {
  return !Array.isArray(labels);
}
