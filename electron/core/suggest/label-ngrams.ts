/** Character n-gram lengths, within words padded with a space on both sides (scikit-learn's char_wb, 3 to 5). */
const MIN_N = 3;
const MAX_N = 5;

/** Lower case without diacritics, so "Infirmière" and "infirmiere" share their n-grams. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

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

/**
 * TF-IDF over the character n-grams of every label (sublinear tf, smoothed idf, cosine): matches
 * words that share their stems and endings without being equal — inflections, derivations,
 * compounds, gender forms ("Lackierer" / "Lackiertechniker", "infirmier" / "infirmière") — in any
 * language, where word matching sees nothing. A concept scores as its closest label.
 */
export class LabelNgrams {
  private readonly gramIds = new Map<string, number>();
  private readonly idf: Float32Array;
  private readonly offsets: Int32Array;
  /** Postings: document (a form of a label) and its normalised weight. */
  private readonly docs: Int32Array;
  private readonly weights: Float32Array;
  /** Per document: the label it is a form of. */
  private readonly docLabel: Int32Array;
  private readonly acc: Float32Array;
  private readonly touched: Int32Array;

  constructor(
    labelText: readonly string[],
    private readonly labelConcept: Int32Array,
  ) {
    const perDoc: [number, number][][] = [];
    const docLabel: number[] = [];
    const df: number[] = [];
    labelText.forEach((text, label) => {
      for (const form of genderForms(text)) {
        const grams: [number, number][] = [];
        for (const [gram, count] of wordNgrams(form)) {
          let id = this.gramIds.get(gram);
          if (id === undefined) {
            id = df.length;
            this.gramIds.set(gram, id);
            df.push(0);
          }
          df[id]!++;
          grams.push([id, count]);
        }
        perDoc.push(grams);
        docLabel.push(label);
      }
    });
    this.docLabel = Int32Array.from(docLabel);
    const docCount = perDoc.length;
    this.idf = Float32Array.from(df, (n) => Math.log((1 + docCount) / (1 + n)) + 1);
    this.offsets = new Int32Array(df.length + 1);
    for (let g = 0; g < df.length; g++) this.offsets[g + 1] = this.offsets[g]! + df[g]!;
    this.docs = new Int32Array(this.offsets[df.length]!);
    this.weights = new Float32Array(this.offsets[df.length]!);
    const fill = this.offsets.slice(0, df.length);
    perDoc.forEach((grams, d) => {
      let norm = 0;
      for (const [id, count] of grams) norm += ((1 + Math.log(count)) * this.idf[id]!) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (const [id, count] of grams) {
        const slot = fill[id]!++;
        this.docs[slot] = d;
        this.weights[slot] = ((1 + Math.log(count)) * this.idf[id]!) / norm;
      }
    });
    this.acc = new Float32Array(docCount);
    this.touched = new Int32Array(docCount);
  }

  /** The `top` concepts closest to the text (only concepts `allowed` lets through, when given), best first. */
  search(text: string, top: number, allowed: Uint8Array | null): NgramHit[] {
    const query: [number, number][] = [];
    let norm = 0;
    for (const [gram, count] of wordNgrams(text)) {
      const id = this.gramIds.get(gram);
      // N-grams no label has match nothing; like the baseline, they do not dilute the query either.
      if (id === undefined) continue;
      const weight = (1 + Math.log(count)) * this.idf[id]!;
      query.push([id, weight]);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    let touchedCount = 0;
    // N-grams in a large share of the labels ("ing ", " co") cost most of the time and say least (their idf is
    // lowest): they are left out of the scores, so similarities are slightly lower than exact cosines.
    const maxPostings = Math.max(FREQUENT_MIN, this.acc.length * FREQUENT_SHARE);
    for (const [id, weight] of query) {
      if (this.offsets[id + 1]! - this.offsets[id]! > maxPostings) continue;
      const w = weight / norm;
      for (let p = this.offsets[id]!; p < this.offsets[id + 1]!; p++) {
        const d = this.docs[p]!;
        if (this.acc[d] === 0) this.touched[touchedCount++] = d;
        this.acc[d]! += w * this.weights[p]!;
      }
    }
    const best = new Map<number, NgramHit>();
    for (let i = 0; i < touchedCount; i++) {
      const d = this.touched[i]!;
      const similarity = this.acc[d]!;
      this.acc[d] = 0;
      const label = this.docLabel[d]!;
      const concept = this.labelConcept[label]!;
      if (allowed && !allowed[concept]) continue;
      const existing = best.get(concept);
      if (!existing || similarity > existing.similarity) best.set(concept, { concept, similarity, label });
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity).slice(0, top);
  }
}
